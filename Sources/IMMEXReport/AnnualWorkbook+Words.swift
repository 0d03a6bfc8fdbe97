import IMMEXDomain

extension AnnualWorkbook {
    /// The workbook's words, in the page's language; the month names and memo kinds are the page's own.
    struct Words: Sendable {
        let language: SummaryLanguage
        var summarySheet, monthlySheet, memoSheet, findingsSheet, reconciliationSheet, workingPaperSheet: String
        var concept, value, unit, rfc, legalName, program, year: String
        var totalSales, salesInvoices, creditNotes, domestic, foreign, directExports, returns, indirectExports, totalExports: String
        var usdTest, usdLimit, shareTest, share, shareMinimum, verdict, passes, fails: String
        var invoicesRead, pedimentosRead, pedimentosCounted, exportSource: String
        var monthNumber, month, salesMXN, directMXN, returnsMXN, indirectMXN, exportsMXN, exportsUSD: String
        var kind, key, pedimentos, amountMXN, amountUSD: String
        var severity, code, file, line, column, message, hint, explanation: String
        var invoice, invoiceSource, pedimento, pedimentoSource, currency, invoiceAmount, pedimentoAmount, difference: String
        var keyClass, treatment, paidOn, customsSection, destination, source, valuesFrom, rectifications: String
        var exchangeRate, valueUSD, commercialValueMXN, valueAddedMXN, countedMXN, countedUSD, listedMXN, listedUSD: String
        var invoicesSheet, issuedOn, cfdiType, status, customerRFC, exportCode, subtotal, discount: String
        var salesCounted, creditCounted, cancelledNotCounted, notSalesNotCounted, note: String
        /// Said in place of a working paper longer than the workbook lists: rows, file, limit.
        var onlyInCSV: @Sendable (Int, String, Int) -> String
        var counted: [KeyClass: String]
        var months: [String]
        var memoKinds: [ExportTotals.MemoKind: String]

        func countedAs(_ keyClass: KeyClass) -> String { counted[keyClass] ?? keyClass.rawValue }

        init(_ language: SummaryLanguage) {
            self.language = language
            let page = language.words
            months = page.chart.months
            memoKinds = page.memoKinds
            switch language {
            case .es:
                (summarySheet, monthlySheet, memoSheet, findingsSheet, reconciliationSheet, workingPaperSheet) = (
                    "Resumen", "Mensual", "No contado", "Hallazgos", "Conciliación", "Papel de trabajo"
                )
                (concept, value, unit, rfc, legalName, program, year) = ("Concepto", "Valor", "Unidad", "RFC", "Razón social", "Programa IMMEX", "Ejercicio")
                (totalSales, salesInvoices, creditNotes, domestic, foreign) = (
                    "Ventas totales (netas)", "Facturas de ingreso", "Notas de crédito", "Ventas nacionales", "Ventas al extranjero"
                )
                (directExports, returns, indirectExports, totalExports) = (
                    "Exportaciones directas (netas de retornos)", "Retornos (K1)", "Exportaciones indirectas", "Exportaciones totales"
                )
                (usdTest, usdLimit, shareTest, share, shareMinimum, verdict, passes, fails) = (
                    "Prueba en dólares", "Límite en dólares", "Prueba de porcentaje", "Porcentaje exportado", "Porcentaje mínimo", "Resultado", "cumple",
                    "no cumple"
                )
                (invoicesRead, pedimentosRead, pedimentosCounted, exportSource) = (
                    "Facturas leídas", "Pedimentos leídos", "Pedimentos contados", "Fuente de las exportaciones"
                )
                (monthNumber, month, salesMXN, directMXN, returnsMXN, indirectMXN, exportsMXN, exportsUSD) = (
                    "Núm.", "Mes", "Ventas MXN", "Directas MXN", "Retornos MXN", "Indirectas MXN", "Exportaciones MXN", "Exportaciones USD"
                )
                (kind, key, pedimentos, amountMXN, amountUSD) = ("Tipo", "Clave", "Pedimentos", "Importe MXN", "Importe USD")
                (severity, code, file, line, column, message, hint, explanation) = (
                    "Gravedad", "Código", "Archivo", "Línea", "Columna", "Mensaje", "Qué hacer", "Explicación"
                )
                (invoice, invoiceSource, pedimento, pedimentoSource, currency, invoiceAmount, pedimentoAmount, difference) = (
                    "UUID de la factura", "Origen de la factura", "Pedimento", "Origen del pedimento", "Moneda", "Importe de la factura",
                    "Importe del pedimento", "Diferencia"
                )
                (keyClass, treatment, paidOn, customsSection, destination, source, valuesFrom, rectifications) = (
                    "Clase", "Tratamiento", "Fecha de pago", "Aduana", "Destino", "Origen (archivo:línea)", "Valores de (rectificación)",
                    "Rectificaciones"
                )
                (exchangeRate, valueUSD, commercialValueMXN, valueAddedMXN, countedMXN, countedUSD, listedMXN, listedUSD) = (
                    "Tipo de cambio", "Valor USD", "Valor comercial MXN", "Valor agregado MXN", "Contado MXN", "Contado USD", "No contado MXN",
                    "No contado USD"
                )
                (invoicesSheet, issuedOn, cfdiType, status, customerRFC, exportCode, subtotal, discount) = (
                    "Facturas", "Fecha de emisión", "Tipo", "Estado", "RFC del cliente", "Clave de exportación", "Subtotal", "Descuento"
                )
                (salesCounted, creditCounted, cancelledNotCounted, notSalesNotCounted, note) = (
                    "venta (suma)", "nota de crédito (resta)", "cancelada (no cuenta)", "no es venta (P T N)", "Nota"
                )
                onlyInCSV = { rows, file, limit in
                    "\(rows) renglones, más de los \(limit) que este libro lista ([limits] workbook_rows en rules.toml): todos están en \(file), junto a este libro y en el paquete de evidencia."
                }
                counted = [.direct: "contado: exportación directa", .indirect: "contado: exportación indirecta", .subtracting: "contado: retorno, resta"]
            case .en:
                (summarySheet, monthlySheet, memoSheet, findingsSheet, reconciliationSheet, workingPaperSheet) = (
                    "Summary", "Monthly", "Not counted", "Findings", "Reconciliation", "Working paper"
                )
                (concept, value, unit, rfc, legalName, program, year) = ("Item", "Value", "Unit", "RFC", "Legal name", "IMMEX program", "Fiscal year")
                (totalSales, salesInvoices, creditNotes, domestic, foreign) = (
                    "Total sales (net)", "Sales invoices", "Credit notes", "Domestic sales", "Foreign sales"
                )
                (directExports, returns, indirectExports, totalExports) = (
                    "Direct exports (net of returns)", "Returns (K1)", "Indirect exports", "Total exports"
                )
                (usdTest, usdLimit, shareTest, share, shareMinimum, verdict, passes, fails) = (
                    "USD test", "USD limit", "Share test", "Share exported", "Minimum share", "Result", "passes", "fails"
                )
                (invoicesRead, pedimentosRead, pedimentosCounted, exportSource) = ("Invoices read", "Pedimentos read", "Pedimentos counted", "Export source")
                (monthNumber, month, salesMXN, directMXN, returnsMXN, indirectMXN, exportsMXN, exportsUSD) = (
                    "No.", "Month", "Sales MXN", "Direct MXN", "Returns MXN", "Indirect MXN", "Exports MXN", "Exports USD"
                )
                (kind, key, pedimentos, amountMXN, amountUSD) = ("Kind", "Key", "Pedimentos", "Amount MXN", "Amount USD")
                (severity, code, file, line, column, message, hint, explanation) = (
                    "Severity", "Code", "File", "Line", "Column", "Message", "What to do", "Explanation"
                )
                (invoice, invoiceSource, pedimento, pedimentoSource, currency, invoiceAmount, pedimentoAmount, difference) = (
                    "Invoice UUID", "Invoice source", "Pedimento", "Pedimento source", "Currency", "Invoice amount", "Pedimento amount", "Difference"
                )
                (keyClass, treatment, paidOn, customsSection, destination, source, valuesFrom, rectifications) = (
                    "Class", "Treatment", "Paid on", "Customs", "Destination", "Source (file:line)", "Values from (rectification)", "Rectifications"
                )
                (exchangeRate, valueUSD, commercialValueMXN, valueAddedMXN, countedMXN, countedUSD, listedMXN, listedUSD) = (
                    "Exchange rate", "Value USD", "Commercial value MXN", "Value added MXN", "Counted MXN", "Counted USD", "Not counted MXN",
                    "Not counted USD"
                )
                (invoicesSheet, issuedOn, cfdiType, status, customerRFC, exportCode, subtotal, discount) = (
                    "Invoices", "Issued on", "Type", "Status", "Customer RFC", "Export code", "Subtotal", "Discount"
                )
                (salesCounted, creditCounted, cancelledNotCounted, notSalesNotCounted, note) = (
                    "sale (adds)", "credit note (subtracts)", "cancelled (not counted)", "not a sale (P T N)", "Note"
                )
                onlyInCSV = { rows, file, limit in
                    "\(rows) rows, more than the \(limit) this workbook lists ([limits] workbook_rows in rules.toml): every one is in \(file), beside this workbook and in the evidence bundle."
                }
                counted = [.direct: "counted: direct export", .indirect: "counted: indirect export", .subtracting: "counted: return, subtracts"]
            }
        }
    }
}
