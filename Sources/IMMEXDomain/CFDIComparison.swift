/// The CFDI as the SAT holds them against `sales.csv` (issue 25): the authorities cross-check the
/// annual report against the invoices they hold, so every difference is listed, both sides cited.
public enum CFDIComparison {
    /// What differs between a `sales.csv` row and its CFDI (with the SAT's metadata row, whose
    /// status overrides the XML's): the amounts (subtotal, discount), the currency, the export code,
    /// the type and the status. Empty when they agree.
    public static func differences(_ invoice: SalesInvoice, _ cfdi: CFDIDocument, metadata: CFDIMetadata?) -> [ReconciliationItem] {
        var items: [ReconciliationItem] = []
        func item(_ code: FindingCode, _ message: Phrase, _ hint: Phrase, amounts: (String, String)? = nil) {
            items.append(
                ReconciliationItem(
                    code: code, message: message, hint: hint, invoice: .init(id: invoice.uuid.value, location: invoice.location),
                    invoiceAmount: amounts?.0, pedimentoAmount: amounts?.1, cfdi: .init(id: invoice.uuid.value, location: cfdi.location)))
        }
        let discount = cfdi.discount ?? DecimalNumber(mantissa: 0, scale: 0)
        if !same(invoice.subtotal, cfdi.subtotal) || !same(invoice.discount, discount) {
            item(
                .cfdiAmountDifference,
                "invoice \(invoice.uuid): sales.csv states subtotal \(invoice.subtotal) and discount \(invoice.discount); its CFDI \(cfdi.subtotal) and \(discount)",
                "the CFDI is what the SAT holds: correct the ERP's row", amounts: ("\(invoice.subtotal)", "\(cfdi.subtotal)"))
        }
        if invoice.currency != cfdi.currency {
            item(
                .cfdiCurrencyDifference, "invoice \(invoice.uuid) is in \(invoice.currency) in sales.csv and in \(cfdi.currency) in its CFDI",
                "correct the ERP's currency")
        }
        if let code = cfdi.exportCode, code != invoice.exportCode {
            item(
                .cfdiExportCodeDifference,
                "invoice \(invoice.uuid) has export code \(invoice.exportCode.rawValue) in sales.csv and \(code.rawValue) in its CFDI (Exportacion)",
                "the CFDI's Exportacion is what the SAT holds: correct the ERP's row")
        }
        if cfdi.type != invoice.type {
            item(
                .cfdiTypeDifference, "invoice \(invoice.uuid) is of type \(invoice.type.rawValue) in sales.csv and \(cfdi.type.rawValue) in its CFDI",
                "correct the ERP's TipoDeComprobante")
        }
        // Cancelled after the year ended, it was in force in the year (`cancelledAfterYear` lists it).
        let yearEnd = FiscalYear(invoice.issuedOn.year).lastDay
        let activeAtSAT = metadata.map { $0.isActive || ($0.cancelledOn.map { $0 > yearEnd } ?? false) } ?? true
        if activeAtSAT != (invoice.status == .active) {
            item(
                .cfdiStatusDifference,
                "invoice \(invoice.uuid) is \(invoice.status == .active ? Phrase("active") : Phrase("cancelled")) in sales.csv and \(activeAtSAT ? Phrase("in force") : Phrase("cancelled")) at the SAT",
                "the SAT's status is the one that counts: correct the ERP's status")
        }
        return items
    }

    /// A CFDI of the year that `sales.csv` does not list.
    public static func onlyInCFDI(_ cfdi: CFDIDocument) -> ReconciliationItem {
        ReconciliationItem(
            code: .cfdiOnlyInvoice,
            message: "CFDI \(cfdi.uuid?.value ?? "") of \(cfdi.issuedOn) (\(cfdi.type.rawValue), total \(cfdi.total) \(cfdi.currency)) is not in sales.csv",
            hint: "sales.csv must list every CFDI the company issued in the year", cfdi: .init(id: cfdi.uuid?.value ?? "", location: cfdi.location))
    }

    /// A `sales.csv` row whose CFDI is in none of the packages.
    public static func onlyInCSV(_ invoice: SalesInvoice) -> ReconciliationItem {
        ReconciliationItem(
            code: .csvOnlyInvoice, message: "invoice \(invoice.uuid) of sales.csv is in none of cfdi/'s packages",
            hint: "download the missing period from the SAT, or check the UUID", invoice: .init(id: invoice.uuid.value, location: invoice.location))
    }

    /// A CFDI the SAT lists as cancelled after the fiscal year ended: it counted in the year, and the
    /// cancellation changes a figure already reported.
    public static func cancelledAfterYear(_ metadata: CFDIMetadata, year: FiscalYear) -> ReconciliationItem? {
        guard let cancelled = metadata.cancelledOn, !metadata.isActive, cancelled > year.lastDay, year.contains(metadata.issuedOn) else { return nil }
        return ReconciliationItem(
            code: .cfdiCancelledAfterYear, message: "CFDI \(metadata.uuid) of \(metadata.issuedOn) was cancelled on \(cancelled), after \(year) ended",
            hint: "the year's figures counted it; say in explanations.toml how the cancellation is treated",
            cfdi: .init(id: metadata.uuid.value, location: metadata.location))
    }

    private static func same(_ a: DecimalNumber, _ b: DecimalNumber) -> Bool {
        let scale = max(a.scale, b.scale)
        return a.mantissa(atScale: scale) == b.mantissa(atScale: scale)
    }

    /// The Comercio Exterior complement's `TotalUSD` against the USD value of the pedimento it left
    /// under: the CFDI that name exactly one pedimento (`CFDIHoldings`), added up by pedimento (an export consolidated
    /// under one pedimento has several), compared with the pedimento's USD value (its latest
    /// rectification's) within `usdTolerance`. CFDI naming a pedimento that is not among the year's
    /// exports are left to the rest of reconciliation.
    public static func dollars(_ holdings: CFDIHoldings, pedimentos: [EffectivePedimento], rules: ReconciliationRules) -> [ReconciliationItem] {
        var byNumber: [PedimentoNumber: Int] = [:]
        for (index, pedimento) in pedimentos.enumerated() where byNumber[pedimento.original.number] == nil {
            byNumber[pedimento.original.number] = index
        }
        var groups: [Int: (total: Int128, first: CFDIHoldings.ForeignTradeLine, count: Int)] = [:]
        for line in holdings.foreignTrade {
            guard let index = byNumber[line.pedimento] else { continue }
            let centavos = RoundingRule.halfAwayFromZero.round(line.totalUSD, toScale: 2)
            if let group = groups[index] {
                groups[index] = (group.total + centavos, group.first, group.count + 1)
            } else {
                groups[index] = (centavos, line, 1)
            }
        }
        var items: [ReconciliationItem] = []
        for (index, group) in groups.sorted(by: { $0.key < $1.key }) {
            let pedimento = pedimentos[index].current
            let declared = Int128(pedimento.valueUSD.centavos)
            guard rules.dollarsDisagree(invoiced: group.total, declared: declared) else { continue }
            func cents(_ value: Int128) -> String { DecimalNumber(mantissa: Int64(clamping: value), scale: 2).description }
            items.append(
                ReconciliationItem(
                    code: .cfdiUSDDifference,
                    message:
                        "pedimento \(pedimento.number) declares USD \(cents(declared)); the TotalUSD of the \(group.count) CFDI naming it add up to \(cents(group.total))",
                    hint: "check the CFDI's Comercio Exterior TotalUSD and the pedimento's USD value",
                    pedimento: .init(id: pedimento.number.digits, location: pedimento.location), invoiceAmount: cents(group.total),
                    pedimentoAmount: cents(declared), difference: cents(group.total - declared), currency: "USD",
                    cfdi: .init(id: group.first.uuid.value, location: group.first.location)))
        }
        return items
    }

    /// The CFDI the SAT's Data Stage names for each export (505 `NumeroFactura`: an A1's CFDI UUID)
    /// against the CFDI of the packages: a UUID no package holds is listed at its pedimento.
    public static func dataStageInvoices(_ pedimentos: [ExportPedimento], holdings: CFDIHoldings) -> [ReconciliationItem] {
        pedimentos.compactMap { pedimento in
            guard pedimento.origin == .dataStage, let uuid = pedimento.invoiceUUID, !holdings.holds(uuid) else { return nil }
            return ReconciliationItem(
                code: .dataStageInvoiceWithoutCFDI,
                message: "pedimento \(pedimento.number) names CFDI \(uuid) in the Data Stage (505), which none of cfdi/'s packages holds",
                hint: "download the CFDI's period from the SAT, or check the invoice on the pedimento",
                pedimento: .init(id: pedimento.number.digits, location: pedimento.location), cfdi: .init(id: uuid.value, location: pedimento.location))
        }
    }
}
