import IMMEXDomain
import Machinery

extension Reconciler {
    /// When both the ERP's `exports.csv` and the SAT's Data Stage are present: every export
    /// pedimento in one and missing in the other, and every value that differs beyond the
    /// tolerances (Data Stage states whole pesos, so one peso more is allowed on MXN).
    public func compareExtracts(used: [ExportPedimento], other: [ExportPedimento]) -> [ReconciliationItem] {
        var items: [ReconciliationItem] = []
        let keys = rules.keys
        func counted(_ pedimento: ExportPedimento) -> Bool {
            guard let keyClass = keys.keyClass(of: pedimento.key, side: pedimento.side) else { return false }
            return [.direct, .indirect, .subtracting, .rectification].contains(keyClass)
        }
        let dataStage = (used.first?.origin == .dataStage ? used : other).filter(counted)
        let csv = (used.first?.origin == .dataStage ? other : used).filter(counted)
        var stageByNumber: [PedimentoNumber: ExportPedimento] = [:]
        for pedimento in dataStage where stageByNumber[pedimento.number] == nil { stageByNumber[pedimento.number] = pedimento }
        var csvByNumber: [PedimentoNumber: ExportPedimento] = [:]
        for pedimento in csv where csvByNumber[pedimento.number] == nil { csvByNumber[pedimento.number] = pedimento }

        for pedimento in csv where stageByNumber[pedimento.number] == nil {
            items.append(
                item(
                    .csvOnlyPedimento, "pedimento \(pedimento.number) (key \(pedimento.key)) is in exports.csv but not in the SAT's Data Stage",
                    hint: "the authority has no record of it: check the number, or whether a request is missing", pedimento: pedimento))
        }
        let tolerance = rules.reconciliation
        for pedimento in dataStage {
            guard let mine = csvByNumber[pedimento.number] else {
                items.append(
                    item(
                        .dataStageOnlyPedimento, "pedimento \(pedimento.number) (key \(pedimento.key)) is in the SAT's Data Stage but not in exports.csv",
                        hint: "the authority counts it: add it to the ERP extract, or explain why it is not an export", pedimento: pedimento))
                continue
            }
            let usdGap = mine.valueUSD - pedimento.valueUSD
            let mxnGap = mine.commercialValueMXN - pedimento.commercialValueMXN
            if abs(usdGap.centavos) > tolerance.usdTolerance.centavos {
                items.append(
                    ReconciliationItem(
                        code: .dataStageValueDifference,
                        message:
                            "pedimento \(pedimento.number): exports.csv says USD \(mine.valueUSD.decimalString), Data Stage USD \(pedimento.valueUSD.decimalString)",
                        hint: "the Data Stage is the authority's record; correct the ERP extract or the pedimento",
                        invoice: .init(id: "exports.csv", location: mine.location), pedimento: .init(id: pedimento.number.digits, location: pedimento.location),
                        invoiceAmount: mine.valueUSD.decimalString, pedimentoAmount: pedimento.valueUSD.decimalString, difference: usdGap.decimalString,
                        currency: "USD"))
            } else if abs(mxnGap.centavos) > tolerance.mxnTolerance.centavos + 1_00 {
                items.append(
                    ReconciliationItem(
                        code: .dataStageValueDifference,
                        message:
                            "pedimento \(pedimento.number): exports.csv says MXN \(mine.commercialValueMXN.decimalString), Data Stage MXN \(pedimento.commercialValueMXN.decimalString)",
                        hint: "the Data Stage is the authority's record; correct the ERP extract or the pedimento",
                        invoice: .init(id: "exports.csv", location: mine.location), pedimento: .init(id: pedimento.number.digits, location: pedimento.location),
                        invoiceAmount: mine.commercialValueMXN.decimalString, pedimentoAmount: pedimento.commercialValueMXN.decimalString,
                        difference: mxnGap.decimalString, currency: "MXN"))
            }
        }
        return items
    }
}
