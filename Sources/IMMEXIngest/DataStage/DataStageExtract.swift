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
    /// Export-side pedimentos (551 lines with TipoOperacion 2, summed), rectifications included.
    public var pedimentos: [ExportPedimento]
    /// Line items read (all operations).
    public var lineItems: Int
}

extension DataStageExtract {
    /// The triple that identifies a pedimento in every table (formats.md §3.1).
    struct Key: Hashable {
        var patent: String
        var number: String
        var section: String
    }

    /// Reads the members for `year`; every problem is a finding.
    static func read(_ members: [DataStageMember], year: FiscalYear, findings: inout [Finding]) -> DataStageExtract {
        var requests: [Request] = []
        var general: [Key: (rate: ExchangeRate?, rectification: Bool)] = [:]
        var invoices: [Key: InvoiceUUID] = [:]
        var previous: [Key: (key: Key, year: Int?)] = [:]
        var lines: [Key: LineTotals] = [:]
        var owner: [Key: String] = [:]
        var duplicates = 0, outsideYear = 0, lineItems = 0

        for member in members {
            let table = PipeTable(name: member.name, bytes: member.bytes, findings: &findings)
            switch member.code.lowercased() {
            case "resumen":
                guard table.require(["Folio", "Fecha_Inicial", "Fecha_Final"], findings: &findings) else { continue }
                for row in table.rows {
                    guard let from = date(table.value(row.fields, "Fecha_Inicial")), let to = date(table.value(row.fields, "Fecha_Final")) else {
                        findings.append(Finding(.malformedDate, "the request's period in \(member.name) is not a pair of dates",
                                                at: table.location(line: row.line, column: "Fecha_Inicial"), hint: "download the request again"))
                        continue
                    }
                    requests.append(Request(folio: table.value(row.fields, "Folio"), from: from, to: to, source: member.name))
                }
            case "501":
                guard table.require(["Patente", "Pedimento", "SeccionAduanera", "TipoCambio", "TipoPedimento"], findings: &findings) else { continue }
                for row in table.rows {
                    let key = Self.key(table, row.fields)
                    let rate = (try? DecimalNumber.parse(table.value(row.fields, "TipoCambio"), maximumScale: 6).get()).flatMap(ExchangeRate.init)
                    general[key] = (rate: rate, rectification: table.value(row.fields, "TipoPedimento") == "2")
                }
            case "505":
                guard table.require(["Patente", "Pedimento", "SeccionAduanera", "NumeroFactura"], findings: &findings) else { continue }
                for row in table.rows {
                    let key = Self.key(table, row.fields)
                    if invoices[key] == nil, let uuid = InvoiceUUID(table.value(row.fields, "NumeroFactura")) { invoices[key] = uuid }
                }
            case "701":
                guard table.require(["Patente", "Pedimento", "SeccionAduanera", "PedimentoAnterior", "PatenteAnterior", "SeccionAduaneraAnterior"], findings: &findings) else { continue }
                for row in table.rows {
                    let earlier = Key(patent: table.value(row.fields, "PatenteAnterior"), number: table.value(row.fields, "PedimentoAnterior"),
                                      section: table.value(row.fields, "SeccionAduaneraAnterior"))
                    let earlierYear = date(table.value(row.fields, "FechaOperacionAnterior")).map(\.year)
                    previous[Self.key(table, row.fields)] = (earlier, earlierYear)
                }
            case "551":
                let columns = ["Patente", "Pedimento", "SeccionAduanera", "ValorComercial", "ValorDolares", "ValorAgregado",
                               "TipoOperacion", "ClaveDocumento", "FechaPagoReal", "PaisOrigenDestino"]
                guard table.require(columns, findings: &findings) else { continue }
                for row in table.rows {
                    lineItems += 1
                    guard table.value(row.fields, "TipoOperacion") == "2" else { continue }
                    let key = Self.key(table, row.fields)
                    if let first = owner[key], first != member.name {
                        // The same pedimento in another request: counted once, from the first.
                        if !first.hasPrefix(member.name) { duplicates += 1 }
                        continue
                    }
                    owner[key] = member.name
                    var totals = lines[key] ?? LineTotals(location: table.location(line: row.line, column: "Patente"))
                    totals.add(table, row, findings: &findings)
                    lines[key] = totals
                }
            default:
                continue  // Other tables go into the evidence unchanged and are not read.
            }
        }

        var pedimentos: [ExportPedimento] = []
        for (key, totals) in lines.sorted(by: { $0.value.location < $1.value.location }) {
            guard let paid = totals.paidOn, let clave = totals.key, let number = Self.number(key, year: paid.year),
                  let section = CustomsSection(key.section)
            else { continue }
            guard year.contains(paid) else {
                outsideYear += 1
                continue
            }
            let rate = general[key]?.rate ?? ExchangeRate(DecimalNumber(mantissa: 1, scale: 0))!
            let earlier = previous[key].flatMap { Self.number($0.key, year: $0.year ?? paid.year) }
            var pedimento = ExportPedimento(
                number: number, customsSection: section, key: clave, paidOn: paid, exchangeRate: rate,
                valueUSD: totals.usd, commercialValueMXN: totals.mxn, valueAddedMXN: totals.valueAdded,
                destinationCountry: totals.country, invoiceUUID: invoices[key], rectifies: earlier, location: totals.location)
            pedimento.origin = .dataStage
            pedimentos.append(pedimento)
        }
        if duplicates > 0 {
            findings.append(Finding(.dataStageDuplicate, "\(duplicates) line items of pedimentos that two requests both hold were counted once", at: nil,
                                    hint: "overlapping requests are normal; nothing to do"))
        }
        if outsideYear > 0 {
            findings.append(Finding(.dataStageOutsideYear, "\(outsideYear) export pedimentos paid outside \(year) were left out", at: nil,
                                    hint: "a request's period may span two years; they belong to the other year's report"))
        }
        findings += coverageFindings(requests, year: year)
        return DataStageExtract(requests: requests.sorted { ($0.from, $0.folio) < ($1.from, $1.folio) }, pedimentos: pedimentos, lineItems: lineItems)
    }

    static func key(_ table: PipeTable, _ row: [Substring]) -> Key {
        Key(patent: table.value(row, "Patente"), number: table.value(row, "Pedimento"), section: table.value(row, "SeccionAduanera"))
    }

    /// The 15-digit number: validation year (2), customs office (first 2 of the section),
    /// patent (4), the 7-digit `Pedimento` (formats.md §3.4).
    static func number(_ key: Key, year: Int) -> PedimentoNumber? {
        let yy = year % 100 < 10 ? "0\(year % 100)" : "\(year % 100)"
        return PedimentoNumber(yy + key.section.prefix(2) + key.patent + key.number)
    }

    /// `YYYY-MM-DD`, `YYYY-MM-DD hh:mm:ss`, or `DD/MM/YYYY`.
    static func date(_ text: String) -> CalendarDate? {
        if let date = CalendarDate.parse(text) { return date }
        let parts = text.split(separator: " ").first?.split(separator: "/") ?? []
        guard parts.count == 3, let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// Months of the year that no request covers entirely.
    static func coverageFindings(_ requests: [Request], year: FiscalYear) -> [Finding] {
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
        return [Finding(.dataStageCoverage, "Data Stage does not cover \(uncovered.joined(separator: ", "))", at: nil,
                        hint: "request the missing periods from the SAT and add their ZIPs to datastage/")]
    }
}

/// A pedimento's export lines (551), summed.
struct LineTotals {
    var location: SourceLocation
    var usd = Money<USD>.zero
    var mxn = Money<MXN>.zero
    var valueAdded = Money<MXN>.zero
    var key: PedimentoKey?
    var paidOn: CalendarDate?
    var country: CountryCode?

    mutating func add(_ table: PipeTable, _ row: (line: Int, fields: [Substring]), findings: inout [Finding]) {
        func amount<C>(_ column: String, _ scale: Int) -> Money<C>? {
            let text = table.value(row.fields, column)
            if text.isEmpty { return .zero }
            guard case let .success(value) = DecimalNumber.parse(text, maximumScale: scale), let money = Money<C>(exactly: value) else {
                findings.append(Finding(.malformedAmount, "\(column) '\(text)' is not an amount with at most \(scale) decimals",
                                        at: table.location(line: row.line, column: column), hint: "the member may be damaged; download the request again"))
                return nil
            }
            return money
        }
        // Peso values are whole pesos; dollars carry two decimals (formats.md §3.1).
        if let value: Money<MXN> = amount("ValorComercial", 2) { mxn += value }
        if let value: Money<USD> = amount("ValorDolares", 2) { usd += value }
        if let value: Money<MXN> = amount("ValorAgregado", 2) { valueAdded += value }
        let keyText = table.value(row.fields, "ClaveDocumento")
        if key == nil { key = PedimentoKey(keyText) }
        if key == nil {
            findings.append(Finding(.unknownKey, "ClaveDocumento '\(keyText)' is not a pedimento key", at: table.location(line: row.line, column: "ClaveDocumento"),
                                    hint: "the member may be damaged; download the request again"))
        }
        let dateText = table.value(row.fields, "FechaPagoReal")
        if paidOn == nil { paidOn = CalendarDate.parse(dateText) }
        if paidOn == nil {
            findings.append(Finding(.malformedDate, "FechaPagoReal '\(dateText)' is not a date", at: table.location(line: row.line, column: "FechaPagoReal"),
                                    hint: "the member may be damaged; download the request again"))
        }
        if country == nil { country = CountryCode(table.value(row.fields, "PaisOrigenDestino")) }
    }
}
