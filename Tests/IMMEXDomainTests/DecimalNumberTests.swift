import Testing

@testable import IMMEXDomain

@Suite("Strict decimal parsing")
struct DecimalNumberTests {
    @Test(
        "accepts the plain grammar",
        arguments: [
            ("0", 0, 0), ("12", 12, 0), ("12.5", 125, 1), ("-12.50", -1250, 2), ("1234567.891234", 1_234_567_891_234, 6),
            ("0.000001", 1, 6),
        ])
    func accepts(text: String, mantissa: Int64, scale: Int) throws {
        let value = try DecimalNumber.parse(text).get()
        #expect(value.mantissa == mantissa)
        #expect(value.scale == scale)
    }

    @Test(
        "refuses what Foundation.Decimal would half-read",
        arguments: [
            "12abc", "1,234.50", "$12.00", "1e5", " 12", "12.", ".5", "--1", "1.2.3", "", "-", "١٢",
        ])
    func refuses(text: String) {
        #expect(throws: DecimalParseError.self) { try DecimalNumber.parse(text).get() }
    }

    @Test("names the offending character and its position")
    func explainsCharacter() {
        guard case .failure(let error) = DecimalNumber.parse("12a4") else {
            Issue.record("12a4 was accepted")
            return
        }
        #expect(error == .unexpectedCharacter("a", offset: 2))
        #expect(error.explanation.description.contains("position 3"))
    }

    @Test("the fast reading gives parse's value, or nil exactly where parse fails", arguments: [0, 2, 6, 18])
    func fastReadingAgrees(maximumScale: Int) {
        var texts = [
            "", "-", ".", "-.", "0", "-0", "00", "0.0", "1.", ".5", "-.5", "1..2", "1.2.3", "--1", "+1", " 1", "1 ",
            "12.3400", "12.3401", "0.000000", "123456789012345678", "999999999999999999", "-99999999999999999",
            "9999999999999999999", "99999999999999999.9", "9223372036854775807", "9223372036854775808",
            "0.123456789012345678", "1.0000000000000000000", "1e5", "١٢",
            // Around the word-at-a-time reading's edges: 8 to 16 bytes, the point among the first eight, 1 to 8 decimals.
            "12345678", "1234567.8", "1.2345678", "1.23456789", "1.234567890", "1234567.12345678", "0000000.00000000",
            "12345678.1", "1234567890123456", "-234567.8", "1234.56x8", "1234.5678.", "12.4\u{0}5678", "9999999.99999999",
        ]
        // And a spread of short strings over the bytes that matter.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let alphabet = Array("0123456789.-0000".utf8) + [0x20, 0x2F, 0x3A, 0x00, 0xFF]
        for _ in 0..<4_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 59) % 21  // 0...20: most take the unchecked sum
            var bytes: [UInt8] = []
            for place in 0..<length {
                let pick = (state >> UInt64((place * 7) % 56)) ^ UInt64(place &* 31)
                bytes.append(alphabet[Int(pick % UInt64(alphabet.count))])
            }
            texts.append(String(decoding: bytes, as: UTF8.self))
        }
        // And amounts as extracts write them, digits around a point, some signed, some broken.
        for _ in 0..<6_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let integer = String(state % 1_000_000_000_000).prefix(Int(state >> 60) % 14)
            let fraction = String((state >> 20) % 100_000_000).prefix(Int(state >> 40) % 9)
            var text = (state >> 35) % 7 == 0 ? "-" : ""
            text += integer
            if (state >> 30) % 5 != 0 { text += "." + fraction }
            if (state >> 45) % 11 == 0 { text += "." }
            if (state >> 50) % 13 == 0 { text = "." + text }
            texts.append(text)
        }
        for text in texts {
            var bytes = Array(text.utf8)
            let (fast, checked) = bytes.withUnsafeMutableBufferPointer { buffer in
                let view = UnsafeBufferPointer(buffer)
                return (DecimalNumber.value(utf8: view, maximumScale: maximumScale), DecimalNumber.parse(utf8: view, maximumScale: maximumScale))
            }
            switch checked {
            case .success(let value): #expect(fast == value, "\(text)")
            case .failure: #expect(fast == nil, "\(text)")
            }
        }
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
