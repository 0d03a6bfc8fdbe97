import IMMEXDomain
import IMMEXEngine
import IMMEXIngest

extension YearAssembly {
    /// What the CFDI of `cfdi/` give the year when they are the source of sales.
    struct CFDISalesReading {
        var sales: Sales
        /// What the checks keep of the CFDI (their UUIDs, their Comercio Exterior dollars).
        var holdings: CFDIHoldings
        /// Every CFDI of the company, when asked for (to compare `sales.csv` with them).
        var documents: [CFDIDocument]?
        /// CFDI cancelled after the year ended.
        var items: [ReconciliationItem]
    }

    /// What holding a CFDI found, said when it was a repeat (nil when the CFDI was new). A repeat
    /// with other figures is an error when sales are summed from the CFDI (which copy counted would
    /// change them), a warning when they only check `sales.csv` (which copy was compared).
    static func repeatFinding(_ holding: CFDIHoldings.Holding, _ document: CFDIDocument, summed: Bool) -> Finding? {
        let uuid = document.uuid?.value ?? ""
        switch holding {
        case .held:
            return nil
        case .repeated:
            return Finding(
                .cfdiDuplicate,
                summed
                    ? "CFDI \(uuid) is also in an earlier package of cfdi/, with the same figures; it was counted once"
                    : "CFDI \(uuid) is also in an earlier package of cfdi/, with the same figures; it was compared once",
                at: document.location, hint: "overlapping downloads repeat CFDI; nothing to do")
        case .repeatedWithOtherFigures:
            return Finding(
                .cfdiDuplicateDiffers,
                "CFDI \(uuid) is also in an earlier package of cfdi/ with other figures (type, date, amounts, currency, parties or pedimentos): one copy is not the SAT's, and which one cannot be told here",
                at: document.location, hint: "download the CFDI again from the SAT, keep that copy in one package, and remove the other",
                severity: summed ? .error : .warning)
        }
    }

    /// Total sales from the CFDI as the SAT stamped them (`[sales] source = "cfdi"`): each CFDI of
    /// the company, streamed from the packages in file order, made a sales row by `CFDISales` (the
    /// metadata's status overriding the XML's) and summed like a row of `sales.csv`: the same
    /// accumulator, the same invoices kept for reconciliation, the same working paper. Payment,
    /// transfer and payroll CFDI are counted and left out (a note); the same CFDI in two packages is
    /// counted once (a note); CFDI of other years are left out (a note). Errors, because a figure
    /// would change: a CFDI without the stamp, a sale in another currency without `TipoCambio`, a
    /// CFDI the metadata lists in force in the year whose XML no package holds, and the same UUID in
    /// two packages with other figures.
    static func readCFDISales(
        _ reading: inout YearReading, _ packages: inout CFDIPackages, asOf: CalendarDate?, salesPaper: SalesPaper?, keepDocuments: Bool
    ) -> CFDISalesReading {
        let year = reading.folder.year
        let limit = reading.findingsPerCodeLimit
        let metadata = MetadataLookup(packages.metadata)
        var accumulator = SalesAccumulator(rounding: reading.rules?.rounding ?? .halfAwayFromZero)
        var result = CFDISalesReading(
            sales: Sales(totals: SalesTotals(), kept: InvoiceList(), leftOut: 0, paperRows: 0), holdings: CFDIHoldings(),
            documents: keepDocuments ? [] : nil, items: [])
        var counted = (rows: 0, outsideYear: 0, duplicates: 0, notSales: 0)
        var paper: [UInt8] = []
        var overflowed: [SourceLocation] = []
        var findings: [Finding] = []
        var listed: [FindingCode: Int] = [:]
        func add(_ finding: Finding) {
            listed[finding.code, default: 0] += 1
            if listed[finding.code]! <= limit { findings.append(finding) }
        }
        // Room for every UUID at once: a set grown by doubling holds both tables while it grows.
        result.holdings.reserveCapacity(packages.documentCount)
        packages.forEachDocument(findings: &reading.findings) { document in
            let holding = result.holdings.hold(document)
            if let repeated = repeatFinding(holding, document, summed: true) {
                counted.duplicates += 1
                add(repeated)
                return
            }
            result.documents?.append(document)
            let invoice: SalesInvoice
            switch CFDISales.outcome(of: document, metadata: document.uuid.flatMap { metadata.row($0) }, year: year) {
            case .invoice(let made): invoice = made
            case .outsideYear:
                counted.outsideYear += 1
                return
            case .notStamped:
                add(
                    Finding(
                        .cfdiNotStamped,
                        "\(document.location.file) has no TimbreFiscalDigital: it is not a CFDI the SAT stamped, and total sales cannot count it",
                        at: document.location, hint: "replace it with the stamped CFDI as the SAT delivers it, or remove the draft from cfdi/"))
                return
            case .noExchangeRate:
                add(
                    Finding(
                        .cfdiNoExchangeRate,
                        "CFDI \(document.uuid?.value ?? "") is in \(document.currency) without TipoCambio, so its pesos cannot be known",
                        at: document.location, hint: "the SAT requires TipoCambio for a currency other than MXN: download the CFDI again"))
                return
            }
            if let asOf, invoice.issuedOn > asOf {
                result.sales.leftOut += 1
                return
            }
            counted.rows += 1
            if !invoice.type.countsAsSales { counted.notSales += 1 }
            if let salesPaper {
                salesPaper.line(invoice, accumulator.contribution(of: invoice), &paper)
                result.sales.paperRows += 1
                if paper.count > 1 << 20 {
                    salesPaper.write(paper)
                    paper.removeAll(keepingCapacity: true)
                }
            }
            if !accumulator.add(invoice) { overflowed.append(invoice.location) }
            if invoice.isExportRelevant { result.sales.kept.append(invoice) }
        }
        if let salesPaper, !paper.isEmpty { salesPaper.write(paper) }
        // What the SAT lists in force in the year and no package holds would be missing from the
        // total: the metadata read again (its findings were said the first time).
        var again: [Finding] = []
        let company = reading.settings?.company.rfc
        packages.forEachMetadataFile(findings: &again) { rows in
            for row in rows
            where row.issuerRFC == company && row.isActive && row.type.countsAsSales && year.contains(row.issuedOn)
                && !result.holdings.holds(row.uuid) && (asOf.map { row.issuedOn <= $0 } ?? true)
            {
                add(
                    Finding(
                        .cfdiXMLMissing,
                        "the SAT's metadata lists CFDI \(row.uuid) of \(row.issuedOn) (\(row.type.rawValue), \(row.amount)) in force, but no package of cfdi/ holds its XML",
                        at: row.location, hint: "download the XML package of that period from the SAT: without it, total sales would miss this CFDI"))
            }
        }
        for row in packages.metadata {
            if let item = CFDIComparison.cancelledAfterYear(row, year: year) { result.items.append(item) }
        }
        for (code, count) in listed.sorted(by: { $0.key.rawValue < $1.key.rawValue }) where count > limit {
            findings.append(
                Finding(.findingsNotListed, "\(count - limit) more \(code.rawValue) findings of cfdi/ (the first \(limit) are listed)", at: nil))
        }
        let folder = "\(reading.folder.relativePath)/cfdi/"
        if counted.outsideYear > 0 {
            findings.append(
                Finding(
                    .cfdiOutsideYear, "\(counted.outsideYear) CFDI of \(folder) were issued outside \(year) and were left out",
                    at: SourceLocation(file: folder), hint: "a package may span more than the year; nothing to do"))
        }
        if counted.notSales > 0 {
            findings.append(
                Finding(
                    .nonSalesCFDI,
                    "\(counted.notSales) payment, transfer or payroll CFDI (P, T, N) of \(folder) are not sales and were left out of total sales",
                    at: SourceLocation(file: folder)))
        }
        for location in overflowed {
            findings.append(
                Finding(
                    .malformedAmount,
                    "the CFDI's peso amount is beyond what one invoice may state, or takes total sales beyond the largest total the report states (MXN \(Money<MXN>.largestTotal.formatted))",
                    at: location, hint: "check the CFDI's SubTotal, Descuento and TipoCambio"))
        }
        reading.findings += findings
        result.sales.totals = accumulator.totals
        result.sales.totals.counts.rows = counted.rows
        reading.log?(
            "read \(folder): \(counted.rows) CFDI of \(year) summed, \(result.sales.kept.count) kept for reconciliation, \(counted.duplicates) repeated, \(packages.received) received"
        )
        return result
    }
}

/// The SAT's metadata rows looked up by UUID without a table of a million entries: their positions
/// sorted by UUID (four bytes a row), searched by halves. The first row of a UUID is the one found.
struct MetadataLookup {
    private let rows: [CFDIMetadata]
    private let order: [Int32]

    init(_ rows: [CFDIMetadata]) {
        self.rows = rows
        // A stable sort: of repeated rows, the first in file order comes first.
        order = (0..<Int32(rows.count)).sorted { left, right in
            let (a, b) = (rows[Int(left)].uuid, rows[Int(right)].uuid)
            return (a.high, a.low, left) < (b.high, b.low, right)
        }
    }

    func row(_ uuid: InvoiceUUID) -> CFDIMetadata? {
        var (low, high) = (0, order.count)
        while low < high {
            let middle = (low + high) / 2
            let found = rows[Int(order[middle])].uuid
            if (found.high, found.low) < (uuid.high, uuid.low) { low = middle + 1 } else { high = middle }
        }
        guard low < order.count, rows[Int(order[low])].uuid == uuid else { return nil }
        return rows[Int(order[low])]
    }
}
