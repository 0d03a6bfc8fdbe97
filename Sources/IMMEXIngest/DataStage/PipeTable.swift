import IMMEXDomain

/// One Data Stage table (`{folio}_{code}.asc`): pipe-delimited text, a header without a trailing
/// `|`, data rows ending with one, CRLF or LF, ISO-8859-1 (formats.md §3.1). Blanks that are a
/// single space are empty; codes keep their leading zeros.
///
/// Rows are streamed over the raw bytes: a field becomes text only when asked for, and digits and
/// amounts are read straight from the bytes (ASCII is the same in ISO-8859-1 and UTF-8).
struct PipeTable {
    /// `zip!member` (or the loose file's path): how findings name it.
    let name: String
    let header: [String]
    private let index: [String: Int]
    private let bytes: [UInt8]
    /// Where the data rows start.
    private let bodyStart: Int
    /// The member was re-saved as UTF-8 (read so, with a note).
    private let isUTF8: Bool
    /// The longest first line read as a header (the SAT's longest, 551's, is under 600 bytes).
    static let longestHeader = 64 << 10

    init(name: String, bytes: [UInt8], findings: inout [Finding]) {
        self.name = name
        self.bytes = bytes
        var utf8 = false
        if bytes.contains(where: { $0 >= 0x80 }), String(validating: bytes, as: UTF8.self) != nil {
            utf8 = true
            findings.append(
                Finding(
                    .malformedCode, "\(name) is UTF-8, not the ISO-8859-1 the SAT delivers; it was read as UTF-8",
                    at: SourceLocation(file: name), hint: "use the member as downloaded", severity: .note))
        }
        isUTF8 = utf8
        var end = 0
        while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        var next = end
        if next < bytes.count, bytes[next] == 0x0D { next += 1 }
        if next < bytes.count, bytes[next] == 0x0A { next += 1 }
        bodyStart = next
        // A header is a few hundred bytes; a damaged or hostile member's first "line" may be all of it.
        guard end <= Self.longestHeader else {
            header = []
            index = [:]
            findings.append(
                Finding(
                    .missingColumn, "\(name) does not start with a Data Stage header: its first line is \(end) bytes long",
                    at: SourceLocation(file: name, line: 1, column: 1), hint: "download the request again; the member is damaged"))
            return
        }
        let headerText = Self.decode(bytes[0..<end], utf8: utf8)
        header = headerText.isEmpty ? [] : headerText.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
        var index: [String: Int] = [:]
        for (position, column) in header.enumerated() where index[column] == nil { index[column] = position }
        self.index = index
        if header.isEmpty {
            findings.append(
                Finding(
                    .missingColumn, "Data Stage table \(name) is empty; it has no header row", at: SourceLocation(file: name, line: 1, column: 1),
                    hint: "download the request again; even empty tables keep their header"))
        }
    }

    static func decode(_ bytes: ArraySlice<UInt8>, utf8: Bool) -> String {
        if utf8 { return String(decoding: bytes, as: UTF8.self) }
        var scalars = String.UnicodeScalarView()
        for byte in bytes { scalars.append(Unicode.Scalar(byte)) }
        return String(scalars)
    }

    /// The position of each wanted column, or nil (with one finding naming every missing one).
    func columns(_ wanted: [String], findings: inout [Finding]) -> [Int]? {
        guard !header.isEmpty else { return nil }
        let missing = wanted.filter { index[$0] == nil }
        guard missing.isEmpty else {
            findings.append(
                Finding(
                    .missingColumn,
                    missing.count == 1
                        ? "Data Stage table \(name) lacks column \(missing[0]); found: \(header.joined(separator: ", "))"
                        : "Data Stage table \(name) lacks columns \(missing.joined(separator: ", ")); found: \(header.joined(separator: ", "))",
                    at: SourceLocation(file: name, line: 1, column: 1), hint: "download the request again; the SAT's layout has these columns"))
            return nil
        }
        return wanted.map { index[$0]! }
    }

    /// The position of each wanted column, or nil when any is missing (no finding: for columns a
    /// reader can do without).
    func optionalColumns(_ wanted: [String]) -> [Int]? {
        let found = wanted.compactMap { index[$0] }
        return found.count == wanted.count ? found : nil
    }

    /// Calls `body` for every data row of the header's width; returns findings for the other rows
    /// (at most `perCode`, the rest counted in a note: a hostile member of millions of broken
    /// rows costs bounded memory).
    @discardableResult
    func forEachRow(perCode: Int = FindingLimiter.defaultPerCode, _ body: (borrowing Row) -> Void) -> [Finding] {
        var findings: [Finding] = []
        var limiter = FindingLimiter(perCode: perCode)
        guard !header.isEmpty else { return findings }
        var starts = [Int](repeating: 0, count: header.count + 1)
        var line = 2
        var position = bodyStart
        let count = bytes.count
        bytes.withUnsafeBufferPointer { buffer in
            while position < count {
                let lineStart = position
                var end = position
                while end < count, buffer[end] != 0x0A, buffer[end] != 0x0D { end += 1 }
                var next = end
                if next < count, buffer[next] == 0x0D { next += 1 }
                if next < count, buffer[next] == 0x0A { next += 1 }
                defer {
                    position = next
                    line += 1
                }
                if end == lineStart { continue }
                // Every data row ends with '|' (formats.md §3.1): drop exactly that one, then count.
                let contentEnd = buffer[end - 1] == UInt8(ascii: "|") ? end - 1 : end
                var fields = 1
                starts[0] = lineStart
                var cursor = lineStart
                while cursor < contentEnd {
                    if buffer[cursor] == UInt8(ascii: "|") {
                        if fields < starts.count { starts[fields] = cursor + 1 }
                        fields += 1
                    }
                    cursor += 1
                }
                guard fields == header.count else {
                    limiter.add(
                        [
                            Finding(
                                .wrongFieldCount, "this row of \(name) has \(fields) fields, the header has \(header.count)",
                                at: SourceLocation(file: name, line: line, column: 1),
                                hint: "the member may be truncated or edited; download the request again")
                        ], into: &findings)
                    continue
                }
                starts[fields] = contentEnd + 1
                body(Row(table: self, buffer: buffer, starts: starts, line: line, lineStart: lineStart))
            }
        }
        return findings + limiter.notes()
    }

    /// One data row, valid only inside `forEachRow`.
    struct Row: ~Copyable {
        let table: PipeTable
        let buffer: UnsafeBufferPointer<UInt8>
        let starts: [Int]
        let line: Int
        let lineStart: Int

        /// The field's bytes without surrounding spaces (a single-space blank is empty).
        func bytes(_ column: Int) -> UnsafeBufferPointer<UInt8> {
            var start = starts[column]
            var end = starts[column + 1] - 1
            while start < end, buffer[start] == 0x20 { start += 1 }
            while end > start, buffer[end - 1] == 0x20 { end -= 1 }
            return UnsafeBufferPointer(rebasing: buffer[start..<end])
        }

        func text(_ column: Int) -> String {
            let field = bytes(column)
            if field.allSatisfy({ $0 < 0x80 }) { return String(decoding: field, as: UTF8.self) }
            return PipeTable.decode(ArraySlice(field), utf8: table.isUTF8)
        }

        /// Where a field starts, in characters.
        func location(_ column: Int) -> SourceLocation {
            var characters = 1
            for position in lineStart..<starts[column] where table.isUTF8 ? buffer[position] & 0xC0 != 0x80 : true { characters += 1 }
            return SourceLocation(file: table.name, line: line, column: characters)
        }
    }
}
