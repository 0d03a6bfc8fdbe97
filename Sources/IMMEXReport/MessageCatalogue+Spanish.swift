// The Spanish of the catalogue: each English template (as the code writes it, `{}` where a value
// goes) and its Spanish, `{}` taking the values in order or `{n}` the n-th. Terms follow the SAT's
// and the Ley Aduanera's usage (pedimento, clave, CFDI, comprobante, Comercio Exterior, Data Stage).
// The tables are kept by concern, one file each; a template in two of them is a defect, stopped
// when the catalogue is first read (and by a test) rather than one table silently winning.
extension MessageCatalogue {
    static let spanish: [String: String] = merged([spanishReconciliation, spanishReading, spanishSettings, spanishRules, spanishCommands, spanishHelp])

    /// The tables as one; a template given twice stops with its name.
    static func merged(_ tables: [[String: String]]) -> [String: String] {
        var merged: [String: String] = [:]
        for table in tables {
            for (template, spanish) in table {
                precondition(merged.updateValue(spanish, forKey: template) == nil, "the Spanish catalogue gives \"\(template)\" twice")
            }
        }
        return merged
    }
}
