import IMMEXDomain

/// `reconciliation.csv`: one row per disagreement between invoices and pedimentos, both sides
/// cited (identifier and `file:line`) with the amounts compared.
public enum ReconciliationCSV {
    public static var header: String { MessageCatalogue.Words(.en).reconciliationHeader }

    /// In `language`: its header, severities, messages and hints (codes stay as they are).
    public static func render(_ items: [ReconciliationItem], language: SummaryLanguage = .en) -> String {
        var text = MessageCatalogue.Words(language).reconciliationHeader + "\r\n"
        let sorted = items.sorted { ($0.finding, $0.invoice?.id ?? "") < ($1.finding, $1.invoice?.id ?? "") }
        for item in sorted {
            let fields = [
                item.code.rawValue, MessageCatalogue.severity(item.code.severity, in: language), item.message(in: language),
                item.invoice?.id ?? "", item.invoice?.location.description ?? "",
                item.pedimento?.id ?? "", item.pedimento?.location.description ?? "",
                item.currency ?? "", item.invoiceAmount ?? "", item.pedimentoAmount ?? "", item.difference ?? "", item.hint(in: language),
                item.cfdi?.id ?? "", item.cfdi?.location.description ?? "",
            ]
            text += fields.map(FindingsCSV.quote).joined(separator: ",") + "\r\n"
        }
        return text
    }

    /// `code: count` pairs, sorted by code.
    public static func counts(_ items: [ReconciliationItem]) -> [(code: FindingCode, count: Int)] {
        Dictionary(grouping: items, by: \.code).map { ($0.key, $0.value.count) }.sorted { $0.code < $1.code }
    }
}
