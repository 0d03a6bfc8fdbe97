import IMMEXDomain

/// A CSV extract written by an ERP in its own way (`ImportProfile`), rewritten into the canonical
/// form the readers take: UTF-8, commas between fields, `1234.56`, `2025-03-31`, the values the
/// readers know. Each record stays on its lines (line ends and line breaks inside quoted fields
/// are kept byte for byte), so a finding's line is the file's; a field whose start moved on its
/// line (a thousands separator taken out, a field quoted because it holds a comma) is put back at
/// its column in the file by `originalLocation(_:)`.
///
/// A field the profile says is an amount or a date, and that does not have the profile's form,
/// is reported here, at its place in the file and in the profile's terms, and left as written;
/// `owns(_:)` tells the reader's own finding on the same field apart, which then says nothing
/// new. Nothing is guessed: `1.234` under a decimal comma without `.` thousands is an error, not
/// 1.234 nor 1234.
struct ProfiledText {
    /// The canonical bytes the reader reads.
    private(set) var bytes: [UInt8] = []
    /// Findings of the rewriting, at places in the file as written.
    private(set) var findings: [Finding] = []
    /// The separator used (the profile's, or the one sniffed from the header).
    private(set) var separator = UInt8(ascii: ",")
    /// Per line whose fields moved: (column in `bytes`, column in the file) of each field start, in order.
    private var moved: [Int: [(canonical: Int, original: Int)]] = [:]
    /// The fields reported here, by line and column in the file.
    private var reported: Set<SourceLocation> = []

    /// What the profile does to a column's fields.
    enum Role {
        case amount, date
        case words([String: String])
    }

    /// Rewrites `input` under `profile`; `columns` and `aliases` say which header names the
    /// amounts and dates of the file.
    init(_ input: [UInt8], file: String, profile: ImportProfile, columns: [ColumnSpec], aliases: [String: String], roles: [String: Role]) {
        let (text, decodeFindings) = Self.decode(input, file: file, encoding: profile.encoding)
        findings = decodeFindings
        separator =
            switch profile.separator {
            case .fixed(let byte): byte
            case .sniffed: Self.sniff(text)
            }
        var records = ProfiledRecords(text: text, separator: separator, file: file)
        var fieldRoles: [Int: Role] = [:]
        var isHeader = true
        while let record = records.nextRecord(findings: &findings) {
            if isHeader {
                fieldRoles = Self.roles(header: record.map(\.content), columns: columns, aliases: aliases, roles: roles, profile: profile)
            }
            var out: [[UInt8]] = []
            for (index, field) in record.enumerated() {
                guard !isHeader, let role = fieldRoles[index] else {
                    out.append(field.content)
                    continue
                }
                switch Self.normalize(field.content, role: role, profile: profile) {
                case .success(let value):
                    out.append(value)
                case .failure(let problem):
                    let location = SourceLocation(file: file, line: field.line, column: field.column)
                    reported.insert(location)
                    findings.append(Finding(problem.code, problem.message, at: location, hint: problem.hint))
                    out.append(field.content)
                }
            }
            write(record, out)
            isHeader = false
        }
    }

    /// Appends one record: its fields (quoted when they were, or when they hold a comma, a quote
    /// or a line break), and the line end it had.
    private mutating func write(_ record: [ProfiledRecords.Field], _ values: [[UInt8]]) {
        var column = 1
        var shifts: [(Int, Int)] = []
        for (index, field) in record.enumerated() {
            if index > 0 {
                bytes.append(UInt8(ascii: ","))
                column += 1
            }
            if column != field.column || !shifts.isEmpty { shifts.append((column, field.column)) }
            let value = values[index]
            let quoted = field.quoted || value.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
            if quoted { bytes.append(UInt8(ascii: "\"")) }
            for byte in value {
                if byte == UInt8(ascii: "\"") { bytes.append(byte) }
                bytes.append(byte)
            }
            if quoted { bytes.append(UInt8(ascii: "\"")) }
            // Columns restart after a line break inside the field (both files keep it), and only
            // fields that start on the record's last line are counted on it from here on.
            if let lastBreak = value.lastIndex(where: { $0 == 10 || $0 == 13 }) {
                if !shifts.isEmpty { moved[field.line, default: []] += shifts }
                shifts = []
                column = Self.characters(value[(lastBreak + 1)...]) + 1 + (quoted ? 1 : 0)
            } else {
                column += Self.characters(value[...]) + (quoted ? 2 : 0) + value.count { $0 == UInt8(ascii: "\"") }
            }
        }
        if let last = record.last, !shifts.isEmpty { moved[last.endLine, default: []] += shifts }
        bytes.append(contentsOf: record.last?.lineEnd ?? [])
    }

    private static func characters(_ bytes: ArraySlice<UInt8>) -> Int { bytes.count { $0 & 0xC0 != 0x80 } }

    /// Where a place in the canonical bytes is in the file as written.
    func originalLocation(_ location: SourceLocation) -> SourceLocation {
        guard let line = location.line, let column = location.column, let shifts = moved[line],
            let shift = shifts.last(where: { $0.canonical <= column })
        else { return location }
        var original = location
        original.column = shift.original + (column - shift.canonical)
        return original
    }

    /// Whether the rewriting already reported the field at this place (in the file as written).
    func owns(_ location: SourceLocation) -> Bool { reported.contains(location) }
}

// MARK: - Decoding

extension ProfiledText {
    /// The file as UTF-8 without its byte order mark. A byte order mark says UTF-8 whatever the
    /// profile says; so does text that is valid UTF-8 with letters beyond ASCII (Windows-1252 text
    /// almost never is), which is read as UTF-8 with a note.
    static func decode(_ input: [UInt8], file: String, encoding: ImportProfile.Encoding) -> (text: [UInt8], findings: [Finding]) {
        if input.starts(with: [0xEF, 0xBB, 0xBF]) { return (Array(input.dropFirst(3)), []) }
        guard encoding != .utf8 else { return (input, []) }
        guard input.contains(where: { $0 >= 0x80 }) else { return (input, []) }
        if String(validating: input, as: UTF8.self) != nil {
            return (
                input,
                [
                    Finding(
                        .undecodableByte, "\(file) is valid UTF-8 with accented letters although company.toml says \(encoding.rawValue); it was read as UTF-8",
                        at: SourceLocation(file: file), hint: "write encoding = \"utf-8\" under [import] for this file, or leave the setting out",
                        severity: .note)
                ]
            )
        }
        var text: [UInt8] = []
        text.reserveCapacity(input.count + input.count / 8)
        var findings: [Finding] = []
        var line = 1
        var column = 1
        for (offset, byte) in input.enumerated() {
            if byte < 0x80 {
                text.append(byte)
            } else {
                let scalar = encoding == .windows1252 ? windows1252(byte) : UnicodeScalar(byte)
                if let scalar {
                    text.append(contentsOf: Array(String(Character(scalar)).utf8))
                } else {
                    text.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    if findings.isEmpty {
                        findings.append(
                            Finding(
                                .undecodableByte,
                                "byte 0x\(String(byte, radix: 16, uppercase: true)) has no character in Windows-1252, so the file is not in that encoding; it is read as U+FFFD",
                                at: SourceLocation(file: file, line: line, column: column),
                                hint: "check which encoding the ERP writes (encoding = \"iso-8859-1\" or \"utf-8\"), or save the file as \"CSV UTF-8\"",
                                severity: line == 1 ? .error : .warning))
                    }
                }
            }
            if byte == 10 || (byte == 13 && (offset + 1 == input.count || input[offset + 1] != 10)) {
                line += 1
                column = 1
            } else if byte != 13 {
                column += 1
            }
        }
        return (text, findings)
    }

    /// Windows-1252's characters for 0x80–0x9F (the rest of the upper half is ISO-8859-1's); nil
    /// for the five bytes it leaves undefined. Source: the Unicode Consortium's mapping table
    /// `MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT`.
    static func windows1252(_ byte: UInt8) -> UnicodeScalar? {
        guard (0x80...0x9F).contains(byte) else { return UnicodeScalar(byte) }
        let table: [UInt32] = [
            0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
            0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
        ]
        let value = table[Int(byte - 0x80)]
        return value == 0 ? nil : UnicodeScalar(value)
    }

    /// The separator the header line holds most of outside quotes (a comma when it holds none).
    static func sniff(_ text: [UInt8]) -> UInt8 {
        var counts: [UInt8: Int] = [:]
        var quoted = false
        for byte in text {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if !quoted && (byte == 10 || byte == 13) { break }
            if !quoted, ImportProfile.separators.contains(where: { $0.byte == byte }) { counts[byte, default: 0] += 1 }
        }
        return ImportProfile.separators.map(\.byte).max { counts[$0, default: 0] < counts[$1, default: 0] }.flatMap {
            counts[$0, default: 0] > 0 ? $0 : nil
        } ?? UInt8(ascii: ",")
    }
}

// MARK: - Fields

extension ProfiledText {
    /// Which field of the header is which column the profile rewrites.
    static func roles(header: [[UInt8]], columns: [ColumnSpec], aliases: [String: String], roles: [String: Role], profile: ImportProfile) -> [Int: Role] {
        var byName: [String: Role] = [:]
        for spec in columns {
            var role = roles[spec.name]
            if let words = profile.values[spec.name] { role = .words(words) }
            if let role { byName[(aliases[spec.name] ?? spec.name).lowercased()] = role }
        }
        var result: [Int: Role] = [:]
        for (index, name) in header.enumerated() {
            let text = String(decoding: name, as: UTF8.self).trimmingCharacters(of: " ").lowercased()
            if let role = byName[text] { result[index] = role }
        }
        return result
    }

    struct Problem: Error {
        var code: FindingCode
        var message: Phrase
        var hint: Phrase
    }

    static func normalize(_ field: [UInt8], role: Role, profile: ImportProfile) -> Result<[UInt8], Problem> {
        let text = String(decoding: field, as: UTF8.self).trimmingCharacters(of: " ")
        if text.isEmpty { return .success(field) }
        switch role {
        case .words(let words):
            return .success(words[text.lowercased()].map { Array($0.utf8) } ?? field)
        case .amount:
            guard profile.decimalComma || !profile.thousands.isEmpty else { return .success(field) }
            return amount(text, profile: profile).map { Array($0.utf8) }
        case .date:
            guard profile.dates != .ymd else { return .success(field) }
            return date(text, order: profile.dates).map { Array($0.utf8) }
        }
    }

    /// An amount in the profile's form (`-1.234.567,89`) as the readers write it (`-1234567.89`).
    static func amount(_ text: String, profile: ImportProfile) -> Result<String, Problem> {
        let point: Character = profile.decimalComma ? "," : "."
        let groups = profile.thousands.map { Character(UnicodeScalar($0)) }
        var body = Substring(text)
        let negative = body.first == "-"
        if negative { body = body.dropFirst() }
        let parts = body.split(separator: point, maxSplits: 1, omittingEmptySubsequences: false)
        let integer = parts[0]
        let fraction = parts.count > 1 ? parts[1] : nil
        var digits = ""
        if let group = integer.first(where: { groups.contains($0) }) {
            let pieces = integer.split(separator: group, omittingEmptySubsequences: false)
            let wellGrouped =
                (1...3).contains(pieces[0].count) && pieces.dropFirst().allSatisfy { $0.count == 3 }
                && pieces.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
            if wellGrouped { digits = pieces.joined() }
        } else if !integer.isEmpty, integer.allSatisfy(\.isASCIIDigit) {
            digits = String(integer)
        }
        guard !digits.isEmpty, fraction.map({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) ?? true else {
            let separators = groups.map { "'\($0)'" }
            let grouping: Phrase =
                switch separators.count {
                case 0: "no thousands separator"
                case 1: "thousands grouped by \(separators[0])"
                default: "thousands grouped by \(separators.dropLast().joined(separator: ", ")) or \(separators[separators.count - 1])"
                }
            let form: Phrase =
                profile.decimalComma
                ? "amount '\(Finding.echo(text))' is not in this file's form (decimal comma, \(grouping))"
                : "amount '\(Finding.echo(text))' is not in this file's form (decimal point, \(grouping))"
            return .failure(
                Problem(
                    code: .malformedAmount,
                    message: form,
                    hint: "write it like \(profile.decimalComma ? "1234,56" : "1234.56"), or correct decimal_comma and thousands under [import] in company.toml"
                ))
        }
        return .success((negative ? "-" : "") + digits + (fraction.map { "." + $0 } ?? ""))
    }

    /// A date (and time) in the profile's order (`31/03/2025 14:05`) as ISO 8601
    /// (`2025-03-31T14:05:00`). An ISO date is unambiguous and kept as written.
    static func date(_ text: String, order: ImportProfile.DateOrder) -> Result<String, Problem> {
        let bytes = Array(text.utf8)
        if bytes.count >= 5, bytes[..<4].allSatisfy({ (48...57).contains($0) }), bytes[4] == UInt8(ascii: "-") { return .success(text) }
        let failure = Problem(
            code: .malformedDate,
            message:
                "date '\(Finding.echo(text))' is not in this file's form (\(order == .dmy ? "DD/MM/YYYY" : "MM/DD/YYYY"), optionally with a time hh:mm or hh:mm:ss)",
            hint: "fix the date, or correct dates = \"\(order.rawValue)\" under [import] in company.toml")
        let dayPart = text.prefix { $0 != " " && $0 != "T" }
        let timePart = text.dropFirst(dayPart.count).dropFirst()
        guard let mark = dayPart.first(where: { $0 == "/" || $0 == "-" || $0 == "." }) else { return .failure(failure) }
        let pieces = dayPart.split(separator: mark, omittingEmptySubsequences: false)
        guard pieces.count == 3, pieces.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
            pieces[0].count <= 2, pieces[1].count <= 2, pieces[2].count == 4
        else { return .failure(failure) }
        let (day, month) = order == .dmy ? (pieces[0], pieces[1]) : (pieces[1], pieces[0])
        var iso = "\(pieces[2])-\(pad(month))-\(pad(day))"
        if dayPart.count < text.count {
            let clock = timePart.split(separator: ":", omittingEmptySubsequences: false)
            guard (2...3).contains(clock.count), clock.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }) else {
                return .failure(failure)
            }
            iso += "T" + pad(clock[0]) + ":" + pad(clock[1]) + ":" + (clock.count == 3 ? pad(clock[2]) : "00")
        }
        guard CalendarDate.parse(iso) != nil else { return .failure(failure) }
        return .success(iso)
    }

    private static func pad(_ text: Substring) -> String { text.count == 1 ? "0" + text : String(text) }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
