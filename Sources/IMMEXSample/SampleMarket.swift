import IMMEXDomain

/// The synthetic company's year: its customers, exchange rates, invoices and pedimentos.
/// All figures are made up; the USD/MXN monthly levels only resemble 2025's to look plausible.
struct SampleMarket {
    static let salesHeader =
        "uuid,issued_on,type,status,customer_rfc,customer_name,customer_country,export_code,currency,exchange_rate,subtotal,discount,total_usd,pedimento"
    static let exportsHeader =
        "pedimento,customs_section,key,paid_on,exchange_rate,value_usd,commercial_value_mxn,value_added_mxn,destination_country,invoice_uuid,rectifies,returned_pedimento,fixed_asset_return"

    /// An export invoice whose goods leave under an A1 pedimento, remembered for exports.csv.
    struct ExportInvoice {
        var uuid: String
        var date: CalendarDate
        var usdCentavos: Int64
        var country: String
    }

    /// One consolidated A1 pedimento: the export invoices of a few days (1 to 6 of them).
    struct Consignment {
        var number: String
        var section: String
        var invoices: [ExportInvoice] = []
        var capacity: Int
    }

    let year: FiscalYear
    /// Pedimentos numbered so far.
    var sequence = 0
    /// The A1 pedimento being filled, and those already full, in order.
    private var open: Consignment?
    private(set) var consignments: [Consignment] = []
    /// Counters that place the sample's deliberate mismatches (documented in its README).
    private var exportInvoiceCount = 0
    private var foreignInvoiceCount = 0
    let deliberateMismatches: Bool
    let shape: SampleYearGenerator.Shape
    /// The customs broker's patent; later ones take over past 999,999 pedimentos.
    private let firstPatent = 3421
    private let offices = ["24", "07", "40"]

    init(year: FiscalYear, deliberateMismatches: Bool, shape: SampleYearGenerator.Shape = .consolidated) {
        self.year = year
        self.deliberateMismatches = deliberateMismatches
        self.shape = shape
    }

    /// Deliberate mismatch 2: the 7th export invoice has no pedimento (unmatched-export-invoice).
    static let invoiceWithoutPedimento = 7
    /// Deliberate mismatch 4: the 40th invoice to a foreign customer has export code 01.
    static let foreignInvoiceWithoutExportCode = 40

    /// Puts an export invoice in the open consignment, opening a new one when it is full or older
    /// than three days. Returns the pedimento number.
    mutating func consign(_ invoice: ExportInvoice, random: inout SampleRandom) -> String {
        if let current = open,
            current.invoices.count >= current.capacity
                || invoice.date.daysSince1970 - (current.invoices.first?.date.daysSince1970 ?? invoice.date.daysSince1970) > 3
        {
            consignments.append(current)
            open = nil
        }
        if open == nil {
            let assigned = nextPedimento(random: &random)
            let capacity = shape == .onePerInvoice ? 1 : random.int(1...6)
            open = Consignment(number: assigned.number, section: assigned.section, capacity: capacity)
        }
        open!.invoices.append(invoice)
        return open!.number
    }

    /// Closes the last consignment; call once all invoices are written.
    mutating func closeConsignments() -> [Consignment] {
        if let current = open { consignments.append(current) }
        open = nil
        return consignments
    }

    static let domesticCustomers = [
        ("IDN0503157K2", "Industrias del Norte, S.A. de C.V."), ("CMA990812HT5", "Comercializadora Mazatlán, S.A. de C.V."),
        ("ATR1106223B8", "Autopartes Torreón, S. de R.L. de C.V."), ("DEL080430MN1", "Distribuidora El Lago, S.A."),
        ("TME150101AB3", "Tecnología Metálica \"TEMSA\", S.A. de C.V."),
    ]
    static let immexCustomers = [("MAQ070707JK9", "Maquiladora Ensambles Juárez, S.A. de C.V."), ("ESB120214PL4", "Electrosistemas del Bajío, S.A. de C.V.")]
    static let foreignCustomers = [
        ("USA", "Great Lakes Assembly, Inc."), ("USA", "Sunbelt Motors, LLC"), ("CAN", "Maple Components, Ltd."),
        ("DEU", "Rheinwerk Komponenten GmbH"), ("JPN", "Kansai Precision, K.K."),
    ]

    // MARK: - Exchange rates

    /// Pesos per dollar on a day, 4 decimals as an integer (e.g. 194512 = 19.4512): monthly levels
    /// joined smoothly day by day, with a small daily wobble, so that neighbouring days differ as
    /// real rates do (a few centavos), never by a month's jump.
    func usdRate(_ date: CalendarDate) -> Int64 {
        let monthly: [Int64] = [205_000, 204_000, 202_000, 200_000, 194_000, 190_000, 187_000, 187_000, 184_000, 184_000, 184_000, 182_000, 182_000]
        let days = Int64(CalendarDate.daysIn(month: date.month, year: date.year))
        let from = monthly[date.month - 1]
        let to = monthly[date.month]
        let level = from + (to - from) * Int64(date.day - 1) / days
        let wobble = Int64((date.day * 37 + date.month * 11) % 300) - 150
        return level + wobble * 3
    }

    func eurRate(_ date: CalendarDate) -> Int64 { usdRate(date) * (108 + Int64(date.month % 9)) / 100 }

    func date(forIndex index: Int, of count: Int, random: inout SampleRandom) -> CalendarDate {
        let days = CalendarDate.isLeap(year.value) ? 366 : 365
        var dayOfYear = min(days - 1, max(0, index * days / max(count, 1) + random.int(-2...2)))
        var month = 1
        while dayOfYear >= CalendarDate.daysIn(month: month, year: year.value) {
            dayOfYear -= CalendarDate.daysIn(month: month, year: year.value)
            month += 1
        }
        return CalendarDate(year: year.value, month: month, day: dayOfYear + 1)!
    }

    /// The next pedimento number. A broker's sequence has six digits (Anexo 22, field 1), so a year
    /// with more pedimentos than that spreads them over further patents (3421, 3422, ...).
    mutating func nextPedimento(office: String? = nil, random: inout SampleRandom) -> (number: String, section: String) {
        sequence += 1
        let aduana = office ?? random.pick(offices)
        let seq = String((sequence - 1) % 999_999 + 1)
        let patentNumber = String(firstPatent + (sequence - 1) / 999_999)
        let yy = String(year.value % 100)
        let number =
            (yy.count == 1 ? "0" + yy : yy) + aduana + patentNumber + String(year.value % 10)
            + String(repeating: "0", count: 6 - seq.count) + seq
        return (number, aduana + "0")
    }

    static func decimal(_ centavos: Int64, scale: Int = 2) -> String { DecimalNumber(mantissa: centavos, scale: scale).description }

    static func quoted(_ text: String) -> String {
        "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    static func cfdiForm(_ digits: String) -> String {
        let characters = Array(digits)
        return String(characters[0..<2]) + "  " + String(characters[2..<4]) + "  " + String(characters[4..<8]) + "  " + String(characters[8...])
    }

    // MARK: - Invoices

    enum InvoiceKind { case domesticMXN, domesticUSD, exportUSD, exportEUR, virtualExport, creditNote, payment }

    /// Each kind's weight in a hundred invoices: about 29% exported abroad (the sample year) or 40%.
    static let consolidatedMix: [(InvoiceKind, Int)] = [
        (.domesticMXN, 55), (.domesticUSD, 6), (.exportUSD, 25), (.exportEUR, 4), (.virtualExport, 4), (.creditNote, 5), (.payment, 1),
    ]
    static let pedimentoHeavyMix: [(InvoiceKind, Int)] = [
        (.domesticMXN, 44), (.domesticUSD, 4), (.exportUSD, 36), (.exportEUR, 5), (.virtualExport, 5), (.creditNote, 5), (.payment, 1),
    ]

    /// One invoice of the year (a sales.csv line, and a CFDI); an A1 export invoice joins a
    /// consolidated pedimento.
    mutating func invoice(index: Int, of count: Int, random: inout SampleRandom) -> SampleInvoice {
        let kind = random.weighted(shape == .onePerInvoice ? Self.pedimentoHeavyMix : Self.consolidatedMix)
        let date = date(forIndex: index, of: count, random: &random)
        let uuid = random.uuid()
        let issued =
            random.chance(50)
            ? date.description
            : "\(date)T\(twoDigits(random.int(7...19))):\(twoDigits(random.int(0...59))):\(twoDigits(random.int(0...59)))"
        let status = random.chance(2) ? "cancelled" : "active"
        var type = "I"
        var rfc = ""
        var name = ""
        var country = ""
        var exportCode = "01"
        var currency = "MXN"
        var rate = ""
        var subtotal: Int64 = 0
        var discount: Int64 = 0
        var totalUSD = ""
        var usdRateText = ""
        var pedimento = ""
        switch kind {
        case .domesticMXN, .creditNote, .payment:
            (rfc, name) = random.pick(Self.domesticCustomers)
            subtotal = Int64(random.int(5_000_00...900_000_00))
            if kind == .creditNote {
                type = "E"
                subtotal /= 20
            } else if kind == .payment {
                type = "P"
                currency = "XXX"
                subtotal = 0
            }
        case .domesticUSD:
            (rfc, name) = random.pick(Self.domesticCustomers)
            currency = "USD"
            rate = Self.decimal(usdRate(date) * 100 + Int64(random.int(0...99)), scale: 6)
            subtotal = Int64(random.int(1_000_00...40_000_00))
        case .virtualExport:
            (rfc, name) = random.pick(Self.immexCustomers)
            subtotal = Int64(random.int(50_000_00...1_500_000_00))
        case .exportUSD, .exportEUR:
            let customer = random.pick(Self.foreignCustomers)
            rfc = RFC.genericForeign.value
            (country, name) = customer
            exportCode = "02"
            usdRateText = Self.decimal(usdRate(date) * 100, scale: 6)
            subtotal = Int64(random.int(2_000_00...60_000_00))
            if random.chance(10) { discount = subtotal * Int64(random.int(1...5)) / 100 }
            let net = subtotal - discount
            if kind == .exportUSD {
                currency = "USD"
                rate = Self.decimal(usdRate(date) * 100 + Int64(random.int(0...99)), scale: 6)
                totalUSD = Self.decimal(net)
            } else {
                currency = "EUR"
                rate = Self.decimal(eurRate(date) * 100, scale: 6)
                totalUSD = Self.decimal(net * eurRate(date) / usdRate(date))
            }
            foreignInvoiceCount += 1
            if deliberateMismatches, foreignInvoiceCount == Self.foreignInvoiceWithoutExportCode {
                exportCode = "01"
                totalUSD = ""
                break
            }
            guard status == "active" else { break }
            exportInvoiceCount += 1
            if deliberateMismatches, exportInvoiceCount == Self.invoiceWithoutPedimento { break }
            let export = ExportInvoice(
                uuid: uuid, date: date, usdCentavos: kind == .exportUSD ? net : net * eurRate(date) / usdRate(date), country: country)
            pedimento = Self.cfdiForm(consign(export, random: &random))
        }
        if kind == .domesticMXN, random.chance(8) { discount = subtotal * Int64(random.int(1...3)) / 100 }
        return SampleInvoice(
            uuid: uuid, issued: issued, type: type, status: status, rfc: rfc, name: name, country: country, exportCode: exportCode,
            currency: currency, rate: rate, subtotal: subtotal, discount: discount, totalUSD: totalUSD, usdRate: usdRateText, pedimento: pedimento)
    }
}

/// One invoice of the sample year, as sales.csv lists it and as its CFDI states it.
struct SampleInvoice {
    var uuid, issued, type, status, rfc, name, country, exportCode, currency, rate: String
    /// Centavos.
    var subtotal, discount: Int64
    var totalUSD: String
    /// Pesos per dollar on its day, for an export's Comercio Exterior `TipoCambioUSD`.
    var usdRate: String
    /// Spelled as the CFDI spells it (`25  24  3421  5000101`), or empty.
    var pedimento: String

    /// Its sales.csv line.
    var csvLine: String {
        let fields = [
            uuid, issued, type, status, rfc, SampleMarket.quoted(name), country, exportCode, currency, rate,
            SampleMarket.decimal(subtotal), discount > 0 ? SampleMarket.decimal(discount) : "", totalUSD,
            pedimento.isEmpty ? "" : SampleMarket.quoted(pedimento),
        ]
        return fields.joined(separator: ",")
    }
}

/// Two digits, zero-padded.
func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
