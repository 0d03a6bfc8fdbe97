import Foundation
import IMMEXDomain
import SpreadsheetSupport

/// `out/<year>/immex-<year>.xlsx`: the report's figures for a spreadsheet, beside the CSVs. Its
/// sheets: the summary, the monthly figures, the memo lines (what was not counted), the findings,
/// the reconciliation, and the exports working paper (every pedimento with its place in its file
/// and what it added). Each sheet has a frozen header row with filters.
public enum AnnualWorkbook {
    /// - Parameter sales: the sales working paper's file and rows, for the invoices sheet (nil:
    ///   no invoices sheet, as when Excel's row limit cannot hold them; the CSV holds them all).
    public static func sheets(
        figures: AnnualFigures, findings: [Finding], paper: ExportWorkingPaper, language: SummaryLanguage, sales: (file: URL, rows: Int)
    ) -> [SpreadsheetSheet] {
        let words = Words(language)
        let limit = figures.rules.limits.workbookRows
        return [
            summary(figures, words), monthly(figures, words), memo(figures, words), findingsSheet(findings, words),
            reconciliation(figures.reconciliation, words),
            sales.rows <= limit
                ? SalesWorkingPaper.sheet(file: sales.file, rows: sales.rows, words: words)
                : onlyInCSV(words.invoicesSheet, rows: sales.rows, file: SalesWorkingPaper.fileName, limit: limit, words),
            paper.count <= limit
                ? workingPaper(paper, words) : onlyInCSV(words.workingPaperSheet, rows: paper.count, file: WorkingPaperCSV.fileName, limit: limit, words),
        ]
    }

    /// In place of a working paper longer than `[limits] workbook_rows`: where its rows are.
    static func onlyInCSV(_ name: String, rows: Int, file: String, limit: Int, _ words: Words) -> SpreadsheetSheet {
        SpreadsheetSheet(name: name, columns: [SpreadsheetColumn(words.note, width: 120)], rows: [[.text(words.onlyInCSV(rows, file, limit))]])
    }

    public static func fileName(_ year: FiscalYear) -> String { "immex-\(year).xlsx" }

    static func summary(_ figures: AnnualFigures, _ words: Words) -> SpreadsheetSheet {
        let sales = figures.sales
        let exports = figures.exports
        let thresholds = figures.thresholds
        var rows: [[SpreadsheetCell]] = [
            [.text(words.rfc), .text(figures.company.rfc.description), .empty],
            [.text(words.legalName), .text(figures.company.legalName), .empty],
            [.text(words.program), .text(figures.company.programNumber), .empty],
            [.text(words.year), .integer(figures.year.value), .empty],
            [.text(words.totalSales), .amount(sales.net.centavos), .text("MXN")],
            [.text(words.salesInvoices), .amount(sales.invoices.centavos), .text("MXN")],
            [.text(words.creditNotes), .amount(sales.creditNotes.centavos), .text("MXN")],
            [.text(words.domestic), .amount(sales.domestic.centavos), .text("MXN")],
            [.text(words.foreign), .amount(sales.foreign.centavos), .text("MXN")],
            [.text(words.directExports), .amount(exports.direct.mxn.centavos), .text("MXN")],
            [.text(words.directExports), .amount(exports.direct.usd.centavos), .text("USD")],
            [.text(words.returns), .amount(exports.returns.mxn.centavos), .text("MXN")],
            [.text(words.indirectExports), .amount(exports.indirect.mxn.centavos), .text("MXN")],
            [.text(words.indirectExports), .amount(exports.indirect.usd.centavos), .text("USD")],
            [.text(words.totalExports), .amount(exports.total.mxn.centavos), .text("MXN")],
            [.text(words.totalExports), .amount(exports.total.usd.centavos), .text("USD")],
        ]
        if thresholds.usd.enabled {
            rows.append([.text(words.usdTest), .text(thresholds.usd.passes ? words.passes : words.fails), .empty])
            rows.append([.text(words.usdLimit), .amount(thresholds.usd.limit.centavos), .text("USD")])
        }
        if thresholds.share.enabled {
            rows.append([.text(words.shareTest), .text(thresholds.share.passes ? words.passes : words.fails), .empty])
            rows.append([.text(words.share), thresholds.share.percent.map { .decimal($0.description) } ?? .empty, .text("%")])
            rows.append([.text(words.shareMinimum), .decimal(thresholds.share.minimumPercent.description), .text("%")])
        }
        rows += [
            [.text(words.verdict), .text(thresholds.passes ? words.passes : words.fails), .empty],
            [.text(words.invoicesRead), .integer(sales.counts.rows), .empty],
            [.text(words.pedimentosRead), .integer(exports.counts.rows), .empty],
            [.text(words.pedimentosCounted), .integer(exports.counts.counted), .empty],
            [.text(words.exportSource), .text(figures.exportSource.rawValue), .empty],
        ]
        return SpreadsheetSheet(
            name: words.summarySheet,
            columns: [SpreadsheetColumn(words.concept, width: 36), SpreadsheetColumn(words.value, width: 22), SpreadsheetColumn(words.unit, width: 8)],
            rows: rows)
    }

    static func monthly(_ figures: AnnualFigures, _ words: Words) -> SpreadsheetSheet {
        let rows = (0..<12).map { index -> [SpreadsheetCell] in
            let month = figures.exports.monthly[index]
            return [
                .integer(index + 1), .text(words.months[index]), .amount(figures.sales.monthly[index].centavos),
                .amount(month.direct.mxn.centavos), .amount(month.returns.mxn.centavos), .amount(month.indirect.mxn.centavos),
                .amount(month.total.mxn.centavos), .amount(month.total.usd.centavos),
            ]
        }
        return SpreadsheetSheet(
            name: words.monthlySheet,
            columns: [
                SpreadsheetColumn(words.monthNumber, width: 6), SpreadsheetColumn(words.month, width: 12), SpreadsheetColumn(words.salesMXN, width: 18),
                SpreadsheetColumn(words.directMXN, width: 18), SpreadsheetColumn(words.returnsMXN, width: 16), SpreadsheetColumn(words.indirectMXN, width: 18),
                SpreadsheetColumn(words.exportsMXN, width: 18), SpreadsheetColumn(words.exportsUSD, width: 18),
            ],
            rows: rows)
    }

    static func memo(_ figures: AnnualFigures, _ words: Words) -> SpreadsheetSheet {
        let lines = figures.exports.memo.sorted { ($0.kind.rawValue, $0.key.description) < ($1.kind.rawValue, $1.key.description) }
        return SpreadsheetSheet(
            name: words.memoSheet,
            columns: [
                SpreadsheetColumn(words.kind, width: 40), SpreadsheetColumn(words.key, width: 6), SpreadsheetColumn(words.pedimentos, width: 11),
                SpreadsheetColumn(words.amountMXN, width: 18), SpreadsheetColumn(words.amountUSD, width: 18),
            ],
            rows: lines.map {
                [
                    .text(words.memoKinds[$0.kind] ?? $0.kind.rawValue), .text($0.key.description), .integer($0.pedimentos), .amount($0.amount.mxn.centavos),
                    .amount($0.amount.usd.centavos),
                ]
            })
    }

    static func findingsSheet(_ findings: [Finding], _ words: Words) -> SpreadsheetSheet {
        let sorted = findings.sorted()
        return SpreadsheetSheet(
            name: words.findingsSheet,
            columns: [
                SpreadsheetColumn(words.severity, width: 10), SpreadsheetColumn(words.code, width: 26), SpreadsheetColumn(words.file, width: 34),
                SpreadsheetColumn(words.line, width: 8), SpreadsheetColumn(words.column, width: 8), SpreadsheetColumn(words.message, width: 70),
                SpreadsheetColumn(words.hint, width: 50), SpreadsheetColumn(words.explanation, width: 40),
            ],
            rows: sorted.map { finding in
                [
                    .text(words.language.severity(finding.severity)), .text(finding.code.rawValue), .text(finding.location?.file ?? ""),
                    finding.location?.line.map { .integer($0) } ?? .empty, finding.location?.column.map { .integer($0) } ?? .empty,
                    .text(finding.message(in: words.language)), .text(finding.hint(in: words.language) ?? ""), .text(finding.explanation ?? ""),
                ]
            })
    }

    static func reconciliation(_ items: [ReconciliationItem], _ words: Words) -> SpreadsheetSheet {
        let sorted = items.sorted { ($0.finding, $0.invoice?.id ?? "") < ($1.finding, $1.invoice?.id ?? "") }
        func number(_ text: String?) -> SpreadsheetCell { text.map { DecimalNumber.parse($0, maximumScale: 6).isSuccess ? .decimal($0) : .text($0) } ?? .empty }
        return SpreadsheetSheet(
            name: words.reconciliationSheet,
            columns: [
                SpreadsheetColumn(words.code, width: 26), SpreadsheetColumn(words.message, width: 70), SpreadsheetColumn(words.invoice, width: 38),
                SpreadsheetColumn(words.invoiceSource, width: 34), SpreadsheetColumn(words.pedimento, width: 18),
                SpreadsheetColumn(words.pedimentoSource, width: 34), SpreadsheetColumn(words.currency, width: 8),
                SpreadsheetColumn(words.invoiceAmount, width: 16), SpreadsheetColumn(words.pedimentoAmount, width: 16),
                SpreadsheetColumn(words.difference, width: 14), SpreadsheetColumn(words.hint, width: 50),
            ],
            rows: sorted.map { item in
                [
                    .text(item.code.rawValue), .text(item.message(in: words.language)), .text(item.invoice?.id ?? ""),
                    .text(item.invoice?.location.description ?? ""),
                    .text(item.pedimento?.id ?? ""), .text(item.pedimento?.location.description ?? ""), .text(item.currency ?? ""),
                    number(item.invoiceAmount), number(item.pedimentoAmount), number(item.difference), .text(item.hint(in: words.language)),
                ]
            })
    }

    /// The exports working paper: every pedimento with what it added.
    static func workingPaper(_ paper: ExportWorkingPaper, _ words: Words) -> SpreadsheetSheet {
        SpreadsheetSheet(
            name: words.workingPaperSheet, columns: WorkingPaperCSV.columns(words).map { SpreadsheetColumn($0.title, width: $0.width) },
            rowCount: paper.count, row: { WorkingPaperCSV.cells(paper.line($0), words) })
    }
}

/// `working-paper-exports.csv` (in the evidence bundle) and the workbook's working paper: one row
/// per pedimento, with what it added to the report.
public enum WorkingPaperCSV {
    public static let fileName = "working-paper-exports.csv"

    static func columns(_ words: AnnualWorkbook.Words) -> [(title: String, width: Double)] {
        [
            (words.pedimento, 18), (words.key, 6), (words.keyClass, 12), (words.treatment, 30), (words.paidOn, 11), (words.customsSection, 8),
            (words.destination, 8), (words.invoice, 38), (words.source, 34), (words.valuesFrom, 34), (words.rectifications, 8),
            (words.exchangeRate, 11), (words.valueUSD, 16), (words.commercialValueMXN, 18), (words.valueAddedMXN, 16),
            (words.countedMXN, 18), (words.countedUSD, 16), (words.listedMXN, 16), (words.listedUSD, 16),
        ]
    }

    static func cells(_ line: ExportWorkingPaper.Line, _ words: AnnualWorkbook.Words) -> [SpreadsheetCell] {
        let values = line.values
        let listed = line.listedAs != nil ? (line.amount ?? .zero) : .zero
        return [
            .text(line.original.number.description), .text(line.original.key.description), .text(line.keyClass.rawValue),
            .text(line.listedAs.map { words.memoKinds[$0] ?? $0.rawValue } ?? words.countedAs(line.keyClass)),
            .text(line.original.paidOn.description), .text(values.customsSection.description), .text(values.destinationCountry?.description ?? ""),
            .text(values.invoiceUUID?.description ?? line.original.invoiceUUID?.description ?? ""), .text(line.original.location.description),
            .text(line.rectifications > 0 ? values.location.description : ""), .integer(line.rectifications),
            .decimal(values.exchangeRate.description), .amount(values.valueUSD.centavos), .amount(values.commercialValueMXN.centavos),
            values.valueAddedMXN.map { .amount($0.centavos) } ?? .empty, .amount(line.counted.mxn.centavos), .amount(line.counted.usd.centavos),
            .amount(listed.mxn.centavos), .amount(listed.usd.centavos),
        ]
    }

    /// The whole working paper as CSV, headed in `language`, handed to `write` a block at a time
    /// (a year's working paper may be hundreds of megabytes).
    public static func render(_ paper: ExportWorkingPaper, language: SummaryLanguage, write: ([UInt8]) throws -> Void) rethrows {
        let words = AnnualWorkbook.Words(language)
        var block = Array((columns(words).map { FindingsCSV.quote($0.title) }.joined(separator: ",") + "\r\n").utf8)
        block.reserveCapacity(1 << 20)
        var writer = LineWriter(words)
        for index in 0..<paper.count {
            writer.append(paper.line(index), to: &block)
            if block.count >= 1 << 20 {
                try write(block)
                block.removeAll(keepingCapacity: true)
            }
        }
        try write(block)
    }

    /// One line's bytes, field for field as `cells` makes them for the workbook.
    struct LineWriter {
        let classes: [KeyClass: [UInt8]]
        let treatments: [String: [UInt8]]
        var files: [SourceFile: [UInt8]] = [:]

        init(_ words: AnnualWorkbook.Words) {
            classes = Dictionary(uniqueKeysWithValues: KeyClass.allCases.map { ($0, Array($0.rawValue.utf8)) })
            var treatments: [String: [UInt8]] = [:]
            for keyClass in KeyClass.allCases { treatments["class " + keyClass.rawValue] = Self.field(words.countedAs(keyClass)) }
            for (kind, text) in words.memoKinds { treatments["memo " + kind.rawValue] = Self.field(text) }
            self.treatments = treatments
        }

        static func field(_ text: String) -> [UInt8] {
            var bytes: [UInt8] = []
            bytes.appendField(text)
            return bytes
        }

        mutating func location(_ location: SourceLocation, to bytes: inout [UInt8]) {
            if files[location.source] == nil { files[location.source] = Self.field(location.file) }
            let name = files[location.source]!
            // A quoted file name takes the line and column inside its quotes.
            let quoted = name.first == 0x22
            bytes += quoted ? name.dropLast() : name[...]
            if let line = location.line {
                bytes.append(UInt8(ascii: ":"))
                bytes.appendDecimal(Int64(line), scale: 0)
                if let column = location.column {
                    bytes.append(UInt8(ascii: ":"))
                    bytes.appendDecimal(Int64(column), scale: 0)
                }
            }
            if quoted { bytes.append(0x22) }
        }

        /// A comma and an amount in hundredths.
        private func amount(_ hundredths: Int64, to bytes: inout [UInt8]) {
            bytes.append(UInt8(ascii: ","))
            bytes.appendDecimal(hundredths, scale: 2)
        }

        mutating func append(_ line: ExportWorkingPaper.Line, to bytes: inout [UInt8]) {
            let comma = UInt8(ascii: ",")
            let values = line.values
            let listed = line.listedAs != nil ? (line.amount ?? .zero) : .zero
            let counted = line.counted
            bytes.appendDigits(line.original.number.packed, count: 15)
            bytes.append(comma)
            bytes += line.original.key.description.utf8
            bytes.append(comma)
            bytes += classes[line.keyClass]!
            bytes.append(comma)
            bytes += line.listedAs.map { treatments["memo " + $0.rawValue]! } ?? treatments["class " + line.keyClass.rawValue]!
            bytes.append(comma)
            bytes.appendDate(line.original.paidOn)
            bytes.append(comma)
            bytes.appendDigits(UInt64(values.customsSection.value), count: 3)
            bytes.append(comma)
            if let country = values.destinationCountry { bytes.appendCode(country.packed) }
            bytes.append(comma)
            if let uuid = values.invoiceUUID ?? line.original.invoiceUUID { uuid.append(to: &bytes) }
            bytes.append(comma)
            location(line.original.location, to: &bytes)
            bytes.append(comma)
            if line.rectifications > 0 { location(values.location, to: &bytes) }
            bytes.append(comma)
            bytes.appendDecimal(Int64(line.rectifications), scale: 0)
            bytes.append(comma)
            bytes.appendDecimal(values.exchangeRate.value.mantissa, scale: values.exchangeRate.value.scale)
            amount(values.valueUSD.centavos, to: &bytes)
            amount(values.commercialValueMXN.centavos, to: &bytes)
            bytes.append(comma)
            if let added = values.valueAddedMXN { bytes.appendDecimal(added.centavos, scale: 2) }
            amount(counted.mxn.centavos, to: &bytes)
            amount(counted.usd.centavos, to: &bytes)
            amount(listed.mxn.centavos, to: &bytes)
            amount(listed.usd.centavos, to: &bytes)
            bytes += "\r\n".utf8
        }
    }
}

extension Result {
    fileprivate var isSuccess: Bool {
        if case .success = self { true } else { false }
    }
}
