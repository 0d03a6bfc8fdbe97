import IMMEXDomain

/// Finds bytes that are not UTF-8 in an extract, so that a file saved as Windows-1252 or ISO-8859-1
/// (Excel's default on many machines) is named, never read in silence with replacement characters
/// (an accented header that then matches no column could leave a column out).
enum UTF8Check {
    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence (overlong
    /// forms, surrogates and values past U+10FFFF included), or nil. ASCII runs are skipped eight
    /// bytes at a time: nearly every extract is ASCII, and this costs it a load and a test a word.
    static func firstInvalid(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0, to end: Int? = nil) -> Int? {
        let end = end ?? bytes.count
        var index = start
        guard let base = bytes.baseAddress else { return nil }
        // Thirty-two bytes a turn while they are ASCII (four words, their high bits tested at once).
        while index + 32 <= end {
            let raw = UnsafeRawPointer(base + index)
            let any =
                raw.loadUnaligned(as: UInt64.self) | raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                | raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
            if any & 0x8080_8080_8080_8080 != 0 { break }
            index += 32
        }
        while index < end {
            if index + 8 <= end {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
            }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            let low: UInt8
            let high: UInt8
            switch lead {
            case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
            case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
            case 0xED: (length, low, high) = (3, 0x80, 0x9F)
            case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
            case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
            case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
            default: return index
            }
            guard index + length <= end, (low...high).contains(bytes[index + 1]) else { return index }
            for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) { return index }
            index += length
        }
        return nil
    }

    /// The finding for the first byte that is not UTF-8, at `line` and `column` of `file`: an error
    /// in the header (a column name may be misread), a warning in a data row (only text such as a
    /// name can hold it; every code and amount is checked on its own).
    static func finding(file: String, line: Int, column: Int, byte: UInt8) -> Finding {
        let hex = String(byte, radix: 16, uppercase: true)
        return Finding(
            .invalidUTF8,
            "byte 0x\(hex.count < 2 ? "0" : "")\(hex) is not UTF-8, so the file was not saved as UTF-8 (Windows-1252 or ISO-8859-1, as Excel often saves it); its text is read with replacement characters",
            at: SourceLocation(file: file, line: line, column: column),
            hint:
                "save the file as \"CSV UTF-8\", or name the encoding the ERP writes in company.toml: [import.\(ColumnMap.settingsTable(file))] encoding = \"windows-1252\" (or \"iso-8859-1\")",
            severity: line == 1 ? .error : .warning)
    }

    /// The first invalid byte of a chunk of a file read in parallel (chunks end at record ends, so no
    /// sequence is cut), as a finding located by line and column.
    static func finding(in chunk: ChunkSource.Chunk, file: String) -> Finding? {
        guard let offset = firstInvalid(chunk.bytes) else { return nil }
        var line = chunk.firstLine
        var lineStart = 0
        for index in 0..<offset where chunk.bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return finding(file: file, line: line, column: offset - lineStart + 1, byte: chunk.bytes[offset])
    }

    /// Of the invalid-UTF-8 findings of a file (one a stretch), the first, saying how many
    /// stretches held others.
    static func keepFirst(_ findings: inout [Finding]) {
        guard let first = findings.firstIndex(where: { $0.code == .invalidUTF8 }) else { return }
        let others = findings.indices.filter { $0 != first && findings[$0].code == .invalidUTF8 }
        guard !others.isEmpty else { return }
        findings[first].append(
            toMessage: others.count == 1
                ? "; more such bytes follow in 1 later stretch of the file"
                : "; more such bytes follow in \(others.count) later stretches of the file")
        findings.remove(atOffsets: others)
    }
}

extension Array {
    fileprivate mutating func remove(atOffsets offsets: [Int]) {
        for offset in offsets.sorted(by: >) { remove(at: offset) }
    }
}
