@testable import IMMEXDomain

/// Small builders so each test states only what it is about.
enum Build {

    static func pedimento(
        _ number: String, key: String, usd: Int64, mxn: Int64, valueAdded: Int64? = nil, month: Int = 3,
        rate: String = "20.00000", rectifies: String? = nil, country: String? = "USA", line: Int = 2
    ) -> ExportPedimento {
        ExportPedimento(
            number: PedimentoNumber(number)!, customsSection: CustomsSection(String(number.dropFirst(2).prefix(2)) + "0")!,
            key: PedimentoKey(key)!, paidOn: CalendarDate(year: 2025, month: month, day: 15)!,
            exchangeRate: ExchangeRate(try! DecimalNumber.parse(rate).get())!, valueUSD: Money(centavos: usd),
            commercialValueMXN: Money(centavos: mxn), valueAddedMXN: valueAdded.map { Money(centavos: $0) },
            destinationCountry: country.flatMap { CountryCode($0) }, invoiceUUID: nil,
            rectifies: rectifies.flatMap { PedimentoNumber($0) }, location: SourceLocation(file: "exports.csv", line: line, column: 1))
    }

    static func sales(net centavos: Int64) -> SalesTotals {
        var totals = SalesTotals()
        totals.invoices = Money(centavos: centavos)
        return totals
    }

    static let company = Company(rfc: RFC("MFN180523QX4")!, legalName: "Test", programNumber: "1", modality: .industrial, consignment: false)
}

extension KeyClassification {
    /// The classes these tests rely on, stated here so that the domain's tests do not depend on
    /// the shipped catalogue (`templates/pedimento-keys.toml`, tested by the ingest tests).
    static let forTests: KeyClassification = {
        var export: [PedimentoKey: KeyClass] = [:]
        var imports: [PedimentoKey: KeyClass] = [:]
        for (codes, keyClass) in [
            (["A1", "RT"], KeyClass.direct), (["V1", "V2", "V7", "BB"], .indirect), (["K1"], .subtracting), (["R1"], .rectification),
            (["GC", "CT"], .review), (["BM", "BO"], .temporaryExport), (["V5", "H1", "IN", "AF", "F4"], .excluded),
        ] {
            for code in codes { export[PedimentoKey(code)!] = keyClass }
        }
        for (codes, keyClass) in [(["K1"], KeyClass.subtracting), (["IN", "AF", "V1"], .temporaryImport), (["A1", "I1", "F4"], .excluded)] {
            for code in codes { imports[PedimentoKey(code)!] = keyClass }
        }
        return KeyClassification(export: export, import: imports)
    }()
}

extension Rules {
    /// `Rules()` with `KeyClassification.forTests`.
    static var forTests: Rules { Rules(keys: .forTests) }
}
