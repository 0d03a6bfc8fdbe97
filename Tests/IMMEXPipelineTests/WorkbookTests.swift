import Foundation
import Testing
import ZipArchive

@testable import IMMEXDomain
@testable import IMMEXIngest
@testable import IMMEXPipeline
@testable import IMMEXReport
@testable import SpreadsheetSupport

/// The Excel workbook and the exports working paper (issue 26), read back by an independent
/// reader: openpyxl (Debian's python3-openpyxl, which `make test` installs), not libxlsxwriter.
@Suite("The workbook and the working paper")
struct WorkbookTests {
    /// Debian's Python, where apt installs openpyxl (a Python first on PATH may not have it).
    static let python = URL(fileURLWithPath: "/usr/bin/python3")

    /// What openpyxl reads from a workbook, as JSON: each sheet's name, frozen cell, filter range,
    /// rows (values), and the working paper's counted columns summed in hundredths.
    static let reader = """
        import json, sys
        import openpyxl
        book = openpyxl.load_workbook(sys.argv[1])
        out = {"sheets": [], "summary": {}, "countedMXN": 0, "countedUSD": 0, "paperRows": 0, "monthlySales": 0}
        for sheet in book.worksheets:
            out["sheets"].append({"name": sheet.title, "frozen": sheet.freeze_panes, "filter": sheet.auto_filter.ref, "rows": sheet.max_row})
        first = book.worksheets[0]
        for row in first.iter_rows(min_row=2, values_only=True):
            if row[0] is not None:
                out["summary"].setdefault(row[0] + (" " + row[2] if row[2] else ""), row[1])
        paper = book.worksheets[-1]
        header = [cell.value for cell in paper[1]]
        mxn, usd = header.index(sys.argv[2]), header.index(sys.argv[3])
        for row in paper.iter_rows(min_row=2, values_only=True):
            out["paperRows"] += 1
            if sys.argv[4] == "sums":
                out["countedMXN"] += round(row[mxn] * 100)
                out["countedUSD"] += round(row[usd] * 100)
        for row in book.worksheets[1].iter_rows(min_row=2, values_only=True):
            out["monthlySales"] += round(row[2] * 100)
        out["severities"] = sorted(set(row[0] for row in book.worksheets[3].iter_rows(min_row=2, values_only=True)))
        print(json.dumps(out))
        """

    struct Read: Decodable {
        struct Sheet: Decodable {
            var name: String
            var frozen: String?
            var filter: String?
            var rows: Int
        }
        var sheets: [Sheet]
        var summary: [String: JSONNumberOrText]
        var countedMXN: Int64
        var countedUSD: Int64
        var paperRows: Int
        var monthlySales: Int64
        var severities: [String]
    }

    enum JSONNumberOrText: Decodable, Equatable {
        case number(Double)
        case text(String)
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Double.self) { self = .number(number) } else { self = .text(try container.decode(String.self)) }
        }
    }

    func read(_ workbook: URL, mxnColumn: String, usdColumn: String, paperSums: Bool = true) throws -> Read {
        guard FileManager.default.isExecutableFile(atPath: Self.python.path) else {
            Issue.record("/usr/bin/python3 is missing: run scripts/setup.sh (make test does), which installs python3-openpyxl")
            throw CancellationError()
        }
        let run = try runProcess(Self.python, ["-c", Self.reader, workbook.path, mxnColumn, usdColumn, paperSums ? "sums" : "rows"])
        try #require(run.status == 0, "openpyxl could not read the workbook (python3-openpyxl is installed by scripts/setup.sh): \(run.stderr)")
        return try JSONDecoder().decode(Read.self, from: Data(run.stdout.utf8))
    }

    @Test(
        "read back by openpyxl, the workbook gives the report's totals; every sheet has a frozen header with filters; the working paper adds up to total exports",
        arguments: SummaryLanguage.allCases)
    func readBack(_ language: SummaryLanguage) throws {
        let root = try WorkingRoot.shipped()
        defer { root.remove() }
        var request = FilingRequest(root: root.url, year: FiscalYear(2025), language: language, generatedAt: fixedTime, generator: "immex test")
        request.precompress = false
        let result = try FilingRun.run(request)
        #expect(result.outputs.contains("out/2025/immex-2025.xlsx"))
        let words = AnnualWorkbook.Words(language)
        let read = try read(root.path("out/2025/immex-2025.xlsx"), mxnColumn: words.countedMXN, usdColumn: words.countedUSD)
        #expect(
            read.sheets.map(\.name) == [
                words.summarySheet, words.monthlySheet, words.memoSheet, words.findingsSheet, words.reconciliationSheet, words.invoicesSheet,
                words.workingPaperSheet,
            ])
        let invoices = try #require(read.sheets.first { $0.name == words.invoicesSheet })
        #expect(invoices.rows == result.figures.sales.counts.rows + 1)
        for sheet in read.sheets {
            #expect(sheet.frozen == "A2", "\(sheet.name)")
            #expect(sheet.filter?.hasPrefix("A1:") == true, "\(sheet.name)")
        }
        let figures = result.figures
        #expect(read.summary[words.totalSales + " MXN"] == .number(Double(figures.sales.net.centavos) / 100))
        #expect(read.summary[words.totalExports + " MXN"] == .number(Double(figures.exports.total.mxn.centavos) / 100))
        #expect(read.summary[words.totalExports + " USD"] == .number(Double(figures.exports.total.usd.centavos) / 100))
        #expect(read.summary[words.verdict] == .text(figures.thresholds.passes ? words.passes : words.fails))
        #expect(read.countedMXN == figures.exports.total.mxn.centavos)
        #expect(read.countedUSD == figures.exports.total.usd.centavos)
        #expect(read.monthlySales == figures.sales.net.centavos)
        // Severities in the workbook's language (the CSVs keep the stable codes).
        #expect(read.severities == Set(result.findings.map { language.severity($0.severity) }).sorted())
        if language == .es { #expect(!read.severities.contains("warning")) }
        let findingsSheet = try #require(read.sheets.first { $0.name == words.findingsSheet })
        #expect(findingsSheet.rows == result.findings.count + 1)
        let reconciliation = try #require(read.sheets.first { $0.name == words.reconciliationSheet })
        #expect(reconciliation.rows == figures.reconciliation.count + 1)
    }

    /// A working paper in out/2025/, checked to be the one sealed in the bundle; its records.
    func sealedPaper(_ root: WorkingRoot, _ name: String) throws -> [[String]] {
        let paper = try Data(contentsOf: root.path("out/2025/\(name)"))
        let bundle = try ZipReader(path: root.path("out/2025/immex-2025-evidence.zip").path)
        let entry = try #require(try bundle.entries().first { $0.name == "report/\(name)" })
        var sealed: [UInt8] = []
        try bundle.read(entry, limit: 1 << 30) { sealed += $0 }
        #expect(sealed == [UInt8](paper))
        return csvRecords(String(decoding: paper, as: UTF8.self))
    }

    @Test("the sales working paper holds every invoice once, in file order, and its counted column adds up to total sales")
    func salesPaper() throws {
        let root = try WorkingRoot.shipped()
        defer { root.remove() }
        let result = try file(root, year: 2025)
        let rows = try sealedPaper(root, "working-paper-sales.csv")
        let words = AnnualWorkbook.Words(.es)
        let counted = try #require(rows[0].firstIndex(of: words.countedMXN))
        let line = try #require(rows[0].firstIndex(of: words.line))
        #expect(rows.count - 1 == result.figures.sales.counts.rows)
        #expect(rows.dropFirst().map { Int($0[line])! } == Array(2...(rows.count)))
        #expect(rows.dropFirst().map { Int64($0[counted].replacingOccurrences(of: ".", with: ""))! }.reduce(0, +) == result.figures.sales.net.centavos)
        let salesCSV = csvRecords(try root.read("fiscal-years/2025/sales.csv"))
        #expect(rows.dropFirst().map { $0[0] } == salesCSV.dropFirst().map { $0[0] })
        // Each field as sales.csv states it (the day of its date).
        let column = { (name: String) in salesCSV[0].firstIndex(of: name)! }
        for (paper, sale) in zip(rows.dropFirst(), salesCSV.dropFirst()) {
            #expect(paper[2] == String(sale[column("issued_on")].prefix(10)))
            #expect(paper[3] == sale[column("type")])
            #expect(paper[4] == sale[column("customer_rfc")])
            #expect(paper[5] == sale[column("currency")])
        }
    }

    @Test(
        "the exports working paper in out/ is the one sealed in the evidence bundle; each pedimento's counted amounts add up to the totals, and every listed one to its memo line"
    )
    func workingPaperSealed() throws {
        let root = try WorkingRoot.shipped()
        defer { root.remove() }
        let result = try file(root, year: 2025)
        let rows = try sealedPaper(root, "working-paper-exports.csv")
        // The fast bytes say what the workbook's cells say, field for field.
        let paper = ExportWorkingPaper(
            pedimentos: try #require(YearAssembly.load(FiscalYearFolder(root: root.url, year: FiscalYear(2025))).year?.pedimentos),
            rules: result.figures.rules, consignment: false, year: FiscalYear(2025))
        #expect(paper.count == rows.count - 1)
        for index in 0..<paper.count {
            let cells = WorkingPaperCSV.cells(paper.line(index), AnnualWorkbook.Words(.es)).map { cell -> String in
                switch cell {
                case .text(let text), .decimal(let text): text
                case .integer(let number): String(number)
                case .amount(let hundredths): DecimalNumber(mantissa: hundredths, scale: 2).description
                case .empty: ""
                }
            }
            #expect(rows[index + 1] == cells)
        }
        let header = rows[0]
        let words = AnnualWorkbook.Words(.es)
        let counted = try #require(header.firstIndex(of: words.countedMXN))
        let listed = try #require(header.firstIndex(of: words.listedMXN))
        func centavos(_ text: String) -> Int64 { Int64(text.replacingOccurrences(of: ".", with: ""))! }
        #expect(rows.dropFirst().map { centavos($0[counted]) }.reduce(0, +) == result.figures.exports.total.mxn.centavos)
        #expect(rows.dropFirst().map { centavos($0[listed]) }.reduce(0, +) == result.figures.exports.memo.map(\.amount.mxn.centavos).reduce(0, +))
        // Not a stray file left behind: the scratch copy is gone.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path("out").path).filter { $0.hasPrefix(".scratch") }.isEmpty)
    }

    @Test("a working paper longer than [limits] workbook_rows is not listed in the workbook, which says where every row is; the CSVs still hold them all")
    func workbookRows() throws {
        let root = try WorkingRoot.shipped()
        defer { root.remove() }
        try root.write("fiscal-years/2025/rules.toml", try root.read("fiscal-years/2025/rules.toml") + "\n[limits]\nworkbook_rows = 2\n")
        let result = try file(root, year: 2025)
        let words = AnnualWorkbook.Words(.es)
        let read = try read(root.path("out/2025/immex-2025.xlsx"), mxnColumn: words.note, usdColumn: words.note, paperSums: false)
        #expect(read.sheets.first { $0.name == words.invoicesSheet }?.rows == 2)
        #expect(read.sheets.first { $0.name == words.workingPaperSheet }?.rows == 2)
        #expect(try sealedPaper(root, "working-paper-sales.csv").count == result.figures.sales.counts.rows + 1)
    }

    @Test("a cell's text is cut at Excel's limit and loses its NUL bytes; a sheet name Excel refuses is an error, and no file is left")
    func spreadsheetEdges() throws {
        #expect(Spreadsheet.cellText(String(repeating: "a", count: 40_000)).count == Spreadsheet.maximumText)
        #expect(Spreadsheet.cellText("a\0b") == "ab")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("immex-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = SpreadsheetSheet(name: "a[b]", columns: [SpreadsheetColumn("x")], rows: [[.text("1")]])
        #expect(throws: SpreadsheetError.self) {
            try Spreadsheet.write(
                [bad], properties: SpreadsheetProperties(title: "t", author: "a", created: fixedTime), to: folder.appendingPathComponent("bad.xlsx"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
