import Testing

@testable import IMMEXDomain

@Suite("The checks of reconciliation, as the rules state them")
struct ReconciliationChecksTests {
    @Test("dollars: more than the tolerance apart disagree, the tolerance itself does not, either way round")
    func dollars() {
        let rules = ReconciliationRules()  // USD 1.00
        #expect(!rules.dollarsDisagree(invoiced: 100_000, declared: 100_100))
        #expect(rules.dollarsDisagree(invoiced: 100_000, declared: 100_101))
        #expect(rules.dollarsDisagree(invoiced: 100_101, declared: 100_000))
    }

    @Test("pesos: MXN 2.00 for each pedimento plus 2% of what they declare")
    func pesos() {
        let rules = ReconciliationRules()
        // Declared MXN 10,000.00: 2% is 200.00, plus 2.00 for one pedimento, 4.00 for two.
        #expect(!rules.pesosDisagree(invoiced: 1_000_000 + 20_200, declared: 1_000_000, pedimentos: 1))
        #expect(rules.pesosDisagree(invoiced: 1_000_000 + 20_201, declared: 1_000_000, pedimentos: 1))
        #expect(!rules.pesosDisagree(invoiced: 1_000_000 - 20_400, declared: 1_000_000, pedimentos: 2))
        // No pedimento still allows the one tolerance; a percent with decimals is exact.
        #expect(!rules.pesosDisagree(invoiced: 200, declared: 0, pedimentos: 0))
        var tight = ReconciliationRules()
        tight.mxnTolerancePercent = DecimalNumber(mantissa: 25, scale: 2)  // 0.25%
        #expect(!tight.pesosDisagree(invoiced: 1_002_700, declared: 1_000_000, pedimentos: 1))
        #expect(tight.pesosDisagree(invoiced: 1_002_701, declared: 1_000_000, pedimentos: 1))
    }

    @Test("dates: up to max_days_apart either way is close enough")
    func dates() throws {
        let rules = ReconciliationRules()  // 10 days
        let issued = try #require(CalendarDate(year: 2025, month: 3, day: 1)).daysSince1970
        #expect(rules.daysTooFarApart(paidOnDay: issued + 10, issuedOnDay: issued) == nil)
        #expect(rules.daysTooFarApart(paidOnDay: issued - 11, issuedOnDay: issued) == 11)
    }

    @Test("which invoices reconciliation looks at: sales that claim an export, name a pedimento, or go abroad")
    func relevance() throws {
        let uuid = try #require(InvoiceUUID("6F9619FF-8B86-D011-B42D-00C04FC964FF"))
        func invoice(_ type: CFDIType, _ code: ExportCode, rfc: String, pedimentos: [PedimentoNumber] = []) throws -> SalesInvoice {
            SalesInvoice(
                uuid: uuid, issuedOn: try #require(CalendarDate(year: 2025, month: 3, day: 1)), type: type, status: .active,
                customerRFC: try #require(RFC(rfc)), customerCountry: nil, exportCode: code, currency: .mxn, exchangeRate: .one,
                subtotal: DecimalNumber(mantissa: 100, scale: 0), discount: DecimalNumber(mantissa: 0, scale: 0), totalUSD: nil,
                pedimentos: PedimentoList(pedimentos), location: SourceLocation(file: "sales.csv", line: 2, column: 1))
        }
        let number = try #require(PedimentoNumber("252434215000001"))
        #expect(try invoice(.income, .definitiveA1, rfc: "ABC010101AB1").isExportRelevant)
        #expect(try invoice(.income, .notApplicable, rfc: "XEXX010101000").isExportRelevant)
        #expect(try invoice(.income, .notApplicable, rfc: "ABC010101AB1", pedimentos: [number]).isExportRelevant)
        #expect(try !invoice(.income, .notApplicable, rfc: "ABC010101AB1").isExportRelevant)
        #expect(try !invoice(.credit, .definitiveA1, rfc: "XEXX010101000").isExportRelevant)
    }
}
