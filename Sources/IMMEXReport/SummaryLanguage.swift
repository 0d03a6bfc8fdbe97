import IMMEXDomain

/// The summary page's language: Spanish for Mexican tax teams, English for foreign headquarters.
public enum SummaryLanguage: String, Sendable, CaseIterable {
    case es, en

    struct Words {
        var title, verdictPasses, verdictFails, verdictWaived, byUSD, byShare, and: String
        var totalSales, domestic, foreign, directExports, indirectExports, totalExports, share, usdFigure: String
        var limit, margin, passes, fails, notInForce: String
        var charts, findings, noFindings, provenance, inputs, rules, generated, signature, unsigned, signedBy: String
        var severity, code, count, places, more, file, digest, bytes, setting, value: String
        var usdMethod, rounding, keys, dryRun, asOf, projection: String
        var byKey, byCountry, byKeyDescription, byCountryDescription, unknownCountry: String
        /// The temporary-imports chart: its title, description, what its balances are, and the buckets.
        var importsTitle = "", importsDescription = "", importsGross = "", importsInventory = "", term = "", line = "", lines = "", valueLeft = ""
        var buckets: [AgingBucket: String] = [:]
        var notCounted, notCountedIntro, kind, key, pedimentos, amountMXN, amountUSD: String
        var month, country, dataOf, reconciliation, noDisagreements, records, page, of, explained: String
        var invoicesRead, salesCounted, creditNotes, cancelled, notSales, pedimentosRead, counted, rectified, forReview, notExports: String
        /// By `ExportTotals.MemoKind`.
        var memoKinds: [ExportTotals.MemoKind: String]
        var chart: ChartLabels
    }

    var words: Words {
        var words = baseWords
        switch self {
        case .es:
            words.importsTitle = "Importaciones temporales por plazo"
            words.importsDescription =
                "Barras horizontales con el valor en aduana que sigue en el país de las importaciones temporales, por lo que falta para su plazo."
            words.importsGross = "Saldos: importaciones brutas (sin el control de inventarios), un máximo: nada se da por descargado."
            words.importsInventory = "Saldos: los del control de inventarios (imports-balances.csv); una partida que no lista cuenta completa."
            (words.term, words.line, words.lines, words.valueLeft) = ("Plazo", "partida", "Partidas", "Valor en el país (MXN)")
            words.buckets = [
                .expired: "vencido", .within30: "0 a 30 días", .within60: "31 a 60 días", .within90: "61 a 90 días", .later: "más de 90 días",
                .noTerm: "sin plazo (activo fijo)",
            ]
        case .en:
            words.importsTitle = "Temporary imports by term"
            words.importsDescription = "Horizontal bars with the customs value of temporary imports still in the country, by the time left to their term."
            words.importsGross = "Balances: gross imports (no inventory control was given), an upper bound: nothing is taken as discharged."
            words.importsInventory = "Balances: the inventory control's (imports-balances.csv); a line it does not list counts whole."
            (words.term, words.line, words.lines, words.valueLeft) = ("Term", "line", "Lines", "Value in the country (MXN)")
            words.buckets = [
                .expired: "expired", .within30: "0-30 days", .within60: "31-60 days", .within90: "61-90 days", .later: "over 90 days",
                .noTerm: "no term (machinery)",
            ]
        }
        return words
    }

    private var baseWords: Words {
        switch self {
        case .es:
            return Words(
                title: "Reporte anual IMMEX", verdictPasses: "CUMPLE", verdictFails: "NO CUMPLE", verdictWaived: "sin umbral vigente este año",
                byUSD: "por la prueba en dólares", byShare: "por la prueba de porcentaje", and: "y",
                totalSales: "Ventas totales", domestic: "nacionales", foreign: "al extranjero", directExports: "Exportaciones directas",
                indirectExports: "Exportaciones indirectas", totalExports: "Exportaciones totales", share: "Porcentaje exportado",
                usdFigure: "Exportaciones en dólares", limit: "límite", margin: "margen", passes: "cumple", fails: "no cumple", notInForce: "no vigente",
                charts: "Gráficas", findings: "Hallazgos", noFindings: "Sin hallazgos.", provenance: "Procedencia", inputs: "Archivos leídos",
                rules: "Reglas aplicadas", generated: "Generado", signature: "Firma", unsigned: "sin firmar (ensayo; no es evidencia)",
                signedBy: "firmado con la e.firma de", severity: "Gravedad", code: "Código", count: "Número", places: "Dónde", more: "y %d más (findings.csv)",
                file: "Archivo", digest: "SHA-256", bytes: "Bytes", setting: "Regla", value: "Valor", usdMethod: "Dólares", rounding: "Redondeo",
                keys: "Claves", dryRun: "Ensayo a mitad de año", asOf: "con datos al", projection: "proyección",
                byKey: "Exportaciones por clave de pedimento", byCountry: "Exportaciones por país de destino",
                byKeyDescription: "Barras horizontales con el valor en pesos de las exportaciones por clave de pedimento.",
                byCountryDescription: "Barras horizontales con el valor en pesos de las exportaciones por país de destino.",
                unknownCountry: "sin país",
                notCounted: "Lo que no se contó", notCountedIntro: "Pedimentos listados y no contados como exportación, con lo que habrían sumado.",
                kind: "Motivo", key: "Clave", pedimentos: "Pedimentos", amountMXN: "Pesos", amountUSD: "Dólares",
                month: "Mes", country: "País", dataOf: "Datos de la gráfica", reconciliation: "Conciliación de facturas y pedimentos",
                noDisagreements: "Sin diferencias.", records: "Registros leídos", page: "Página", of: "de", explained: "explicado",
                invoicesRead: "Facturas leídas", salesCounted: "ventas", creditNotes: "notas de crédito", cancelled: "canceladas",
                notSales: "no son ventas", pedimentosRead: "Pedimentos leídos", counted: "contados", rectified: "rectificados",
                forReview: "por revisar", notExports: "no contados como exportación",
                memoKinds: [
                    .temporaryExport: "exportación temporal, pendiente de retorno", .fixedAssetReturn: "retorno de activo fijo",
                    .review: "ajuste de valor, por revisar", .rectificationOtherYear: "rectificación de otro ejercicio", .notAnExport: "no es exportación",
                ],
                chart: ChartLabels(
                    months: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
                    monthsShort: ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
                    sales: "ventas", exports: "exportaciones", minimum: "mínimo", limit: "límite", cumulativeShare: "% exportado acumulado",
                    cumulativeUSD: "exportaciones acumuladas (USD)", projection: "proyección",
                    monthlyTitle: "Ventas y exportaciones por mes",
                    monthlyDescription:
                        "Barras claras: ventas del mes; barras oscuras: exportaciones del mes, en pesos. La línea negra es el porcentaje exportado acumulado (eje derecho); la línea punteada, el mínimo.",
                    usdTitle: "Exportaciones acumuladas en dólares",
                    usdDescription: "La línea continua acumula las exportaciones en dólares mes a mes; la línea punteada horizontal es el límite en dólares."))
        case .en:
            return Words(
                title: "IMMEX annual report", verdictPasses: "PASSES", verdictFails: "FAILS", verdictWaived: "no threshold in force this year",
                byUSD: "by the USD test", byShare: "by the share test", and: "and",
                totalSales: "Total sales", domestic: "domestic", foreign: "abroad", directExports: "Direct exports",
                indirectExports: "Indirect exports", totalExports: "Total exports", share: "Export share",
                usdFigure: "Exports in USD", limit: "limit", margin: "margin", passes: "passes", fails: "fails", notInForce: "not in force",
                charts: "Charts", findings: "Findings", noFindings: "No findings.", provenance: "Provenance", inputs: "Files read",
                rules: "Rules in force", generated: "Generated", signature: "Signature", unsigned: "unsigned (rehearsal; not evidence)",
                signedBy: "signed with the e.firma of", severity: "Severity", code: "Code", count: "Count", places: "Where", more: "and %d more (findings.csv)",
                file: "File", digest: "SHA-256", bytes: "Bytes", setting: "Rule", value: "Value", usdMethod: "USD figure", rounding: "Rounding",
                keys: "Keys", dryRun: "Mid-year dry run", asOf: "with data as of", projection: "projection",
                byKey: "Exports by pedimento key", byCountry: "Exports by destination country",
                byKeyDescription: "Horizontal bars with the peso value of exports by pedimento key.",
                byCountryDescription: "Horizontal bars with the peso value of exports by destination country.",
                unknownCountry: "no country",
                notCounted: "What was not counted", notCountedIntro: "Pedimentos listed and not counted as exports, with what they would have added.",
                kind: "Why", key: "Key", pedimentos: "Pedimentos", amountMXN: "Pesos", amountUSD: "Dollars",
                month: "Month", country: "Country", dataOf: "The chart's data", reconciliation: "Reconciliation of invoices and pedimentos",
                noDisagreements: "No disagreements.", records: "Records read", page: "Page", of: "of", explained: "explained",
                invoicesRead: "Invoices read", salesCounted: "sales", creditNotes: "credit notes", cancelled: "cancelled",
                notSales: "not sales", pedimentosRead: "Pedimentos read", counted: "counted", rectified: "rectified",
                forReview: "for review", notExports: "not counted as exports",
                memoKinds: [
                    .temporaryExport: "temporary export, pending return", .fixedAssetReturn: "return of fixed assets",
                    .review: "value adjustment, for review", .rectificationOtherYear: "rectification of another year", .notAnExport: "not an export",
                ],
                chart: ChartLabels(
                    months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
                    monthsShort: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
                    sales: "sales", exports: "exports", minimum: "minimum", limit: "limit", cumulativeShare: "cumulative export share",
                    cumulativeUSD: "cumulative exports (USD)", projection: "projection",
                    monthlyTitle: "Sales and exports by month",
                    monthlyDescription:
                        "Light bars: the month's sales; dark bars: the month's exports, in pesos. The black line is the cumulative export share (right axis); the dashed line, the minimum.",
                    usdTitle: "Cumulative exports in dollars",
                    usdDescription: "The solid line adds up exports in dollars month by month; the dashed horizontal line is the dollar limit."))
        }
    }
}

// The fixed vocabularies the page and the workbook show, in each language. (Codes stay stable
// identifiers in the CSVs and the XML; only what a reader reads is translated.)
extension SummaryLanguage {
    /// A finding's severity in words.
    public func severity(_ severity: Severity) -> String {
        switch (self, severity) {
        case (.es, .error): "error"
        case (.es, .warning): "advertencia"
        case (.es, .note): "nota"
        case (.en, _): severity.rawValue
        }
    }

    /// How the year's dollars are worked out (`[usd_conversion]`).
    public func usdMethod(_ conversion: USDConversion) -> String {
        switch (self, conversion) {
        case (.es, .declared): "el valor en dólares que declara cada pedimento"
        case (.es, .pedimentoRate): "el valor en pesos de cada pedimento entre su propio tipo de cambio"
        case (.es, .annualAverage(let rate)): "el valor en pesos de cada pedimento entre el tipo de cambio promedio anual \(rate)"
        case (.en, _): conversion.explanation
        }
    }

    /// The rounding rule's name (`[rounding]`).
    public func rounding(_ rule: RoundingRule) -> String {
        switch (self, rule) {
        case (.es, .halfAwayFromZero): "la mitad se aleja de cero (half-away-from-zero)"
        case (.es, .halfEven): "la mitad va al par (half-even)"
        case (.en, _): rule.rawValue
        }
    }

    /// A key class's name (`rules.toml` `[keys]` spells them in English, shown in brackets).
    public func keyClass(_ keyClass: KeyClass) -> String {
        guard self == .es else { return keyClass.rawValue }
        let name =
            switch keyClass {
            case .direct: "exportación directa"
            case .indirect: "exportación indirecta"
            case .subtracting: "retorno, resta"
            case .rectification: "rectificación"
            case .review: "por revisar"
            case .temporaryExport: "exportación temporal"
            case .temporaryImport: "importación temporal"
            case .excluded: "no es exportación"
            }
        return "\(name) (\(keyClass.rawValue))"
    }
}
