import IMMEXDomain

/// One Data Stage table (`{folio}_{code}.asc`): pipe-delimited text, a header without a trailing
/// `|`, data rows ending with one, CRLF or LF, ISO-8859-1 (formats.md §3.1). Blanks that are a
/// single space are empty; codes keep their leading zeros (everything is read as text).
struct PipeTable {
    /// `zip!member` (or the loose file's path): how findings name it.
    let name: String
    let header: [String]
    /// Each data row's fields and its 1-based line.
    let rows: [(line: Int, fields: [Substring])]
    /// Each row's raw text, for character columns in findings.
    private let lines: [Substring]
    private let index: [String: Int]

    /// Decodes and splits a member. Structural problems (no header, a row with the wrong number of
    /// fields) become findings; such rows are skipped.
    init(name: String, bytes: [UInt8], findings: inout [Finding]) {
        self.name = name
        let text = Self.decode(bytes, name: name, findings: &findings)
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        while lines.last?.isEmpty == true { lines.removeLast() }
        self.lines = lines
        guard let first = lines.first else {
            header = []
            rows = []
            index = [:]
            findings.append(Finding(.missingColumn, "Data Stage table \(name) is empty; it has no header row", at: SourceLocation(file: name, line: 1, column: 1),
                                    hint: "download the request again; even empty tables keep their header"))
            return
        }
        header = first.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
        var index: [String: Int] = [:]
        for (position, column) in header.enumerated() where index[column] == nil { index[column] = position }
        self.index = index
        var rows: [(line: Int, fields: [Substring])] = []
        for (offset, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            // Every data row ends with '|' (formats.md §3.1): drop exactly that one, then count.
            let content = line.hasSuffix("|") ? line.dropLast() : line
            let fields = content.split(separator: "|", omittingEmptySubsequences: false)
            guard fields.count == header.count else {
                findings.append(Finding(.wrongFieldCount, "this row of \(name) has \(fields.count) fields, the header has \(header.count)",
                                        at: SourceLocation(file: name, line: offset + 1, column: 1),
                                        hint: "the member may be truncated or edited; download the request again"))
                continue
            }
            rows.append((offset + 1, fields))
        }
        self.rows = rows
    }

    /// Latin-1, as the SAT delivers; a member that is valid UTF-8 with non-ASCII text was re-saved
    /// by someone, and is read as UTF-8 with a note.
    private static func decode(_ bytes: [UInt8], name: String, findings: inout [Finding]) -> String {
        if bytes.contains(where: { $0 >= 0x80 }), let utf8 = String(validating: bytes, as: UTF8.self) {
            findings.append(Finding(.malformedCode, "\(name) is UTF-8, not the ISO-8859-1 the SAT delivers; it was read as UTF-8",
                                    at: SourceLocation(file: name), hint: "use the member as downloaded", severity: .note))
            return utf8
        }
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes { scalars.append(Unicode.Scalar(byte)) }
        return String(scalars)
    }

    /// Which required columns are missing, as one finding.
    func require(_ columns: [String], findings: inout [Finding]) -> Bool {
        let missing = columns.filter { index[$0] == nil }
        guard missing.isEmpty || header.isEmpty else {
            findings.append(Finding(.missingColumn, "Data Stage table \(name) lacks column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")); found: \(header.joined(separator: ", "))",
                                    at: SourceLocation(file: name, line: 1, column: 1), hint: "download the request again; the SAT's layout has these columns"))
            return false
        }
        return !header.isEmpty
    }

    /// The trimmed value of a column in a row; a single-space blank is empty.
    func value(_ row: [Substring], _ column: String) -> String {
        guard let position = index[column], position < row.count else { return "" }
        return row[position].trimmingSpaces
    }

    /// Where a column of a row starts, in characters.
    func location(line: Int, column: String) -> SourceLocation {
        guard let position = index[column], line - 1 < lines.count else { return SourceLocation(file: name, line: line, column: 1) }
        let text = lines[line - 1]
        var characterColumn = 1, field = 0
        for character in text {
            if field == position { break }
            if character == "|" { field += 1 }
            characterColumn += 1
        }
        return SourceLocation(file: name, line: line, column: characterColumn)
    }
}
