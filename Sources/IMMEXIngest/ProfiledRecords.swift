import IMMEXDomain

/// Cuts decoded text into records and fields, by any separator, the way RFC 4180 quotes them;
/// each field with its place (line and character column) in the file.
struct ProfiledRecords {
    struct Field {
        var content: [UInt8] = []
        var quoted = false
        var line: Int
        var column: Int
        /// The line the field ends on.
        var endLine: Int
        /// After the record's last field: the line end it had (empty at the end of the file).
        var lineEnd: [UInt8] = []
    }

    let text: [UInt8]
    let separator: UInt8
    let file: String
    private var position = 0
    private var line = 1
    private var lineStart = 0

    init(text: [UInt8], separator: UInt8, file: String) {
        self.text = text
        self.separator = separator
        self.file = file
    }

    /// Where the characters of the current line were last counted to, and their column there.
    private var counted = (lineStart: -1, offset: 0, column: 1)

    /// The character column of `offset` on the current line, counted on from the last field's
    /// (from the line's start each time, a line of a million fields took quadratic time).
    private mutating func column(at offset: Int) -> Int {
        if counted.lineStart != lineStart || counted.offset > offset { counted = (lineStart, lineStart, 1) }
        counted.column += text[counted.offset..<offset].count { $0 & 0xC0 != 0x80 }
        counted.offset = offset
        return counted.column
    }

    /// Moves past a line end at `position` (LF, CR LF or a lone CR), returning its bytes.
    private mutating func lineEnd() -> [UInt8]? {
        guard position < text.count else { return nil }
        if text[position] == 13 {
            let length = position + 1 < text.count && text[position + 1] == 10 ? 2 : 1
            defer {
                position += length
                line += 1
                lineStart = position
            }
            return Array(text[position..<(position + length)])
        }
        if text[position] == 10 {
            defer {
                position += 1
                line += 1
                lineStart = position
            }
            return [10]
        }
        return nil
    }

    mutating func nextRecord(findings: inout [Finding]) -> [Field]? {
        guard position < text.count else { return nil }
        var fields: [Field] = []
        while true {
            var field = Field(line: line, column: column(at: position), endLine: line)
            if position < text.count, text[position] == UInt8(ascii: "\"") {
                field.quoted = true
                position += 1
                var closed = false
                while position < text.count {
                    let byte = text[position]
                    if byte == UInt8(ascii: "\"") {
                        if position + 1 < text.count, text[position + 1] == UInt8(ascii: "\"") {
                            field.content.append(byte)
                            position += 2
                            continue
                        }
                        position += 1
                        closed = true
                        break
                    }
                    if let end = lineEnd() {
                        field.content += end
                        continue
                    }
                    field.content.append(byte)
                    position += 1
                }
                if !closed {
                    findings.append(
                        Finding(
                            .malformedCSV, "a quoted field is never closed", at: SourceLocation(file: file, line: field.line, column: field.column),
                            hint: "close the quote; write a quote inside a field twice (\"\")"))
                }
                // Text after the closing quote belongs to the field (and is reported).
                if position < text.count, text[position] != separator, text[position] != 10, text[position] != 13 {
                    findings.append(
                        Finding(
                            .malformedCSV, "text follows a closing quote", at: SourceLocation(file: file, line: line, column: column(at: position)),
                            hint: "quote the whole field; write a quote inside it twice (\"\")"))
                }
            }
            while position < text.count, text[position] != separator, text[position] != 10, text[position] != 13 {
                field.content.append(text[position])
                position += 1
            }
            field.endLine = line
            if position < text.count, text[position] == separator {
                position += 1
                fields.append(field)
                continue
            }
            field.lineEnd = lineEnd() ?? []
            fields.append(field)
            return fields
        }
    }
}
