import TestSupport
import Testing

@testable import IMMEXDomain

@Suite("Rounding to centavos")
struct RoundingTests {
    // (numerator, denominator, half away from zero, half even)
    @Test(
        "on .5 edges of both signs",
        arguments: [
            (5, 10, 1, 0), (15, 10, 2, 2), (25, 10, 3, 2), (-5, 10, -1, 0), (-15, 10, -2, -2), (-25, 10, -3, -2),
            (4, 10, 0, 0), (6, 10, 1, 1), (-4, 10, 0, 0), (-6, 10, -1, -1), (0, 10, 0, 0), (10, 10, 1, 1),
            (1_005, 1_000, 1, 1), (1_500, 1_000, 2, 2), (-1_500, 1_000, -2, -2), (2_500, 1_000, 3, 2),
        ] as [(Int, Int, Int, Int)])
    func halfEdges(numerator: Int, denominator: Int, awayFromZero: Int, even: Int) {
        #expect(RoundingRule.halfAwayFromZero.divide(Int128(numerator), by: Int128(denominator)) == Int128(awayFromZero))
        #expect(RoundingRule.halfEven.divide(Int128(numerator), by: Int128(denominator)) == Int128(even))
    }

    @Test("past 64 bits the quotient rounds as within them: the same halves, scaled up")
    func wideQuotients() {
        let wide = Int128(Int64.max) * 1_000  // every numerator below is past Int64
        for (numerator, denominator) in [(5, 10), (15, 10), (25, 10), (-25, 10), (4, 10), (-6, 10), (1_005, 1_000)] as [(Int128, Int128)] {
            for rule in RoundingRule.allCases {
                let small = rule.divide(numerator, by: denominator)
                // (n × w) ÷ (d × w) is the same fraction, so it rounds to the same integer.
                #expect(rule.divide(numerator * wide, by: denominator * wide) == small, "\(rule) \(numerator)/\(denominator)")
                // And w + n/d over a small denominator (n ≥ 0, so the sign, and the half's direction, stay): w more.
                if numerator >= 0 {
                    #expect(rule.divide(numerator + wide * denominator, by: denominator) == small + wide, "\(rule) \(numerator)/\(denominator) + w")
                }
            }
        }
    }

    @Test(
        "a decimal brought to 2 places",
        arguments: [
            ("0.005", "0.01"), ("-0.005", "-0.01"), ("0.004999", "0.00"), ("-0.004999", "0.00"), ("2.675", "2.68"),
            ("-2.675", "-2.68"), ("1.2", "1.20"),
        ])
    func decimals(text: String, expected: String) throws {
        let value = try DecimalNumber.parse(text).get()
        let centavos = RoundingRule.halfAwayFromZero.round(value, toScale: 2)
        #expect(DecimalNumber(mantissa: Int64(centavos), scale: 2).description == expected)
    }

    @Test(
        "per invoice: (subtotal − discount) × TipoCambio, rounded once",
        arguments: [
            // 100.005 × 1 → half a centavo: away from zero.
            ("100.005", "0", "1", "100.01"),
            // 1234.56 USD × 17.123456 = 21139.933839... → 21139.93
            ("1234.56", "0", "17.123456", "21139.93"),
            // 1.5 × 0.333333 = 0.4999995 → 0.50 (rounded once, not twice)
            ("1.5", "0", "0.333333", "0.50"),
            // 0.5 × 0.01 = 0.005 → 0.01
            ("0.5", "0", "0.01", "0.01"),
            // 1000.00 − 10.50 = 989.50 × 20.5 = 20284.75
            ("1000.00", "10.50", "20.5", "20284.75"),
            // 3.333333 × 3 = 9.999999 → 10.00
            ("3.333333", "0", "3", "10.00"),
        ])
    func invoiceConversion(subtotal: String, discount: String, rate: String, expected: String) throws {
        let invoice = SalesInvoice(
            uuid: InvoiceUUID("6F9619FF-8B86-D011-B42D-00C04FC964FF")!, issuedOn: CalendarDate(year: 2025, month: 1, day: 2)!,
            type: .income, status: .active, customerRFC: .genericForeign, customerCountry: CountryCode("USA"),
            exportCode: .definitiveA1, currency: .usd, exchangeRate: ExchangeRate(try DecimalNumber.parse(rate).get())!,
            subtotal: try DecimalNumber.parse(subtotal).get(), discount: try DecimalNumber.parse(discount).get(),
            totalUSD: nil, pedimentos: [], location: SourceLocation(file: "t"))
        #expect(invoice.netPesos(rounding: .halfAwayFromZero)?.decimalString == expected)
    }

    @Test("per invoice, the 64-bit difference gives what the 128-bit one gives, for every pairing of decimals, both rules")
    func invoiceConversionWidths() throws {
        let subtotals = ["0", "0.5", "100.005", "1234.56", "989.5", "92233720368.547758", "9223372036854775807", "-5.25"]
        let discounts = ["0", "0.00", "0.000000", "10.50", "0.005", "1234.56", "-9223372036854775807", "9223372036854775807"]
        let rates = ["1", "0.333333", "17.123456", "20.5"]
        for rule in RoundingRule.allCases {
            for subtotal in subtotals {
                for discount in discounts {
                    for rate in rates {
                        let (s, d) = (try DecimalNumber.parse(subtotal).get(), try DecimalNumber.parse(discount).get())
                        let r = ExchangeRate(try DecimalNumber.parse(rate).get())!
                        // The widened way, spelled out: both sides at the larger scale, in 128 bits.
                        let scale = max(s.scale, d.scale)
                        let net = s.mantissa(atScale: scale) - d.mantissa(atScale: scale)
                        let expected = Int64(exactly: net).flatMap { Conversion.pesos(DecimalNumber(mantissa: $0, scale: scale), at: r, rounding: rule) }
                        let got = SalesInvoice.netPesos(subtotal: s, discount: d, exchangeRate: r, rounding: rule)
                        #expect(got == expected, "(\(subtotal) − \(discount)) × \(rate), \(rule)")
                    }
                }
            }
        }
        #expect(Int128.power10(0) == 1 && Int128.power10(18) == 1_000_000_000_000_000_000)
        #expect(Int128.power10(19) == Int128(1_000_000_000_000_000_000) * 10 && Int128.power10(38) == Int128.power10(37) * 10)
        for exponent in 1...38 { #expect(Int128.power10(exponent) == Int128.power10(exponent - 1) * 10) }
    }

    @Test("at a rate of six or five decimals, centavos converted in 64 bits round as the 128-bit division does, halves and signs included")
    func sixDecimalRates() {
        var numbers = SeededNumbers(seed: 8)
        // Random amounts and rates, amounts whose product ends in exactly half a centavo, and
        // amounts too large for the product to fit 64 bits (converted the wide way).
        var pairs: [(Int64, Int64)] = (0..<5_000).map { _ in
            (Int64(numbers.next(1_000_000_000)) - 100_000, Int64(1 + numbers.next(99_999_999)))
        }
        pairs += [
            (1, 500_000), (-1, 500_000), (3, 500_000), (-3, 500_000), (5, 100_000), (1, 50_000), (-1, 50_000), (0, 17_123_456),
            (Int64.max / 2, 20_000_000),
        ]
        for rule in RoundingRule.allCases {
            for (centavos, rateMantissa) in pairs {
                let amount = DecimalNumber(mantissa: centavos, scale: 2)
                for (rateScale, divisor) in [(6, 1_000_000), (5, 100_000)] as [(Int, Int128)] {
                    let rate = ExchangeRate(DecimalNumber(mantissa: rateMantissa, scale: rateScale))!
                    let wide = Int64(exactly: rule.divide(Int128(centavos) * Int128(rateMantissa), by: divisor)).map { Money<MXN>(centavos: $0) }
                    #expect(Conversion.pesos(amount, at: rate, rounding: rule) == wide, "\(centavos) × \(rateMantissa) at \(rateScale), \(rule)")
                }
                #expect(rule.divide(Int64(centavos), by: 1_000) == Int64(rule.divide(Int128(centavos), by: 1_000)))
            }
        }
    }

    @Test(
        "pesos to dollars at a pedimento rate",
        arguments: [
            // 20000.00 / 20.00000 = 1000.00
            (2_000_000, "20.00000", 100_000),
            // 100.00 / 3 = 33.333.. → 33.33
            (10_000, "3", 3_333),
            // 0.05 / 2 = 0.025 → 0.03
            (5, "2", 3),
            // −0.05 / 2 = −0.025 → −0.03
            (-5, "2", -3),
        ] as [(Int64, String, Int64)])
    func dollars(centavos: Int64, rate: String, expected: Int64) throws {
        let result = Conversion.dollars(Money(centavos: centavos), at: ExchangeRate(try DecimalNumber.parse(rate).get())!, rounding: .halfAwayFromZero)
        #expect(result?.centavos == expected)
    }
}
