import IMMEXDomain

// The import side of the Data Stage: the 551 lines of TipoOperacion 1 with their rates (556),
// payment forms (557) and what 512 discharged against them, for the temporary-imports control.

extension DataStageBuilder {
    /// The import-side lines paid in `year`, each with its rate, payment forms and discharges.
    func importLines(year: FiscalYear) -> [TemporaryImportLine] {
        // A pedimento's number, worked out once for its lines.
        var numbers: [UInt64: (number: PedimentoNumber, section: CustomsSection)?] = [:]
        return importRows.compactMap { row in
            guard let values = lines[row.key], let key = values.key, let paid = values.paidOn, year.contains(paid) else { return nil }
            if numbers[row.key] == nil {
                let (patent, number, section) = Self.parts(row.key)
                let made = Self.number(patent: patent, number: number, section: section, year: paid.year).flatMap { number in
                    CustomsSection(section).map { (number, $0) }
                }
                numbers[row.key] = .some(made)
            }
            guard case (let pedimento, let customsSection)?? = numbers[row.key] else { return nil }
            var line = TemporaryImportLine(
                pedimento: pedimento, customsSection: customsSection, key: key, line: row.line, tariffItem: row.tariffItem,
                commercialQuantity: row.commercialQuantity, commercialUnit: row.commercialUnit, tariffQuantity: row.tariffQuantity,
                tariffUnit: row.tariffUnit, customsValue: row.customsValue, enteredOn: paid, location: row.location)
            let lineKey = LineKey(pedimento: row.key, line: row.line)
            line.dutyPercent = dutyRates[lineKey]
            line.paymentForms = paymentForms[lineKey] ?? []
            if let tariff = DischargeKey.tariffDigits(row.tariffItem.utf8.prefix(8)) {
                line.dischargedBySAT = discharged[DischargeKey(pedimento: row.key, tariffItem: tariff)]
            }
            return line
        }
    }

    /// Anexo 22 apéndice 12: contribution 6 is the general import duty (IGI/IGE).
    static let importDutyContribution = "6"

    static func sum(_ total: DecimalNumber?, _ amount: DecimalNumber) -> DecimalNumber {
        guard let total else { return amount }
        let scale = max(total.scale, amount.scale)
        return DecimalNumber(mantissa: Int64(clamping: total.mantissa(atScale: scale) + amount.mantissa(atScale: scale)), scale: scale)
    }
}

/// A pedimento (`DataStageBuilder.Key`) and one of its lines.
struct LineKey: Hashable {
    let pedimento: UInt64
    let line: Int
}

/// A pedimento and a tariff item (its 8 digits, as a number), as 512 names what it discharges.
struct DischargeKey: Hashable {
    let pedimento: UInt64
    let tariffItem: UInt64

    /// Eight digits as a number; nil for anything else.
    static func tariffDigits(_ bytes: some Collection<UInt8>) -> UInt64? {
        guard bytes.count == 8, bytes.allSatisfy({ $0 &- 0x30 <= 9 }) else { return nil }
        return bytes.reduce(0) { $0 * 10 + UInt64($1 &- 0x30) }
    }
}

/// An import-side 551 row as read; its pedimento's number and date come from its pedimento's totals.
struct ImportRow {
    static let columns = [
        "SecuenciaFraccion", "Fraccion", "SubdivisionFraccion", "ValorAduana", "CantidadUMComercial", "UnidadMedidaComercial",
        "CantidadUMTarifa", "UnidadMedidaTarifa",
    ]

    let key: UInt64
    let line: Int
    let tariffItem: String
    let customsValue: Money<MXN>
    let commercialQuantity: DecimalNumber
    let commercialUnit: String
    let tariffQuantity: DecimalNumber
    let tariffUnit: String
    let location: SourceLocation

    /// `d`: the positions of `columns`. Read from the bytes (codes and numbers are ASCII);
    /// unreadable numbers read as zero (the export totals report a damaged member already).
    init(_ row: borrowing PipeTable.Row, key: UInt64, _ d: [Int], _ c: [Int]) {
        func decimal(_ column: Int) -> DecimalNumber {
            DecimalNumber.value(utf8: row.bytes(column), maximumScale: 6) ?? DecimalNumber(mantissa: 0, scale: 0)
        }
        func code(_ column: Int) -> String { String(decoding: row.bytes(column), as: UTF8.self) }
        self.key = key
        line = row.bytes(d[0]).reduce(0) { $0 > 99_999 || $1 &- 0x30 > 9 ? 1_000_000 : $0 * 10 + Int($1 &- 0x30) } % 1_000_000
        tariffItem = code(d[1]) + code(d[2])
        customsValue = Money(exactly: decimal(d[3])) ?? .zero
        commercialQuantity = decimal(d[4])
        commercialUnit = code(d[5])
        tariffQuantity = decimal(d[6])
        tariffUnit = code(d[7])
        location = row.location(c[0])
    }
}
