import Testing

@testable import IMMEXDomain

@Suite("A CFDI as a sale of the year (CFDISales)")
struct CFDISalesTests {
    static let year = FiscalYear(2025)

    static func document(
        issued: String = "2025-06-10", type: CFDIType = .income, currency: String = "USD", rate: String? = "18.5",
        exportCode: ExportCode? = nil, trade: Bool = false, stamped: Bool = true, pedimentos: [String] = []
    ) -> CFDIDocument {
        CFDIDocument(
            version: exportCode == nil ? "3.3" : "4.0", issuedOn: CalendarDate.parse(issued)!, type: type,
            subtotal: DecimalNumber(mantissa: 100_000, scale: 2), discount: nil, total: DecimalNumber(mantissa: 100_000, scale: 2),
            currency: CurrencyCode(currency)!, exchangeRate: rate.map { try! DecimalNumber.parse($0, maximumScale: 6).get() }, exportCode: exportCode,
            issuerRFC: RFC("TFX010101AB1")!, receiverRFC: RFC("XEXX010101000")!, receiverResidence: "USA",
            uuid: stamped ? InvoiceUUID("6F9619FF-8B86-D011-B42D-00C04FC964FF")! : nil, related: [],
            foreignTrade: trade ? .init(version: "1.1", totalUSD: DecimalNumber(mantissa: 100_000, scale: 2), exchangeRateUSD: nil, pedimentoKey: nil) : nil,
            pedimentos: pedimentos.map { PedimentoNumber($0)! }, location: SourceLocation(file: "cfdi/p.zip!a.xml", line: 2, column: 1))
    }

    static func metadata(cancelled: String?) -> CFDIMetadata {
        CFDIMetadata(
            uuid: InvoiceUUID("6F9619FF-8B86-D011-B42D-00C04FC964FF")!, issuerRFC: RFC("TFX010101AB1")!, receiverRFC: RFC("XEXX010101000")!,
            issuedOn: CalendarDate.parse("2025-06-10")!, amount: DecimalNumber(mantissa: 1, scale: 0), type: .income, isActive: cancelled == nil,
            cancelledOn: cancelled.flatMap { CalendarDate.parse($0) }, location: SourceLocation(file: "cfdi/m.txt", line: 2))
    }

    func invoice(_ outcome: CFDISales.Outcome) -> SalesInvoice? {
        if case .invoice(let invoice) = outcome { return invoice }
        return nil
    }

    @Test("cancelled on the year's last day does not count; on the first day after, it counted in the year")
    func cancellationBoundary() throws {
        let document = Self.document(exportCode: .definitiveA1)
        #expect(invoice(CFDISales.outcome(of: document, metadata: Self.metadata(cancelled: "2025-12-31"), year: Self.year))?.status == .cancelled)
        #expect(invoice(CFDISales.outcome(of: document, metadata: Self.metadata(cancelled: "2026-01-01"), year: Self.year))?.status == .active)
        #expect(invoice(CFDISales.outcome(of: document, metadata: nil, year: Self.year))?.status == .active)
        // The SAT's status without a date is taken as it is: cancelled.
        #expect(invoice(CFDISales.outcome(of: document, metadata: Self.metadata(cancelled: "x"), year: Self.year))?.status == .cancelled)
    }

    @Test("a 3.3 export has no Exportacion: with its complement it is 02, without it 01; the residence is the country")
    func exportCodes() throws {
        let export = try #require(invoice(CFDISales.outcome(of: Self.document(trade: true), metadata: nil, year: Self.year)))
        #expect(export.exportCode == .definitiveA1 && export.customerCountry == CountryCode("USA") && export.totalUSD?.description == "1000.00")
        #expect(invoice(CFDISales.outcome(of: Self.document(trade: false), metadata: nil, year: Self.year))?.exportCode == .notApplicable)
        #expect(invoice(CFDISales.outcome(of: Self.document(exportCode: .temporary), metadata: nil, year: Self.year))?.exportCode == .temporary)
    }

    @Test("each concept names its pedimento: the numbers once each, in order")
    func pedimentosOnce() throws {
        let document = Self.document(pedimentos: ["252434215000101", "252434215000101", "252434215000102"])
        #expect(invoice(CFDISales.outcome(of: document, metadata: nil, year: Self.year))?.pedimentos.map(\.digits) == ["252434215000101", "252434215000102"])
        var holdings = CFDIHoldings()
        let first = holdings.hold(Self.document(trade: true, pedimentos: ["252434215000101", "252434215000101"]))
        #expect(first == .held)
        #expect(holdings.foreignTrade.map(\.pedimento.digits) == ["252434215000101"], "one pedimento named twice is one pedimento")
        let again = holdings.hold(Self.document(trade: true))
        #expect(again == .repeatedWithOtherFigures, "the same UUID again is held once; its pedimentos differ from the copy held")
        #expect(holdings.hold(Self.document(trade: true, pedimentos: ["252434215000101", "252434215000101"])) == .repeated)
        let uuid = try #require(Self.document(trade: true).uuid)
        #expect(holdings.foreignTrade.count == 1 && holdings.holds(uuid))
    }

    @Test("not stamped, another year, a sale in dollars without a rate; a payment in XXX needs none")
    func leftOut() {
        #expect(CFDISales.outcome(of: Self.document(stamped: false), metadata: nil, year: Self.year) == .notStamped)
        #expect(CFDISales.outcome(of: Self.document(issued: "2024-12-31"), metadata: nil, year: Self.year) == .outsideYear)
        #expect(CFDISales.outcome(of: Self.document(rate: nil), metadata: nil, year: Self.year) == .noExchangeRate)
        let payment = invoice(CFDISales.outcome(of: Self.document(type: .payment, currency: "XXX", rate: nil), metadata: nil, year: Self.year))
        #expect(payment?.exchangeRate == .one && payment?.type.countsAsSales == false)
    }
}
