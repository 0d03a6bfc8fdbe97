import Testing
@testable import IMMEXDomain

@Suite("Strict decimal parsing")
struct DecimalNumberTests {
    @Test("accepts the plain grammar", arguments: [
        ("0", 0, 0), ("12", 12, 0), ("12.5", 125, 1), ("-12.50", -1250, 2), ("1234567.891234", 1_234_567_891_234, 6),
        ("0.000001", 1, 6),
    ])
    func accepts(text: String, mantissa: Int64, scale: Int) throws {
        let value = try DecimalNumber.parse(text).get()
        #expect(value.mantissa == mantissa)
        #expect(value.scale == scale)
    }

    @Test("refuses what Foundation.Decimal would half-read", arguments: [
        "12abc", "1,234.50", "$12.00", "1e5", " 12", "12.", ".5", "--1", "1.2.3", "", "-", "١٢",
    ])
    func refuses(text: String) {
        #expect(throws: DecimalParseError.self) { try DecimalNumber.parse(text).get() }
    }

    @Test("names the offending character and its position")
    func explainsCharacter() {
        guard case let .failure(error) = DecimalNumber.parse("12a4") else {
            Issue.record("12a4 was accepted")
            return
        }
        #expect(error == .unexpectedCharacter("a", offset: 2))
        #expect(error.explanation.contains("position 3"))
    }

    @Test("extra decimals are allowed only when they are zeros")
    func trailingZeros() throws {
        #expect(try DecimalNumber.parse("1234.5000", maximumScale: 2).get() == DecimalNumber(mantissa: 123_450, scale: 2))
        #expect(throws: DecimalParseError.tooManyDecimals(found: 4, allowed: 2)) {
            try DecimalNumber.parse("1234.5001", maximumScale: 2).get()
        }
    }

    @Test("prints back as written", arguments: ["0.05", "-0.05", "12", "-1234.500000", "0.000001"])
    func roundTrip(text: String) throws {
        #expect(try DecimalNumber.parse(text).get().description == text)
    }

    @Test("refuses numbers that do not fit")
    func overflow() {
        #expect(throws: DecimalParseError.tooLarge) { try DecimalNumber.parse("99999999999999999999").get() }
    }
}
