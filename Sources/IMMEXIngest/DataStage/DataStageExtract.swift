import IMMEXDomain

/// The export pedimentos of the SAT's Data Stage for one fiscal year, and the requests they came in.
public struct DataStageExtract: Sendable {
    /// One download: its folio and the period it covers (`Resumen`).
    public struct Request: Sendable, Hashable {
        public var folio: String
        public var from: CalendarDate
        public var to: CalendarDate
        public var source: String
    }

    public var requests: [Request]
    /// Pedimentos summed from their 551 lines, rectifications included: every export-side one
    /// (TipoOperacion 2), and every import-side one (TipoOperacion 1), which the loader keeps only
    /// where its key's import class bears on exports (K1 returns).
    public var pedimentos: [ExportPedimento]
    /// Line items read (all operations).
    public var lineItems: Int
    /// Every import-side line (TipoOperacion 1) paid in the year, whatever its key, with its duty
    /// rate (556), how its taxes were paid (557) and what 512 discharged against its pedimento and
    /// tariff item; which are temporary imports is the pipeline's decision. In reading order.
    public var importLines: [TemporaryImportLine] = []
}

/// Reads Data Stage members one at a time (each is freed once read) into a `DataStageExtract`.
struct DataStageBuilder {
    /// Patent (4 digits), number (7) and section (3): the triple that identifies a pedimento in every
    /// table (formats.md §3.1), packed as the 14-digit number they spell, so rows hash an integer.
    typealias Key = UInt64

    private var requests: [DataStageExtract.Request] = []
    private var rates: [Key: ExchangeRate] = [:]
    private var invoices: [Key: InvoiceUUID] = [:]
    private var previous: [Key: (patent: String, number: String, section: String, year: Int?)] = [:]
    /// The pedimento each one discharges (512), the first named: for a return (K1), its export.
    private var discharges: [Key: (patent: String, number: String, section: String, year: Int?)] = [:]
    /// Pedimentos that 507 marks as returns of fixed assets (`ClaveCaso` AF).
    private var fixedAssets: Set<Key> = []
    var lines: [Key: LineTotals] = [:]
    /// Which member (by its order) a pedimento's lines were first read from.
    private var owner: [Key: Int] = [:]
    private var memberCount = 0
    /// The most findings of one code kept for a table (`[limits] findings_per_code`).
    var findingsPerCode = FindingLimiter.defaultPerCode
    private var duplicates = 0
    private var lineItems = 0
    /// Import-side lines (551) as read, before their pedimento's number is known.
    var importRows: [ImportRow] = []
    /// 556's IGI rate and 557's payment forms, by pedimento and line.
    var dutyRates: [LineKey: DecimalNumber] = [:]
    var paymentForms: [LineKey: [String]] = [:]
    /// 512's discharged quantities, by original pedimento and tariff item.
    var discharged: [DischargeKey: DecimalNumber] = [:]

    mutating func add(_ member: DataStageMember, findings: inout [Finding]) {
        let table = PipeTable(name: member.name, bytes: member.bytes, findings: &findings)
        var rowFindings: [Finding] = []
        // Findings about rows, at most `findingsPerCode` of a code (the rest counted in a note).
        var limiter = FindingLimiter(perCode: findingsPerCode)
        var found: [Finding] = []
        func report(_ finding: Finding) { if limiter.admit(finding) { found.append(finding) } }
        defer { findings += found + rowFindings + limiter.notes() }
        memberCount += 1
        let memberIndex = memberCount
        switch member.code.lowercased() {
        case "resumen":
            guard let c = table.columns(["Folio", "Fecha_Inicial", "Fecha_Final"], findings: &findings) else { return }
            rowFindings = table.forEachRow(perCode: findingsPerCode) { row in
                guard let from = Self.date(row.text(c[1])), let to = Self.date(row.text(c[2])) else {
                    report(
                        Finding(
                            .malformedDate, "the request's period in \(member.name) is not a pair of dates",
                            at: row.location(c[1]), hint: "download the request again"))
                    return
                }
                requests.append(.init(folio: row.text(c[0]), from: from, to: to, source: member.name))
            }
        case "501":
            guard let c = table.columns(["Patente", "Pedimento", "SeccionAduanera", "TipoCambio"], findings: &findings) else { return }
            rowFindings = table.forEachRow(perCode: findingsPerCode) { row in
                if let key = Self.key(row, c), case .success(let value) = DecimalNumber.parse(utf8: row.bytes(c[3]), maximumScale: 6),
                    let rate = ExchangeRate(value)
                {
                    rates[key] = rate
                }
            }
        case "505":
            guard let c = table.columns(["Patente", "Pedimento", "SeccionAduanera", "NumeroFactura"], findings: &findings) else { return }
            rowFindings = table.forEachRow(perCode: findingsPerCode) { row in
                if let key = Self.key(row, c), invoices[key] == nil, let uuid = InvoiceUUID(row.text(c[3])) { invoices[key] = uuid }
            }
        case "701":
            let wanted = [
                "Patente", "Pedimento", "SeccionAduanera", "PatenteAnterior", "PedimentoAnterior", "SeccionAduaneraAnterior", "FechaOperacionAnterior",
            ]
            guard let c = table.columns(wanted, findings: &findings) else { return }
            rowFindings = table.forEachRow(perCode: findingsPerCode) { row in
                guard let key = Self.key(row, c) else { return report(Self.badKey(row, c)) }
                // Real extracts drop the leading zeros of PedimentoAnterior (2327 for 0002327).
                guard let earlier = Self.padded(row, patent: c[3], number: c[4], section: c[5]) else {
                    return report(
                        Finding(
                            .malformedCode,
                            "the rectified pedimento's PatenteAnterior '\(Finding.echo(row.text(c[3])))', PedimentoAnterior '\(Finding.echo(row.text(c[4])))', SeccionAduaneraAnterior '\(Finding.echo(row.text(c[5])))' are not up to 4, 7 and 3 digits; the rectification cannot be linked, and counting it as a new export could count one export twice",
                            at: row.location(c[4]), hint: "the member may be damaged; download the request again"))
                }
                previous[key] = (earlier.patent, earlier.number, earlier.section, Self.date(row.text(c[6])).map(\.year))
            }
        case "507":
            guard let c = table.columns(["Patente", "Pedimento", "SeccionAduanera", "ClaveCaso"], findings: &findings) else { return }
            rowFindings = table.forEachRow(perCode: findingsPerCode) { row in
                if row.text(c[3]) == "AF", let key = Self.key(row, c) { fixedAssets.insert(key) }
            }
        case "512":
            let wanted = [
                "Patente", "Pedimento", "SeccionAduanera", "PatenteAduanalOrig", "PedimentoOriginal", "SeccionAduaneraDespOrig", "FechaOperacionOrig",
            ]
            guard let c = table.columns(wanted, findings: &findings) else { return }
            let quantities = table.optionalColumns(["FraccionOriginal", "MercanciaDescargada"])
            rowFindings = table.forEachRow(perCode: findingsPerCode) { row in
                guard let key = Self.key(row, c), let original = Self.padded(row, patent: c[3], number: c[4], section: c[5]) else { return }
                if let q = quantities, let originalKey = UInt64(original.patent + original.number + original.section),
                    let tariff = DischargeKey.tariffDigits(row.bytes(q[0])), let amount = DecimalNumber.value(utf8: row.bytes(q[1]), maximumScale: 6)
                {
                    let item = DischargeKey(pedimento: originalKey, tariffItem: tariff)
                    discharged[item] = Self.sum(discharged[item], amount)
                }
                guard discharges[key] == nil else { return }
                discharges[key] = (original.patent, original.number, original.section, Self.date(row.text(c[6])).map(\.year))
            }
        case "556", "557":
            let isRate = member.code == "556"
            let wanted = ["Patente", "Pedimento", "SeccionAduanera", "SecuenciaFraccion", "ClaveContribucion", isRate ? "TasaContribucion" : "FormaPago"]
            guard let c = table.columns(wanted, findings: &findings) else { return }
            rowFindings = table.forEachRow(perCode: findingsPerCode) { row in
                // (From the bytes: codes and numbers are ASCII, and these tables hold a row per
                // contribution of every line.)
                let lineBytes = row.bytes(c[3])
                guard let key = Self.key(row, c), (1...5).contains(lineBytes.count), lineBytes.allSatisfy({ $0 &- 0x30 <= 9 }) else { return }
                let lineKey = LineKey(pedimento: key, line: lineBytes.reduce(0) { $0 * 10 + Int($1 &- 0x30) })
                let contribution = row.bytes(c[4])
                if !isRate {
                    paymentForms[lineKey, default: []].append(
                        String(decoding: contribution, as: UTF8.self) + ":" + String(decoding: row.bytes(c[5]), as: UTF8.self))
                } else if contribution.elementsEqual(Self.importDutyContribution.utf8),
                    let rate = DecimalNumber.value(utf8: row.bytes(c[5]), maximumScale: 6)
                {
                    dutyRates[lineKey] = rate
                }
            }
        case "551":
            let wanted = [
                "Patente", "Pedimento", "SeccionAduanera", "ValorComercial", "ValorDolares", "ValorAgregado",
                "TipoOperacion", "ClaveDocumento", "FechaPagoReal", "PaisOrigenDestino",
            ]
            guard let c = table.columns(wanted, findings: &findings) else { return }
            // What the temporary-imports control reads of an import line (a layout without them
            // gives no import lines).
            let detail = table.optionalColumns(ImportRow.columns)
            rowFindings = table.forEachRow(perCode: findingsPerCode) { row in
                lineItems += 1
                let operation = row.bytes(c[6])
                guard operation.count == 1, let side = OperationSide.allCases.first(where: { $0.code == operation[0] &- 0x30 }) else {
                    return report(
                        Finding(
                            .malformedCode, "TipoOperacion '\(Finding.echo(row.text(c[6])))' is neither 1 (import) nor 2 (export)", at: row.location(c[6]),
                            hint: "the member may be damaged; download the request again"))
                }
                guard let key = Self.key(row, c) else { return report(Self.badKey(row, c)) }
                if let first = owner[key] {
                    // The same pedimento in another request: counted once, from the first.
                    if first != memberIndex {
                        duplicates += 1
                        return
                    }
                } else {
                    owner[key] = memberIndex
                }
                if lines[key] == nil { lines[key] = LineTotals(location: row.location(c[0]), member: memberIndex, line: row.line, side: side) }
                if side == .import, let d = detail { importRows.append(ImportRow(row, key: key, d, c)) }
                var lineFindings: [Finding] = []
                lines[key]?.add(row, c, findings: &lineFindings)  // in place, no copy
                for finding in lineFindings { report(finding) }
            }
        default:
            return  // Other tables go into the evidence unchanged and are not read.
        }
    }

    /// The pedimentos of `year`, and the findings about the extract as a whole.
    func finish(year: FiscalYear, findings: inout [Finding]) -> DataStageExtract {
        var pedimentos: [ExportPedimento] = []
        var outsideYear = 0
        // In reading order: member, then line (integers, not the locations' text).
        for (key, totals) in lines.sorted(by: { ($0.value.member, $0.value.line) < ($1.value.member, $1.value.line) }) {
            guard let paid = totals.paidOn, let clave = totals.key else { continue }
            let (patent, number, section) = Self.parts(key)
            guard let pedimentoNumber = Self.number(patent: patent, number: number, section: section, year: paid.year),
                let customsSection = CustomsSection(section)
            else { continue }
            guard year.contains(paid) else {
                outsideYear += 1
                continue
            }
            let earlier = previous[key].flatMap { Self.number(patent: $0.patent, number: $0.number, section: $0.section, year: $0.year ?? paid.year) }
            let discharged =
                totals.side == .import
                ? discharges[key].flatMap { Self.number(patent: $0.patent, number: $0.number, section: $0.section, year: $0.year ?? paid.year) } : nil
            var pedimento = ExportPedimento(
                number: pedimentoNumber, customsSection: customsSection, key: clave, paidOn: paid,
                exchangeRate: rates[key] ?? ExchangeRate.one, valueUSD: totals.usd, commercialValueMXN: totals.mxn,
                valueAddedMXN: totals.valueAdded, destinationCountry: totals.country, invoiceUUID: invoices[key], rectifies: earlier,
                returns: discharged, location: totals.location)
            pedimento.origin = .dataStage
            pedimento.side = totals.side
            pedimento.isFixedAssetReturn = totals.side == .export && fixedAssets.contains(key)
            pedimentos.append(pedimento)
        }
        if duplicates > 0 {
            findings.append(
                Finding(
                    .dataStageDuplicate, "\(duplicates) line items of pedimentos that two requests both hold were counted once", at: nil,
                    hint: "overlapping requests are normal; nothing to do"))
        }
        if outsideYear > 0 {
            findings.append(
                Finding(
                    .dataStageOutsideYear, "\(outsideYear) pedimentos paid outside \(year) were left out", at: nil,
                    hint: "a request's period may span two years; they belong to the other year's report"))
        }
        findings += Self.coverageFindings(requests, year: year)
        var extract = DataStageExtract(requests: requests.sorted { ($0.from, $0.folio) < ($1.from, $1.folio) }, pedimentos: pedimentos, lineItems: lineItems)
        extract.importLines = importLines(year: year)
        return extract
    }

    /// Nil when a part is not the digits the layout promises (the row is then reported).
    private static func key(_ row: borrowing PipeTable.Row, _ c: [Int]) -> Key? {
        var value: UInt64 = 0
        for (column, width) in [(c[0], 4), (c[1], 7), (c[2], 3)] {
            let field = row.bytes(column)
            guard field.count == width else { return nil }
            for byte in field {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + UInt64(byte - 0x30)
            }
        }
        return value
    }

    /// A pedimento named by another (701's previous one, 512's original): patent, number and
    /// section padded with the leading zeros real extracts drop, or nil when they are not up to 4,
    /// 7 and 3 digits.
    private static func padded(_ row: borrowing PipeTable.Row, patent: Int, number: Int, section: Int) -> (patent: String, number: String, section: String)? {
        func pad(_ text: String, _ width: Int) -> String? {
            guard !text.isEmpty, text.count <= width, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            return String(repeating: "0", count: width - text.count) + text
        }
        guard let p = pad(row.text(patent), 4), let n = pad(row.text(number), 7), let s = pad(row.text(section), 3) else { return nil }
        return (p, n, s)
    }

    private static func badKey(_ row: borrowing PipeTable.Row, _ c: [Int]) -> Finding {
        Finding(
            .malformedCode,
            "Patente '\(Finding.echo(row.text(c[0])))', Pedimento '\(Finding.echo(row.text(c[1])))', SeccionAduanera '\(Finding.echo(row.text(c[2])))' are not 4, 7 and 3 digits",
            at: row.location(c[0]), hint: "the member may be damaged; download the request again")
    }

    /// The parts of a packed key, as text with their leading zeros.
    static func parts(_ key: Key) -> (patent: String, number: String, section: String) {
        func digits(_ value: UInt64, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: width - text.count) + text
        }
        return (digits(key / 10_000_000_000, 4), digits(key / 1_000 % 10_000_000, 7), digits(key % 1_000, 3))
    }

    /// The 15-digit number: validation year (2), customs office (first 2 of the section),
    /// patent (4), the 7-digit `Pedimento` (formats.md §3.4).
    static func number(patent: String, number: String, section: String, year: Int) -> PedimentoNumber? {
        let yy = year % 100 < 10 ? "0\(year % 100)" : "\(year % 100)"
        return PedimentoNumber(yy + section.prefix(2) + patent + number)
    }

    /// `YYYY-MM-DD`, `YYYY-MM-DD hh:mm:ss`, or `DD/MM/YYYY`.
    static func date(_ text: String) -> CalendarDate? {
        if let date = CalendarDate.parse(text) { return date }
        let parts = text.split(separator: " ").first?.split(separator: "/") ?? []
        guard parts.count == 3, let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// Months of the year that no request covers entirely.
    static func coverageFindings(_ requests: [DataStageExtract.Request], year: FiscalYear) -> [Finding] {
        var uncovered: [String] = []
        for month in 1...12 {
            let days = CalendarDate.daysIn(month: month, year: year.value)
            let covered = (1...days).allSatisfy { day in
                let date = CalendarDate(year: year.value, month: month, day: day)!
                return requests.contains { $0.from <= date && date <= $0.to }
            }
            if !covered { uncovered.append("\(year)-\(month < 10 ? "0" : "")\(month)") }
        }
        guard !uncovered.isEmpty else { return [] }
        return [
            Finding(
                .dataStageCoverage, "Data Stage does not cover \(uncovered.joined(separator: ", "))", at: nil,
                hint: "request the missing periods from the SAT and add their ZIPs to datastage/")
        ]
    }
}

/// A pedimento's export lines (551), summed.
struct LineTotals {
    var location: SourceLocation
    /// Reading order of the first line: the member's and the line's number.
    var member: Int
    var line: Int
    var side: OperationSide
    var usd = Money<USD>.zero
    var mxn = Money<MXN>.zero
    var valueAdded = Money<MXN>.zero
    var key: PedimentoKey?
    var paidOn: CalendarDate?
    var country: CountryCode?

    /// `c`: the positions of the 551 columns the builder asked for, in its order.
    mutating func add(_ row: borrowing PipeTable.Row, _ c: [Int], findings: inout [Finding]) {
        func amount<C>(_ column: Int, _ name: String) -> Money<C>? {
            let field = row.bytes(column)
            if field.isEmpty { return .zero }
            guard case .success(let value) = DecimalNumber.parse(utf8: field, maximumScale: 2), let money = Money<C>(exactly: value) else {
                findings.append(
                    Finding(
                        .malformedAmount,
                        "\(name) '\(Finding.echo(row.text(column)))' is not an amount with at most 2 decimals, up to \(Money<C>(centavos: Money<C>.largestStatedAmount).formatted)",
                        at: row.location(column), hint: "the member may be damaged; download the request again"))
                return nil
            }
            return money
        }
        // Peso values are whole pesos; dollars carry two decimals (formats.md §3.1).
        // A pedimento's lines add up checked: lines whose sum passes the largest total are an error
        // at the line that pushed it over.
        func add<C>(_ value: Money<C>?, to total: inout Money<C>, _ column: Int) {
            guard let value else { return }
            if let sum = total.adding(value) {
                total = sum
            } else {
                findings.append(
                    Finding(
                        .malformedAmount, "the pedimento's lines add up beyond the largest total the report states (\(Money<C>.largestTotal.formatted))",
                        at: row.location(column), hint: "the member may be damaged; download the request again"))
            }
        }
        add(amount(c[3], "ValorComercial") as Money<MXN>?, to: &mxn, c[3])
        add(amount(c[4], "ValorDolares") as Money<USD>?, to: &usd, c[4])
        add(amount(c[5], "ValorAgregado") as Money<MXN>?, to: &valueAdded, c[5])
        if key == nil {
            let text = row.text(c[7])
            key = PedimentoKey(text)
            if key == nil {
                findings.append(
                    Finding(
                        .unknownKey, "ClaveDocumento '\(Finding.echo(text))' is not a pedimento key", at: row.location(c[7]),
                        hint: "the member may be damaged; download the request again"))
            }
        }
        if paidOn == nil {
            let text = row.text(c[8])
            paidOn = CalendarDate.parse(text)
            if paidOn == nil {
                findings.append(
                    Finding(
                        .malformedDate, "FechaPagoReal '\(Finding.echo(text))' is not a date", at: row.location(c[8]),
                        hint: "the member may be damaged; download the request again"))
            }
        }
        if country == nil { country = CountryCode(row.text(c[9])) }
    }
}
