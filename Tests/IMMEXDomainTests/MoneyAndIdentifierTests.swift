import Foundation
import TestSupport
import Testing

@testable import IMMEXDomain

@Suite("Money and identifiers")
struct MoneyAndIdentifierTests {
    @Test(
        "money prints the Mexican way",
        arguments: [
            (123_456_789, "$1,234,567.89"), (0, "$0.00"), (5, "$0.05"), (-1_200, "-$12.00"), (100_000_000, "$1,000,000.00"),
        ] as [(Int64, String)])
    func formatting(centavos: Int64, expected: String) {
        #expect(Money<MXN>(centavos: centavos).formatted == expected)
    }

    @Test("money from a decimal is exact or refused")
    func exactMoney() throws {
        #expect(Money<MXN>(exactly: try DecimalNumber.parse("12.5").get())?.centavos == 1_250)
        #expect(Money<MXN>(exactly: try DecimalNumber.parse("12.501").get()) == nil)
    }

    @Test(
        "RFC shapes",
        arguments: [
            ("MFN180523QX4", true), ("XEXX010101000", true), ("GODE561231GR8", true), ("ABC011301AB1", false),
            ("AB0101011234", false), ("MFN180523QX", false), ("mfn180523qx4", true), ("ÑAB010101AB1", true),
        ])
    func rfc(text: String, valid: Bool) {
        #expect((RFC(text) != nil) == valid)
    }

    @Test(
        "an RFC reads back as written, upper case, Ñ and & included, and is the same RFC from text or bytes",
        arguments: [
            "MFN180523QX4", "GODE561231GR8", "mfn180523qx4", "ÑAB010101AB1", "ÑÑÑÑ010101AB1", "A&B010101AB1", "XEXX010101000",
        ])
    func rfcText(text: String) throws {
        let rfc = try #require(RFC(text))
        #expect(rfc.value == text.uppercased())
        #expect(rfc.description == text.uppercased())
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            let upper = Array(text.uppercased().utf8)
            let fromBytes = upper.withUnsafeBufferPointer { RFC(asciiUppercase: $0) }
            #expect(fromBytes == rfc)
            #expect(fromBytes?.hashValue == rfc.hashValue)
        }
        #expect((rfc == .genericForeign) == (text == "XEXX010101000"))
        #expect(RFC("XEXX010101000")!.isGenericForeign && !RFC("XAXX010101000")!.isGenericForeign)
        // A 13-character RFC is not the 12-character one it begins with.
        #expect(RFC("ABC010101AB1") != RFC("ABCD010101AB1"))
        // A letter with a combining mark is no letter of the shape (and stops nothing).
        #expect(RFC("AB\u{0301}C010101AB1") == nil && RFC("ABC010101A\u{0301}B1") == nil)
    }

    @Test("the constants given packed are the codes their names say")
    func packedConstants() throws {
        #expect(RFC.genericForeign == RFC("XEXX010101000"))
        #expect(RFC.genericForeign.value == "XEXX010101000")
        #expect(RFC.genericDomestic == RFC("XAXX010101000"))
        #expect(RFC.genericDomestic.value == "XAXX010101000")
        #expect(try #require(RFC("XEXX010101000")).isGenericForeign)
        #expect(!(try #require(RFC("XAXX010101000")).isGenericForeign))
        #expect(CurrencyCode.mxn == CurrencyCode("MXN") && CurrencyCode.mxn.value == "MXN")
        #expect(CurrencyCode.usd == CurrencyCode("USD") && CurrencyCode.usd.value == "USD")
        #expect(CountryCode.mexico == CountryCode("MEX") && CountryCode.mexico.value == "MEX")
        #expect(ExchangeRate.one == ExchangeRate(DecimalNumber(mantissa: 1, scale: 0)))
    }

    @Test("an RFC read from bytes, a word at a time, is accepted exactly where the rule byte by byte accepts it")
    func rfcFromBytes() {
        /// The fast path's rule, one byte at a time.
        func reference(_ bytes: [UInt8]) -> Bool {
            guard bytes.count == 12 || bytes.count == 13 else { return false }
            let letters = bytes.count - 9
            func isLetter(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) || b == UInt8(ascii: "&") }
            func isDigit(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) }
            guard bytes[..<letters].allSatisfy(isLetter), bytes[letters..<(letters + 6)].allSatisfy(isDigit),
                bytes[(letters + 6)..<(letters + 8)].allSatisfy({ isLetter($0) || isDigit($0) }),  // (as the checked path: "&" too)
                isDigit(bytes[letters + 8]) || bytes[letters + 8] == UInt8(ascii: "A")
            else { return false }
            let month = Int(bytes[letters + 2] - 0x30) * 10 + Int(bytes[letters + 3] - 0x30)
            let day = Int(bytes[letters + 4] - 0x30) * 10 + Int(bytes[letters + 5] - 0x30)
            return (1...12).contains(month) && (1...31).contains(day)
        }
        var numbers = SeededNumbers(seed: 13)
        let near: [UInt8] = Array("&AZ09@[/:`a".utf8) + [0x00, 0x7F, 0x80, 0xC3, 0xD1, 0xFF]
        var accepted = 0
        for round in 0..<40_000 {
            // A well-formed RFC of 12 or 13, then (mostly) a byte or two changed, or one added or dropped.
            let letters = 3 + numbers.next(2)
            var bytes = (0..<letters).map { _ in numbers.next(27) == 26 ? UInt8(ascii: "&") : UInt8(0x41 + numbers.next(26)) }
            let date = String(format: "%02d%02d%02d", numbers.next(100), 1 + numbers.next(13), numbers.next(33))
            bytes += Array(date.utf8)
            bytes += (0..<2).map { _ in numbers.next(2) == 0 ? UInt8(0x30 + numbers.next(10)) : UInt8(0x41 + numbers.next(26)) }
            bytes.append(numbers.next(5) == 0 ? UInt8(ascii: "A") : UInt8(0x30 + numbers.next(10)))
            for _ in 0..<numbers.next(3) { bytes[numbers.next(bytes.count)] = near[numbers.next(near.count)] }
            if numbers.next(10) == 0 { bytes.insert(UInt8(0x41 + numbers.next(26)), at: numbers.next(bytes.count + 1)) }
            if numbers.next(10) == 0 { bytes.remove(at: numbers.next(bytes.count)) }
            let read = bytes.withUnsafeBufferPointer { RFC(asciiUppercase: $0) }
            #expect((read != nil) == reference(bytes), "round \(round): \(bytes)")
            if let read {
                #expect(Array(read.value.utf8) == bytes)
                accepted += 1
            }
        }
        // Both outcomes were met often.
        #expect(accepted > 5_000 && accepted < 35_000, "\(accepted)")
    }

    @Test("pedimento numbers keep 15 digits, spaces optional")
    func pedimento() throws {
        let number = try #require(PedimentoNumber("25  24  3421  5000123"))
        #expect(number.digits == "252434215000123")
        #expect(number.customsOffice == "24")
        #expect(number.patent == "3421")
        #expect(number.sequence == "5000123")
        #expect(number.cfdiForm == "25  24  3421  5000123")
        #expect(PedimentoNumber("25243421500012") == nil)
        #expect(PedimentoNumber("2524342150001234") == nil)
        #expect(PedimentoNumber("25243421500012A") == nil)
    }

    @Test("a location with or without line and column prints, compares and changes as written")
    func locations() {
        var location = IMMEXDomain.SourceLocation(file: "sales.csv")
        #expect(location.line == nil && location.column == nil && location.description == "sales.csv")
        location.line = 7
        #expect(location.description == "sales.csv:7" && location.column == nil)
        location.column = 12
        #expect(location.description == "sales.csv:7:12")
        #expect(location == IMMEXDomain.SourceLocation(file: "sales.csv", line: 7, column: 12))
        #expect(location != IMMEXDomain.SourceLocation(file: "sales.csv", line: 7))
        #expect(IMMEXDomain.SourceLocation(file: "sales.csv") < location)
        location.line = nil
        #expect(location.line == nil && location.column == 12)
        #expect(IMMEXDomain.SourceLocation(file: "a", line: Int.max, column: 1).line == Int.max)
    }

    @Test("pedimento numbers and customs sections keep their leading zeros, order as text, and agree on the office")
    func pedimentoNumbersAndSections() throws {
        let number = try #require(PedimentoNumber("05  07  0001  5000123"))
        #expect(number.digits == "050700015000123" && number.description == "050700015000123")
        #expect(number.customsOffice == "07" && number.customsOfficeCode == 7 && number.patent == "0001" && number.sequence == "5000123")
        #expect(number.cfdiForm == "05  07  0001  5000123")
        #expect(PedimentoNumber(validDigits: "050700015000123") == number && PedimentoNumber(packed: number.packed) == number)
        let bytes = Array("050700015000123".utf8)
        #expect(bytes.withUnsafeBufferPointer(PedimentoNumber.init(asciiDigits:)) == number)
        // Read eight bytes at a time: every digit at every place, and every other byte value at
        // every place, agree with the text reading (which refuses all but digits, and a space leaves 14).
        var numbers = SeededNumbers(seed: 15)
        for place in 0..<15 {
            for value in 0...255 {
                var digits = (0..<15).map { _ in UInt8(ascii: "0") + UInt8(numbers.next(10)) }
                digits[place] = UInt8(value)
                let read = digits.withUnsafeBufferPointer(PedimentoNumber.init(asciiDigits:))
                #expect(read == PedimentoNumber(String(decoding: digits, as: UTF8.self)), "\(digits) at \(place)")
            }
        }
        for extreme in ["000000000000000", "999999999999999", "123456789012345"] {
            #expect(Array(extreme.utf8).withUnsafeBufferPointer(PedimentoNumber.init(asciiDigits:))?.digits == extreme)
        }
        for short in ["05070001500012", "0507000150001234"] { #expect(Array(short.utf8).withUnsafeBufferPointer(PedimentoNumber.init(asciiDigits:)) == nil) }
        let sorted = ["250700015000123", "050700015000124", "000000000000001"].compactMap { PedimentoNumber($0) }.sorted()
        #expect(sorted.map(\.digits) == ["000000000000001", "050700015000124", "250700015000123"])
        let section = try #require(CustomsSection("070"))
        #expect(section.digits == "070" && section.description == "070" && section.customsOffice == "07" && section.customsOfficeCode == 7)
        #expect(section.customsOfficeCode == number.customsOfficeCode)
        #expect(Array("070".utf8).withUnsafeBufferPointer(CustomsSection.init(asciiDigits:)) == section)
        for bad in ["70", "0700", "07a", ""] { #expect(CustomsSection(bad) == nil, "\(bad)") }
        #expect(CustomsSection("240")! > section)
    }

    @Test("country and currency codes: three capitals, kept as written, ordered as text")
    func threeLetterCodes() {
        for code in ["USA", "DEU", "MEX", "AAA", "ZZZ"] {
            #expect(CountryCode(code)?.value == code && CountryCode(code)?.description == code)
            #expect(CurrencyCode(code)?.value == code)
            #expect(Array(code.utf8).withUnsafeBufferPointer(CountryCode.init(ascii:)) == CountryCode(code))
        }
        for bad in ["usa", "US", "USAA", "", "U1A", "ÑAB"] {
            #expect(CountryCode(bad) == nil && CurrencyCode(bad) == nil, "\(bad)")
        }
        #expect(CountryCode.mexico.value == "MEX" && CurrencyCode.mxn.value == "MXN" && CurrencyCode.usd == CurrencyCode("USD"))
        #expect(["USA", "CAN", "DEU", "CHN"].compactMap { CountryCode($0) }.sorted().map(\.value) == ["CAN", "CHN", "DEU", "USA"])
    }

    @Test("pedimento keys: two capitals or digits, kept as written, ordered as text")
    func pedimentoKeys() {
        for code in ["A1", "R1", "K1", "V1", "GC", "CT", "RT", "BB", "F4", "H1", "00", "ZZ"] {
            #expect(PedimentoKey(code)?.code == code && PedimentoKey(code)?.description == code)
        }
        for code in ["a1", "A", "A1A", "", "Ñ1", "A-", " A", "1a"] { #expect(PedimentoKey(code) == nil, "\(code)") }
        let keys = ["V1", "A1", "K1", "GC", "10"].compactMap { PedimentoKey($0) }
        #expect(keys.sorted().map(\.code) == ["10", "A1", "GC", "K1", "V1"])
        #expect(Set(["A1", "A1", "R1"].compactMap { PedimentoKey($0) }).count == 2)
    }

    @Test("UUIDs in either case are the same invoice")
    func uuid() {
        #expect(InvoiceUUID("6f9619ff-8b86-d011-b42d-00c04fc964ff") == InvoiceUUID("6F9619FF-8B86-D011-B42D-00C04FC964FF"))
        #expect(InvoiceUUID("6F9619FF8B86D011B42D00C04FC964FF") == nil)
        #expect(InvoiceUUID("6F9619FF-8B86-D011-B42D-00C04FC964FG") == nil)
        // Any 128 bits print and read back, in either case.
        var random: UInt64 = 99
        for _ in 0..<2_000 {
            random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let uuid = InvoiceUUID(high: random, low: random.byteSwapped ^ 0x5DEE_CE66_D1CE_4E5B)
            #expect(InvoiceUUID(uuid.value) == uuid && InvoiceUUID(uuid.value.lowercased()) == uuid, "\(uuid)")
        }
    }

    @Test("every position of a UUID: each byte value is accepted exactly when it is a hex digit (or the dash in its place)")
    func uuidEveryByte() throws {
        let good = Array("0123ABCD-ef45-6789-AbCd-0123456789ef".utf8)
        let reference = try #require(InvoiceUUID(String(decoding: good, as: UTF8.self)))
        #expect(reference.high == 0x0123_ABCD_EF45_6789 && reference.low == 0xABCD_0123_4567_89EF)
        let hex = Set("0123456789abcdefABCDEF".utf8)
        for position in good.indices {
            for byte in UInt8.min...UInt8.max {
                var bytes = good
                bytes[position] = byte
                let parsed = bytes.withUnsafeBufferPointer(InvoiceUUID.init(utf8:))
                let isDashPlace = [8, 13, 18, 23].contains(position)
                let shouldParse = isDashPlace ? byte == UInt8(ascii: "-") : hex.contains(byte)
                #expect((parsed != nil) == shouldParse, "byte \(byte) at \(position)")
                if let parsed, !isDashPlace {
                    // The digit lands in its own nibble: compare with a parse of the text by Int.
                    let digits = bytes.filter { $0 != UInt8(ascii: "-") }
                    let high = UInt64(String(decoding: digits[0..<16], as: UTF8.self), radix: 16)
                    let low = UInt64(String(decoding: digits[16..<32], as: UTF8.self), radix: 16)
                    #expect(parsed.high == high && parsed.low == low, "byte \(byte) at \(position)")
                }
            }
        }
    }

    @Test(
        "dates: plain, CFDI date-time, Data Stage date-time; impossible days refused",
        arguments: [
            ("2025-03-14", "2025-03-14"), ("2025-03-14T10:22:05", "2025-03-14"), ("2025-03-14 10:22:05", "2025-03-14"),
            ("2024-02-29", "2024-02-29"), ("2025-02-29", nil), ("2025-13-01", nil), ("14/03/2025", nil),
            ("2025-03-14T25:00:00", nil), ("2025-3-14", nil),
        ] as [(String, String?)])
    func dates(text: String, expected: String?) {
        #expect(CalendarDate.parse(text)?.description == expected)
    }

    @Test("dates: every byte at every place of a date and a date-time reads as a plain reading of the digits does")
    func datesByteByByte() {
        /// The rule spelled out the slow way: digits where digits go, the separators, a time of day.
        func reference(_ bytes: [UInt8]) -> CalendarDate? {
            guard bytes.count == 10 || bytes.count == 19 else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                guard range.allSatisfy({ (0x30...0x39).contains(bytes[$0]) }) else { return nil }
                return Int(String(decoding: bytes[range], as: UTF8.self))
            }
            guard bytes[4] == 0x2D, bytes[7] == 0x2D, let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
            if bytes.count == 19 {
                guard bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "), bytes[13] == 0x3A, bytes[16] == 0x3A,
                    let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
                    hour < 24, minute < 60, second < 60
                else { return nil }
            }
            return CalendarDate(year: year, month: month, day: day)
        }
        // Dates and times at random, many of them impossible (month 13, day 32, hour 24, 29 February).
        var state: UInt64 = 2_024
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            func field(_ shift: UInt64, _ bound: UInt64, _ width: Int) -> String {
                let text = String((state >> shift) % bound)
                return String(repeating: "0", count: max(0, width - text.count)) + text
            }
            var text = field(3, 10_000, 4) + "-" + field(17, 14, 2) + "-" + field(23, 33, 2)
            if state >> 63 == 1 { text += ((state >> 30) % 2 == 0 ? "T" : " ") + field(33, 25, 2) + ":" + field(40, 61, 2) + ":" + field(48, 61, 2) }
            let bytes = Array(text.utf8)
            let parsed = bytes.withUnsafeBufferPointer { CalendarDate.parse(utf8: $0) }
            #expect(parsed == reference(bytes), "\(text)")
        }
        let probes: [UInt8] = [0x00, 0x20, 0x2D, 0x2F, 0x30, 0x31, 0x32, 0x35, 0x36, 0x39, 0x3A, 0x3B, 0x54, 0x74, 0x7F, 0x80, 0xB0, 0xFF]
        for text in ["2024-02-29", "2025-12-31T23:59:59", "0001-01-01 00:00:00"] {
            let original = Array(text.utf8)
            for position in original.indices {
                for byte in probes {
                    var bytes = original
                    bytes[position] = byte
                    let parsed = bytes.withUnsafeBufferPointer { CalendarDate.parse(utf8: $0) }
                    #expect(parsed == reference(bytes), "\(String(decoding: bytes, as: UTF8.self)) (byte \(byte) at \(position))")
                }
            }
        }
    }

    @Test("a pedimento keeps its optional numbers and value added, set and cleared, in 128 bytes")
    func pedimentoOptionals() {
        var pedimento = Build.pedimento("252434215000123", key: "K1", usd: 100, mxn: 2_000)
        #expect(MemoryLayout<ExportPedimento>.stride == 128)
        #expect(MemoryLayout<EffectivePedimento>.stride == 16)
        #expect(pedimento.rectifies == nil && pedimento.returns == nil && pedimento.valueAddedMXN == nil)
        let cleared = pedimento
        pedimento.rectifies = PedimentoNumber("000000000000000")
        pedimento.returns = PedimentoNumber("999999999999999")
        pedimento.valueAddedMXN = .zero
        #expect(pedimento.rectifies?.digits == "000000000000000" && pedimento.returns?.digits == "999999999999999")
        #expect(pedimento.valueAddedMXN == .zero && pedimento != cleared)
        pedimento.valueAddedMXN = Money(centavos: -5)
        #expect(pedimento.valueAddedMXN?.centavos == -5)
        (pedimento.rectifies, pedimento.returns, pedimento.valueAddedMXN) = (nil, nil, nil)
        #expect(pedimento == cleared && pedimento.hashValue == cleared.hashValue)
        let built = Build.pedimento("252434215000123", key: "K1", usd: 100, mxn: 2_000, valueAdded: 7, rectifies: "252434215000001")
        #expect(built.valueAddedMXN?.centavos == 7 && built.rectifies?.digits == "252434215000001")
    }

    @Test("a pedimento list holds none, one or several, in order, and equal lists are equal however made")
    func pedimentoLists() {
        let numbers = ["252434215000123", "252434215000124", "012434215000125"].map { PedimentoNumber($0)! }
        for count in 0...3 {
            let list = PedimentoList(Array(numbers.prefix(count)))
            #expect(Array(list) == Array(numbers.prefix(count)))
            #expect(list.count == count && list.isEmpty == (count == 0))
            #expect(list.first == numbers.prefix(count).first)
        }
        #expect(PedimentoList(numbers[0]) == [numbers[0]])
        #expect(PedimentoList(numbers[0]).hashValue == PedimentoList([numbers[0]]).hashValue)
        #expect(PedimentoList([]) == [] && PedimentoList(numbers[2]) != [numbers[0]])
        #expect(PedimentoList(numbers[2])[0].digits == "012434215000125")  // leading zero kept
    }
}
