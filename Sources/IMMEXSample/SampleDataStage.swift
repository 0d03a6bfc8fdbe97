import IMMEXDomain

/// The SAT's Data Stage of the synthetic year: the same pedimentos as `exports.csv`, in two
/// overlapping requests (1 January–15 July, 1 July–31 December), plus a few imports and received
/// virtual transfers (TipoOperacion 1) that are not exports, and three documented differences.
struct SampleDataStage {
    let year: FiscalYear
    let deliberateDifferences: Bool
    /// Temporary imports (IN, three lines each) beyond the six of the shipped sample, spread over
    /// the year: the scale of a large importer, for measuring the import side.
    var extraImports = 0

    /// Difference 1: the 5th A1 of exports.csv is missing from the Data Stage (csv-only-pedimento).
    static let missingA1 = 5
    /// Difference 2: the 3rd RT declares USD 120.00 more in the Data Stage (datastage-value-difference).
    static let changedRT = 3

    func requests(for rows: [SampleMarket.Row], random: inout SampleRandom) -> [DataStageRequestWriter] {
        var byNumber: [String: SampleMarket.Row] = [:]
        for row in rows { byNumber[row.number] = row }
        var pedimentos: [DataStagePedimento] = []
        var a1 = 0
        var rt = 0
        for row in rows {
            if row.key == "A1" { a1 += 1 }
            if row.key == "RT" { rt += 1 }
            if deliberateDifferences, row.key == "A1", a1 == Self.missingA1 { continue }
            var usd = row.usd
            if deliberateDifferences, row.key == "RT", rt == Self.changedRT { usd += 120_00 }
            // A rectification carries the key of what it rectifies, and names it in 701.
            var key = row.key
            var replaces: (patent: String, number: String, section: String, date: CalendarDate)?
            if row.key == "R1", let earlier = byNumber[row.rectifies] {
                var root = earlier
                while root.key == "R1", let further = byNumber[root.rectifies] { root = further }
                key = root.key
                replaces = (patent(earlier.number), String(earlier.number.suffix(7)), earlier.section, earlier.date)
            } else if row.key == "R1", let original = row.original {
                // Another year's pedimento, named as real 701 rows name it: without its leading zeros.
                key = original.key
                let sequence = String(row.rectifies.suffix(7).drop { $0 == "0" })
                replaces = (patent(row.rectifies), sequence, String(Array(row.rectifies)[2..<4]) + "0", original.date)
            }
            // A return (K1) is an import (Ley Aduanera art. 103), which discharges its export in 512.
            let operation = row.key == "K1" ? 1 : 2
            var entry = pedimento(row, key: key, usd: usd, operation: operation, replaces: replaces)
            if row.key == "K1", let exported = byNumber[row.returns] {
                entry.discharges = (patent(exported.number), String(exported.number.suffix(7)), exported.section, exported.key, exported.date)
            }
            if row.fixedAsset { entry.cases = ["AF"] }
            pedimentos.append(entry)
            // Goods sent abroad for repair (BM) come back with an I1 import that discharges them.
            if row.key == "BM", let back = CalendarDate(year: year.value, month: row.date.month + 1, day: 1) {
                let comeBack = SampleMarket.Row(
                    number: number("890009\(pedimentos.count % 10)"), section: "240", key: "I1", date: back,
                    usd: row.usd + 3_150_00, rate: row.rate, valueAdded: nil, country: "USA")
                var imported = pedimento(comeBack, key: "I1", usd: comeBack.usd, operation: 1, replaces: nil)
                imported.discharges = (patent(row.number), String(row.number.suffix(7)), row.section, "BM", row.date)
                pedimentos.append(imported)
            }
        }
        // Difference 3: a virtual export the ERP extract does not have (datastage-only-pedimento).
        // And what is not an export: a virtual transfer received and an import of inputs.
        let day = CalendarDate(year: year.value, month: 8, day: 18)!
        let extra = SampleMarket.Row(
            number: number("8900001"), section: "240", key: "V1", date: day, usd: 12_345_00, rate: 18_400_00,
            valueAdded: nil, country: "MEX")
        if deliberateDifferences { pedimentos.append(pedimento(extra, key: "V1", usd: extra.usd, operation: 2, replaces: nil)) }
        for (index, key) in ["V1", "IN"].enumerated() {
            let received = SampleMarket.Row(
                number: number("890001\(index + 2)"), section: "240", key: key, date: day,
                usd: Int64(random.int(5_000_00...50_000_00)), rate: 18_400_00, valueAdded: nil, country: "USA")
            pedimentos.append(pedimento(received, key: key, usd: received.usd, operation: 1, replaces: nil))
        }
        pedimentos += temporaryImports() + manyImports()
        let first = CalendarDate(year: year.value, month: 7, day: 15)!
        let second = CalendarDate(year: year.value, month: 7, day: 1)!
        return [
            DataStageRequestWriter(
                folio: "752372", rfc: "MFN180523QX4", from: year.firstDay, to: first,
                pedimentos: pedimentos.filter { $0.paidOn <= first }),
            DataStageRequestWriter(
                folio: "1001699", rfc: "MFN180523QX4", from: second, to: year.lastDay,
                pedimentos: pedimentos.filter { $0.paidOn >= second }),
        ]
    }

    /// Inputs imported temporarily (IN) through the year, and one machine (AF): fixed values, no
    /// draws from the generator's random sequence (the rest of the year stays as it was). As of
    /// 1 August of the next year, January's lines are past their 18-month term, February's are due
    /// within 30 days, and the machine has no term (fiscal-years/2025/README.md).
    private func temporaryImports() -> [DataStagePedimento] {
        let imports:
            [(
                seven: String, key: String, month: Int, day: Int,
                lines: [(item: String, what: String, pesos: Int64, quantity: String, unit: String, duty: String)]
            )] = [
                (
                    "8900201", "IN", 1, 10,
                    [("85389099", "Terminales de cobre estañado", 412_380, "185000", "6", "5"), ("39269099", "Capuchones de PVC", 36_150, "52000", "6", "10")]
                ),
                ("8900202", "IN", 2, 20, [("74081999", "Alambre de cobre", 1_284_600, "9850.500", "1", "0")]),
                ("8900203", "IN", 4, 15, [("85444999", "Cable eléctrico aislado", 958_020, "120000", "8", "5")]),
                (
                    "8900204", "IN", 6, 20,
                    [("39199099", "Cinta adhesiva aislante", 74_900, "8600", "6", "15"), ("40169399", "Sellos de hule", 21_480, "30000", "6", "10")]
                ),
                ("8900205", "IN", 9, 5, [("85369099", "Conectores", 603_240, "240000", "6", "0")]),
                ("8900206", "AF", 3, 3, [("84633001", "Máquina para trabajar alambre (engargoladora)", 2_750_000, "1", "6", "0")]),
            ]
        return imports.map { entry in
            let date = CalendarDate(year: year.value, month: entry.month, day: entry.day)!
            let lines = entry.lines.map { line in
                var item = DataStagePedimento.Line(
                    description: line.what, commercialPesos: line.pesos, usdCentavos: line.pesos * 100_00 / 18_40, country: "USA")
                item.customsPesos = line.pesos
                item.tariffItem = line.item
                item.quantity = line.quantity
                item.unit = line.unit
                item.dutyPercent = line.duty
                return item
            }
            return DataStagePedimento(
                patent: "3421", number: entry.seven, section: "240", operation: 1, key: entry.key, paidOn: date, rate: "18.40000", lines: lines)
        }
    }

    /// `extraImports` IN pedimentos of three lines, with fixed values (no draws from the random
    /// sequence), numbered 9000000 and up.
    private func manyImports() -> [DataStagePedimento] {
        (0..<extraImports).map { index in
            let date = year.firstDay.adding(days: index % (year.lastDay.daysSince1970 - year.firstDay.daysSince1970 + 1))
            let lines = (0..<3).map { line -> DataStagePedimento.Line in
                let pesos = Int64(10_000 + (index * 7 + line * 131) % 90_000)
                var item = DataStagePedimento.Line(
                    description: "Insumo \(line + 1)", commercialPesos: pesos, usdCentavos: pesos * 100_00 / 18_40, country: "USA")
                item.customsPesos = pesos
                item.tariffItem = ["85389099", "74081999", "39269099"][line]
                item.quantity = String(100 + index % 900)
                item.unit = "6"
                item.dutyPercent = ["5", "0", "10"][line]
                return item
            }
            return DataStagePedimento(
                patent: "3421", number: String(9_000_000 + index), section: "240", operation: 1, key: "IN", paidOn: date, rate: "18.40000", lines: lines)
        }
    }

    /// The inventory control's balances of those inputs (Anexo 24) at the year's end, in their
    /// commercial units: January's terminals mostly discharged, its caps and the seals in full,
    /// February's wire partly; the machine is not listed. One number spaced as the CFDI writes it.
    func inventoryBalances() -> [String] {
        let yy = year.value % 100 < 10 ? "0\(year.value % 100)" : "\(year.value % 100)"
        let rows: [(seven: String, line: Int, imported: String, discharged: String)] = [
            ("8900201", 1, "185000", "160000"), ("8900201", 2, "52000", "52000"), ("8900202", 1, "9850.500", "6000"),
            ("8900203", 1, "120000", "30000"), ("8900204", 1, "8600", "2000"), ("8900204", 2, "30000", "30000"), ("8900205", 1, "240000", "0"),
        ]
        return ["pedimento,line,imported,discharged,balance,as_of"]
            + rows.enumerated().map { index, row in
                let number = index == 2 ? "\"\(yy)  24  3421  \(row.seven)\"" : "\(yy)243421\(row.seven)"
                return "\(number),\(row.line),\(row.imported),\(row.discharged),,\(year.lastDay)"
            }
    }

    private func patent(_ number: String) -> String { String(Array(number)[4..<8]) }

    private func number(_ seven: String) -> String {
        let yy = year.value % 100 < 10 ? "0\(year.value % 100)" : "\(year.value % 100)"
        return yy + "24" + "3421" + seven
    }

    /// One or two line items (partidas) summing to the pedimento's values, in whole pesos.
    private func pedimento(
        _ row: SampleMarket.Row, key: String, usd: Int64, operation: Int,
        replaces: (patent: String, number: String, section: String, date: CalendarDate)?
    ) -> DataStagePedimento {
        let pesos = (usd * row.rate / 100_000 + 50) / 100
        let addedPesos = ((row.valueAdded ?? 0) + 50) / 100
        let split = usd > 10_000_00
        var lines = [
            DataStagePedimento.Line(
                description: "Arnés de cables para automóvil", commercialPesos: split ? pesos / 3 : pesos,
                usdCentavos: split ? usd / 3 : usd, valueAddedPesos: split ? addedPesos / 3 : addedPesos, country: row.country)
        ]
        if split {
            lines.append(
                .init(
                    description: "Conectores y terminales (pieza)", commercialPesos: pesos - pesos / 3, usdCentavos: usd - usd / 3,
                    valueAddedPesos: addedPesos - addedPesos / 3, country: row.country))
        }
        return DataStagePedimento(
            patent: patent(row.number), number: String(row.number.suffix(7)), section: row.section, operation: operation, key: key,
            paidOn: row.date, rate: SampleMarket.decimal(row.rate, scale: 5), invoices: row.invoices, lines: lines, replaces: replaces)
    }
}
