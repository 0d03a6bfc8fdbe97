import Foundation
import IMMEXDomain
import ZipArchive

/// A pedimento as a Data Stage request shows it: general data (501), invoices (505), line items
/// (551), and, for a rectification, the pedimento it replaces (701).
public struct DataStagePedimento: Sendable {
    public struct Line: Sendable {
        public var description: String
        /// Whole pesos, as the SAT gives them.
        public var commercialPesos: Int64
        public var usdCentavos: Int64
        public var valueAddedPesos: Int64
        public var country: String
        /// `ValorAduana`, whole pesos (0 on exports, as the SAT gives it).
        public var customsPesos: Int64 = 0
        /// `Fraccion` (8 digits).
        public var tariffItem = "85444999"
        /// The quantity and its apéndice 7 unit, in both the commercial and the tariff's unit
        /// (blank when not given).
        public var quantity = " "
        public var unit = " "
        /// The IGI rate in percent (556 `ClaveContribucion` 6), and the IGI's 557 `FormaPago`.
        public var dutyPercent: String?
        public var dutyPaymentForm = "6"

        public init(description: String, commercialPesos: Int64, usdCentavos: Int64, valueAddedPesos: Int64 = 0, country: String) {
            self.description = description
            self.commercialPesos = commercialPesos
            self.usdCentavos = usdCentavos
            self.valueAddedPesos = valueAddedPesos
            self.country = country
        }
    }

    public var patent: String
    /// The 7-digit `Pedimento`.
    public var number: String
    public var section: String
    /// 1 import, 2 export.
    public var operation: Int
    public var key: String
    public var paidOn: CalendarDate
    /// 5 decimals, as text.
    public var rate: String
    public var invoices: [String]
    public var lines: [Line]
    /// For a rectification: the pedimento it replaces (patent, 7-digit number, section, its date).
    public var replaces: (patent: String, number: String, section: String, date: CalendarDate)?
    /// The pedimento whose goods it discharges (512): for a return (K1), the export it returns.
    public var discharges: (patent: String, number: String, section: String, key: String, date: CalendarDate)?
    /// Case identifiers (507 `ClaveCaso`), e.g. AF for a return of fixed assets.
    public var cases: [String] = []

    public init(
        patent: String, number: String, section: String, operation: Int, key: String, paidOn: CalendarDate, rate: String,
        invoices: [String] = [], lines: [Line], replaces: (patent: String, number: String, section: String, date: CalendarDate)? = nil
    ) {
        self.patent = patent
        self.number = number
        self.section = section
        self.operation = operation
        self.key = key
        self.paidOn = paidOn
        self.rate = rate
        self.invoices = invoices
        self.lines = lines
        self.replaces = replaces
    }
}

/// Writes one Data Stage request the way the SAT delivers it: `{folio}_solicitudes.zip` with the
/// 26 members `{folio}_{code}.asc`, ISO-8859-1, CRLF, headers without and rows with a trailing `|`,
/// absent text as a single space.
public struct DataStageRequestWriter: Sendable {
    public var folio: String
    public var rfc: String
    public var from: CalendarDate
    public var to: CalendarDate
    public var pedimentos: [DataStagePedimento]

    public init(folio: String, rfc: String, from: CalendarDate, to: CalendarDate, pedimentos: [DataStagePedimento]) {
        self.folio = folio
        self.rfc = rfc
        self.from = from
        self.to = to
        self.pedimentos = pedimentos
    }

    public var zipName: String { "\(folio)_solicitudes.zip" }

    /// Every member's name and bytes.
    public func members() -> [(name: String, bytes: [UInt8])] {
        var rows: [String: [[String]]] = [:]
        func key(_ pedimento: DataStagePedimento) -> [String] { [pedimento.patent, pedimento.number, pedimento.section] }
        func stamp(_ date: CalendarDate) -> String { "\(date) 00:00:00" }
        for pedimento in pedimentos {
            var general = [String](repeating: " ", count: 31)
            general[0] = pedimento.patent
            general[1] = pedimento.number
            general[2] = pedimento.section
            general[3] = String(pedimento.operation)
            general[4] = pedimento.key
            general[5] = pedimento.section
            general[7] = rfc
            general[9] = pedimento.rate
            general[20] = "EMPRESA DE MUESTRA, S.A. DE C.V."
            general[28] = pedimento.replaces == nil ? "1" : "2"
            general[29] = stamp(pedimento.paidOn)
            general[30] = stamp(pedimento.paidOn)
            rows["501", default: []].append(general)
            for invoice in pedimento.invoices {
                let usd = pedimento.lines.reduce(0) { $0 + $1.usdCentavos }
                rows["505", default: []].append(
                    key(pedimento) + [
                        stamp(pedimento.paidOn), invoice, "FCA", "USD", DecimalNumber(mantissa: usd, scale: 2).description,
                        DecimalNumber(mantissa: usd, scale: 2).description, " ", " ", "TAXID123", "CLIENTE EXTRANJERO", " ", " ", " ", " ", " ",
                        stamp(pedimento.paidOn),
                    ])
            }
            for (index, line) in pedimento.lines.enumerated() {
                var item = [String](repeating: " ", count: 30)
                item[0] = pedimento.patent
                item[1] = pedimento.number
                item[2] = pedimento.section
                item[3] = line.tariffItem
                item[4] = String(index + 1)
                item[5] = "00"
                item[6] = line.description
                item[9] = String(line.commercialPesos)
                item[10] = DecimalNumber(mantissa: line.usdCentavos, scale: 2).description
                item[8] = String(line.customsPesos)
                item[11] = line.quantity
                item[12] = line.unit
                item[13] = line.quantity
                item[14] = line.unit
                item[15] = String(line.valueAddedPesos)
                item[21] = line.country
                item[22] = line.country
                item[27] = String(pedimento.operation)
                item[28] = pedimento.key
                item[29] = stamp(pedimento.paidOn)
                rows["551", default: []].append(item)
                if let rate = line.dutyPercent {
                    rows["556", default: []].append(key(pedimento) + [line.tariffItem, String(index + 1), "6", rate, "1", stamp(pedimento.paidOn)])
                    rows["557", default: []].append(
                        key(pedimento) + [line.tariffItem, String(index + 1), "6", line.dutyPaymentForm, "0", stamp(pedimento.paidOn)])
                }
            }
            if let original = pedimento.discharges {
                rows["512", default: []].append(
                    key(pedimento) + [
                        original.patent, original.number, original.section, original.key, stamp(original.date),
                        "85444999", "6", "1.000", "1", stamp(pedimento.paidOn),
                    ])
            }
            for clave in pedimento.cases {
                rows["507", default: []].append(key(pedimento) + [clave, " ", pedimento.replaces == nil ? "1" : "2", " ", stamp(pedimento.paidOn)])
            }
            if let earlier = pedimento.replaces {
                rows["701", default: []].append(
                    key(pedimento) + [
                        pedimento.key, stamp(pedimento.paidOn), earlier.number, earlier.patent, earlier.section,
                        pedimento.key, stamp(earlier.date), earlier.number, earlier.patent, earlier.section, stamp(pedimento.paidOn),
                    ])
            }
        }
        let lineCount = pedimentos.reduce(0) { $0 + $1.lines.count }
        rows["Resumen"] = [[folio, rfc, "\(from)", "\(to)", "\(to) 12:00:00", String(lineCount), "0"]]
        return DataStageLayout.headers.map { member in
            var text = member.columns + "\r\n"
            for row in rows[member.code] ?? [] { text += row.joined(separator: "|") + "|\r\n" }
            return ("\(folio)_\(member.code).asc", Self.latin1(text))
        }
    }

    /// Writes the ZIP into `folder`.
    public func write(into folder: URL, time: Int64 = 0) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var writer = try ZipWriter(path: folder.appendingPathComponent(zipName).path)
        for member in members() { try writer.add(member.name, bytes: member.bytes, modified: time) }
        try writer.close()
    }

    /// ISO-8859-1 bytes; characters outside it become `?`.
    public static func latin1(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { $0.value < 256 ? UInt8($0.value) : UInt8(ascii: "?") }
    }
}
