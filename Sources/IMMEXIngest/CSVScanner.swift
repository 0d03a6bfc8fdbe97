import Foundation
import IMMEXDomain

/// A streaming RFC 4180 reader over bytes: comma-separated, fields optionally quoted with `"`,
/// `""` for a quote inside a quoted field, quoted fields may span lines, CRLF or LF line ends,
/// an optional UTF-8 byte order mark. Every field keeps its line and column.
///
/// Structural problems (a quote never closed, text after a closing quote) become findings; the
/// reader then resumes at the next line, so one run reports them all.
///
/// Another dialect (`CSVDialect`) changes the separator, and without quoting a `"` is one of a
/// field's bytes.
public struct CSVScanner {
    public let file: String
    public let dialect: CSVDialect

    public init(file: String, dialect: CSVDialect = .rfc4180) {
        self.file = file
        self.dialect = dialect
    }

    /// The most findings one call keeps (one stretch of a file read in parallel).
    static let structureFindingCap = 2_000

    /// Calls `body` for each non-blank record of a whole file, in order.
    public func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, findings: inout [Finding], _ body: (CSVRecord) -> Void
    ) {
        _ = scan(bytes, firstLine: 1, isFinal: true, findings: &findings, body)
    }

    /// Scans one chunk of a file read piece by piece. A record that reaches the end of a chunk
    /// that is not the last is left for the next call: the caller carries the bytes from
    /// `consumed` on and passes `nextLine` as the next chunk's first line.
    public func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, firstLine: Int, isFinal: Bool, findings: inout [Finding], _ body: (CSVRecord) -> Void
    ) -> (consumed: Int, nextLine: Int) {
        var fields: [CSVField] = []
        fields.reserveCapacity(32)
        return scan(bytes, from: 0, firstLine: firstLine, isFinal: isFinal, records: .max, fields: &fields, findings: &findings, body)
    }

    /// The same from byte `start` (a record's start, on line `firstLine`), for at most `limit`
    /// records (blank and broken ones included), with `fields` as scratch: a reader that reads
    /// most rows its own way hands the scanner one record at a time.
    func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, firstLine: Int, isFinal: Bool, records limit: Int,
        fields: inout [CSVField], findings: inout [Finding], _ body: (CSVRecord) -> Void
    ) -> (consumed: Int, nextLine: Int) {
        let separator = dialect.separator
        let quoting = dialect.quoting
        let quote = UInt8(ascii: "\"")
        // Bytes above this one never end an unquoted field (for a comma, every letter and digit:
        // most bytes are passed on one comparison).
        let endsNoFieldAbove = max(separator, UInt8(ascii: "\r"))
        let lf = UInt8(ascii: "\n")
        let cr = UInt8(ascii: "\r")
        let crlfOnly = dialect.recordsEndWithCRLF
        var index = start == 0 && firstLine == 1 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : start
        let count = bytes.count
        var line = firstLine
        var lineStart = index
        var records = 0

        /// Moves past a line end at `index` if there is one; returns whether it did.
        func consumeLineEnd(_ index: inout Int) -> Bool {
            guard index < count else { return false }
            if bytes[index] == lf {
                index += 1
                return true
            }
            if bytes[index] == cr {
                index += 1
                if index < count, bytes[index] == lf { index += 1 }
                return true
            }
            return false
        }

        while index < count, records < limit {
            records += 1
            let recordLine = line
            let recordStart = index
            // Without the rest of the file, a record that runs to the end of the chunk (or ends on
            // a CR whose LF may follow) is incomplete: stop before it.
            func incomplete() -> Bool { !isFinal && (index >= count || (bytes[count - 1] == cr && index >= count - 1)) }
            fields.removeAll(keepingCapacity: true)
            // A record's findings count only once it is complete (it may be re-read with the next chunk).
            var recordFindings: [Finding] = []
            var broken = false
            // One record: fields separated by the separator, up to a line end outside quotes.
            fieldLoop: while true {
                let fieldLine = line
                let fieldLineStart = lineStart
                if quoting, index < count, bytes[index] == quote {
                    let open = index
                    index += 1
                    let start = index
                    var escapes = false
                    var closed = false
                    while index < count {
                        let byte = bytes[index]
                        if byte == quote {
                            if index + 1 < count, bytes[index + 1] == quote {
                                escapes = true
                                index += 2
                                continue
                            }
                            closed = true
                            break
                        }
                        if byte == lf || (byte == cr && !(index + 1 < count && bytes[index + 1] == lf)) {
                            line += 1
                            lineStart = index + 1
                        }
                        index += 1
                    }
                    guard closed else {
                        if !isFinal { return (recordStart, recordLine) }
                        findings.append(
                            Finding(
                                .malformedCSV, "the quoted field that starts here is never closed",
                                at: location(fieldLine, column(bytes, fieldLineStart, open)),
                                hint: "add the closing '\"'; a quote inside a quoted field is written twice (\"\")"))
                        return (count, line)
                    }
                    fields.append(
                        CSVField(start: start, end: index, quoted: true, escapedQuotes: escapes, line: fieldLine, lineStart: fieldLineStart))
                    index += 1  // the closing quote
                    if index < count, bytes[index] != separator, bytes[index] != lf, bytes[index] != cr {
                        recordFindings.append(
                            Finding(
                                .malformedCSV, "text follows the closing quote of a field",
                                at: location(line, column(bytes, lineStart, index)),
                                hint: "quote the whole field, and write a quote inside it twice (\"\")"))
                        broken = true
                    }
                } else {
                    let start = index
                    while index < count {
                        let byte = bytes[index]
                        guard byte > endsNoFieldAbove || (byte != separator && byte != lf && byte != cr) else {
                            // Where only CR LF ends a record, a bare LF or a lone CR is the field's.
                            if crlfOnly, byte != separator, !(byte == cr && (index + 1 >= count || bytes[index + 1] == lf)) {
                                if byte == lf {
                                    line += 1
                                    lineStart = index + 1
                                }
                                index += 1
                                continue
                            }
                            break
                        }
                        index += 1
                    }
                    fields.append(
                        CSVField(start: start, end: index, quoted: false, escapedQuotes: false, line: fieldLine, lineStart: fieldLineStart))
                }
                if broken {
                    while index < count, bytes[index] != lf, bytes[index] != cr { index += 1 }
                }
                if incomplete() { return (recordStart, recordLine) }
                if index < count, bytes[index] == separator, !broken {
                    index += 1
                    continue fieldLoop
                }
                if consumeLineEnd(&index) {
                    line += 1
                    lineStart = index
                }
                break fieldLoop
            }
            // A stretch keeps at most `structureFindingCap` findings: a hostile file of broken quotes
            // costs bounded memory (the reader's `FindingLimiter` then keeps the file's first).
            if findings.count < Self.structureFindingCap { findings += recordFindings }
            if broken { continue }
            let blank = fields.count == 1 && !fields[0].quoted && fields[0].start == fields[0].end
            if blank { continue }
            fields.withUnsafeBufferPointer { body(CSVRecord(file: file, line: recordLine, fields: $0, buffer: bytes)) }
        }
        return (index, line)
    }

    private func location(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }
}

/// The 1-based character column of byte `offset` on the line starting at `lineStart`.
func column(_ bytes: UnsafeBufferPointer<UInt8>, _ lineStart: Int, _ offset: Int) -> Int {
    var characters = 1
    var position = lineStart
    while position < offset {
        if bytes[position] & 0xC0 != 0x80 { characters += 1 }
        position += 1
    }
    return characters
}

/// Where one field's content is in the buffer.
public struct CSVField: Sendable {
    /// Byte offsets of the content, quotes excluded.
    var start: Int
    var end: Int
    var quoted: Bool
    /// Whether the content holds `""` pairs to turn into `"`.
    var escapedQuotes: Bool
    var line: Int
    var lineStart: Int
}

/// One record of a CSV file, valid only inside the `scan` callback that hands it over.
public struct CSVRecord {
    public let file: String
    /// The line the record starts on.
    public let line: Int
    /// Valid, like `buffer`, only during the callback.
    let fields: UnsafeBufferPointer<CSVField>
    let buffer: UnsafeBufferPointer<UInt8>

    public var count: Int { fields.count }

    /// The field's text, quotes unescaped, surrounding blanks kept.
    public func text(_ index: Int) -> String {
        let field = fields[index]
        let raw = String(decoding: UnsafeBufferPointer(rebasing: buffer[field.start..<field.end]), as: UTF8.self)
        return field.escapedQuotes ? raw.replacingOccurrences(of: "\"\"", with: "\"") : raw
    }

    /// The field's bytes without leading and trailing spaces or tabs; nil when the field holds
    /// escaped quotes (its text must then be unescaped). No allocation: the fast path of readers.
    public func bytes(_ index: Int) -> UnsafeBufferPointer<UInt8>? {
        let field = fields[index]
        guard !field.escapedQuotes else { return nil }
        return RowSplitter.trimmed(buffer, from: field.start, to: field.end)
    }

    /// The field's text without leading and trailing spaces or tabs.
    public func trimmed(_ index: Int) -> String {
        let text = self.text(index)
        guard let first = text.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let last = text.lastIndex(where: { $0 != " " && $0 != "\t" })!
        return String(text[first...last])
    }

    /// Where the field starts (for a quoted field, its opening quote).
    public func location(_ index: Int) -> SourceLocation {
        SourceLocation(file: file, line: fields[index].line, column: column(index))
    }

    /// The line where the field starts.
    public func line(_ index: Int) -> Int { fields[index].line }

    /// The character column where the field starts (for a quoted field, its opening quote).
    public func column(_ index: Int) -> Int {
        let field = fields[index]
        return IMMEXIngest.column(buffer, field.lineStart, field.quoted ? field.start - 1 : field.start)
    }

    /// Where the record starts.
    public var location: SourceLocation { SourceLocation(file: file, line: line, column: 1) }
}
