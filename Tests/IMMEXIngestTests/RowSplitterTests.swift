import TestSupport
import Testing

@testable import IMMEXIngest

@Suite("Rows cut into fields straight from the bytes, sixteen bytes at a time")
struct RowSplitterTests {
    private static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")

    /// The rule of `RowSplitter.split` written out one byte at a time, field after field: where the
    /// next row starts and each field's bytes, or nil.
    private static func reference(_ bytes: [UInt8], from start: Int, fields: Int, refuses: Set<Int>) -> (next: Int, fields: [Range<Int>])? {
        let count = bytes.count
        var index = start
        var found: [Range<Int>] = []
        for position in 0..<fields {
            var fieldStart = index
            let fieldEnd: Int
            if index < count, bytes[index] == quote {
                index += 1
                fieldStart = index
                while true {
                    while index < count, bytes[index] != quote, bytes[index] != lf, bytes[index] != cr { index += 1 }
                    guard index < count, bytes[index] == quote else { return nil }
                    guard index + 1 < count, bytes[index + 1] == quote else { break }
                    guard !refuses.contains(position) else { return nil }
                    index += 2
                }
                fieldEnd = index
                index += 1
            } else {
                while index < count, bytes[index] != comma, bytes[index] != lf, bytes[index] != cr { index += 1 }
                fieldEnd = index
            }
            guard index < count else { return nil }
            let separator = bytes[index]
            if position < fields - 1 {
                guard separator == comma else { return nil }
                index += 1
            } else if separator == lf {
                index += 1
            } else {
                guard separator == cr, index + 1 < count, bytes[index + 1] == lf else { return nil }
                index += 2
            }
            found.append(fieldStart..<fieldEnd)
        }
        return (index, found)
    }

    @Test("every byte at every place of a 64-byte block is marked exactly when it is a comma, a quote or below 0x0E")
    func marks() {
        for filler in [UInt8(ascii: "a"), 0x20, 0xFF, 0x0E, 0x0D] {
            var block = [UInt8](repeating: filler, count: 64)
            for place in 0..<64 {
                for value in 0...255 {
                    block[place] = UInt8(value)
                    let expected = block.indices.reduce(UInt64(0)) { marks, lane in
                        let byte = block[lane]
                        return byte == Self.comma || byte == Self.quote || byte < 0x0E ? marks | 1 << UInt64(lane) : marks
                    }
                    let marks = block.withUnsafeBufferPointer { RowSplitter.marks($0.baseAddress!) }
                    #expect(marks == expected, "filler \(filler), place \(place), byte \(value)")
                }
                block[place] = filler
            }
        }
    }

    @Test("random rows split as the byte-at-a-time rule splits them, wherever they start and end in the bytes")
    func randomRows() {
        // Mostly letters, with every byte the rule looks at: separators, quotes, line ends, blanks, other controls.
        let alphabet: [UInt8] = Array("abcdefghij,,,\"\"\n\r \t".utf8) + [0x0B, 0x00, 0x0E, 0xC3]
        var numbers = SeededNumbers(seed: 7)
        var accepted = 0
        for round in 0..<30_000 {
            let fields = 1 + numbers.next(6)
            // Usually a well-formed row, then bytes changed at random places; sometimes bytes at random.
            var bytes: [UInt8] = Array(repeating: UInt8(ascii: "x"), count: numbers.next(20))
            if round % 4 == 0 {
                for _ in 0..<numbers.next(80) { bytes.append(alphabet[numbers.next(alphabet.count)]) }
            } else {
                for position in 0..<fields {
                    var field: [UInt8] = (0..<numbers.next(12)).map { _ in UInt8(ascii: "a") + UInt8(numbers.next(10)) }
                    if numbers.next(3) == 0 {
                        if numbers.next(3) == 0 { field.insert(contentsOf: [Self.quote, Self.quote], at: numbers.next(field.count + 1)) }
                        if numbers.next(3) == 0 { field.insert(Self.comma, at: numbers.next(field.count + 1)) }
                        field = [Self.quote] + field + [Self.quote]
                    }
                    bytes += field + (position < fields - 1 ? [Self.comma] : numbers.next(2) == 0 ? [Self.lf] : [Self.cr, Self.lf])
                }
                for _ in 0..<numbers.next(3) where !bytes.isEmpty { bytes[numbers.next(bytes.count)] = alphabet[numbers.next(alphabet.count)] }
                if numbers.next(2) == 0 { bytes += Array("next,row\n".utf8) }
            }
            let start = min(numbers.next(20), bytes.count)
            let refuses = Set((0..<fields).filter { _ in numbers.next(2) == 0 })
            var found: [Range<Int>] = []
            let result = bytes.withUnsafeBufferPointer { buffer in
                RowSplitter.split(buffer, from: start, fields: fields, refusesEscapes: { refuses.contains($0) }) { position, from, to in
                    #expect(position == found.count)
                    found.append(from..<to)
                }
            }
            let expected = Self.reference(bytes, from: start, fields: fields, refuses: refuses)
            #expect(result == expected?.next, "round \(round): \(String(decoding: bytes, as: UTF8.self).debugDescription) from \(start)")
            if let expected, result != nil {
                #expect(found == expected.fields, "round \(round)")
                accepted += 1
            }
        }
        // Both kinds of outcome were met often.
        #expect(accepted > 5_000 && accepted < 28_000, "\(accepted)")
    }

    @Test("a closing quote, a doubled one and what follows them land at every place around a block's end")
    func quotesAcrossBlocks() {
        // The byte after a closing quote is dealt with at the quote; when the quote is a block's
        // last byte, that byte is the next block's first.
        let endings = ["\",", "\"\"", "\"\n", "\"\r\n", "\"x", "\"\r", "\"\"\","]
        var checked = 0
        for filler in 0..<140 {
            for ending in endings {
                for refuses in [Set<Int>(), [0], [1]] {
                    let first = [UInt8](repeating: UInt8(ascii: "a"), count: filler)
                    let text = "\"" + String(decoding: first, as: UTF8.self) + ending + "b,\"c\"\"d\"\n"
                    let bytes = Array(text.utf8)
                    for fields in 1...3 {
                        var found: [Range<Int>] = []
                        let result = bytes.withUnsafeBufferPointer { buffer in
                            RowSplitter.split(buffer, from: 0, fields: fields, refusesEscapes: { refuses.contains($0) }) { _, from, to in
                                found.append(from..<to)
                            }
                        }
                        let expected = Self.reference(bytes, from: 0, fields: fields, refuses: refuses)
                        #expect(result == expected?.next, "\(text.debugDescription), \(fields) fields")
                        if let expected, result != nil { #expect(found == expected.fields, "\(text.debugDescription)") }
                        checked += 1
                    }
                }
            }
        }
        #expect(checked == 140 * 7 * 3 * 3)
    }

    @Test("every column a fast path reads has a place among a row's field bytes")
    func columnsFit() {
        #expect(SalesColumn.allCases.allSatisfy { $0.rawValue >= 0 && $0.rawValue < FieldBytes<SalesColumn>.unused })
        #expect(ExportsColumn.allCases.allSatisfy { $0.rawValue >= 0 && $0.rawValue < FieldBytes<ExportsColumn>.unused })
        #expect(FieldBytes<SalesColumn>.unused < FieldBytes<SalesColumn>.capacity)
        #expect(FieldBytes<SalesColumn>.slots([.uuid, nil, .pedimento]) == [0, FieldBytes<SalesColumn>.unused, UInt8(SalesColumn.pedimento.rawValue)])
    }

    @Test("blanks around a field are trimmed; other bytes are kept")
    func trimming() {
        for (text, kept) in [("", ""), (" ", ""), ("\t a b\t ", "a b"), ("x", "x"), (" \u{0B}x", "\u{0B}x"), ("!", "!")] {
            let bytes = Array(text.utf8)
            let trimmed = bytes.withUnsafeBufferPointer { Array(RowSplitter.trimmed($0, from: 0, to: $0.count)) }
            #expect(trimmed == Array(kept.utf8), "\(text.debugDescription)")
        }
    }
}
