import IMMEXDomain

/// `imports-aging.csv`: one row per temporary-import line with every figure, from the Data Stage
/// row it was read from to the estimate of what it would cost past its term.
public enum ImportsAgingCSV {
    public static let fileName = "imports-aging.csv"

    public static let header = [
        "pedimento", "customs_section", "line", "key", "class", "tariff_item", "commercial_quantity", "commercial_unit", "tariff_quantity",
        "tariff_unit", "customs_value_mxn", "entered_on", "duty_percent", "payment_forms", "discharged_by_sat", "balance_source", "imported",
        "discharged", "left", "value_left_mxn", "as_of", "last_day", "days_left", "bucket", "estimate", "estimate_as_of", "duty_mxn", "dta_mxn",
        "iva_mxn", "omitted_mxn", "update_factor", "inpc_recent_month", "inpc_recent", "inpc_oldest_month", "inpc_oldest", "update_mxn",
        "surcharge_months", "surcharge_percent", "surcharges_mxn", "estimate_total_mxn", "not_estimated", "source",
    ].joined(separator: ",")

    /// The columns are identifiers and the values codes and figures in every language; why a line
    /// has no estimate is said in `language`.
    public static func render(_ control: TemporaryImportControl, estimates: [LineEstimate], language: SummaryLanguage = .en) -> String {
        var byLine: [Int: LineEstimate] = [:]
        for estimate in estimates { byLine[estimate.line] = estimate }
        var text = header + "\r\n"
        for (index, aged) in control.lines.enumerated() {
            let line = aged.line
            let balanceSource = aged.balance != nil ? "inventory-control" : control.hasInventoryControl ? "not-listed" : "gross-upper-bound"
            var fields = [
                line.pedimento.digits, line.customsSection.description, String(line.line), line.key.code, aged.goodsClass.rawValue, line.tariffItem,
                line.commercialQuantity.description, line.commercialUnit, line.tariffQuantity.description, line.tariffUnit,
                line.customsValue.decimalString, line.enteredOn.description, line.dutyPercent?.description ?? "", line.paymentForms.joined(separator: " "),
                line.dischargedBySAT?.description ?? "", balanceSource, aged.balance?.imported.description ?? "",
                aged.balance?.discharged.description ?? "", aged.balance?.balance.description ?? "", aged.valueLeft.decimalString,
                control.asOf.description, aged.lastDay?.description ?? "", aged.daysLeft.map(String.init) ?? "", aged.bucket.rawValue,
            ]
            switch byLine[index]?.result {
            case .success(let figures)?:
                fields += [
                    "estimate", byLine[index]!.asOf.description, figures.duty.decimalString, figures.dta.decimalString, figures.iva.decimalString,
                    figures.omitted.decimalString, figures.update.factor.description, figures.update.recent.month.description,
                    figures.update.recent.index.description, figures.update.oldest.month.description, figures.update.oldest.index.description,
                    figures.updateAmount.decimalString, String(figures.surchargeMonths), figures.surchargePercent.description,
                    figures.surcharges.decimalString, figures.total.decimalString, "",
                ]
            case .failure(let problem)?:
                fields += ["", byLine[index]!.asOf.description] + Array(repeating: "", count: 14) + [MessageCatalogue.say(problem.explanation, in: language)]
            case nil:
                fields += Array(repeating: "", count: 17)
            }
            fields.append(line.location.description)
            text += fields.map(FindingsCSV.quote).joined(separator: ",") + "\r\n"
        }
        return text
    }
}
