import Foundation
import IMMEXDomain

/// A column an input file must or may have, by its canonical name.
public struct ColumnSpec: Sendable, Hashable {
    public var name: String
    public var required: Bool

    public static func required(_ name: String) -> ColumnSpec { ColumnSpec(name: name, required: true) }
    public static func optional(_ name: String) -> ColumnSpec { ColumnSpec(name: name, required: false) }
}

/// Where each known column is in a file, found by header name (never by position). ERPs export
/// other headers, so `company.toml` may give an alias for any column (`[columns.sales]`).
public struct ColumnMap: Sendable {
    private var indices: [String: Int] = [:]
    /// How many fields the header has; every row must have as many.
    public let width: Int
    /// Header names of columns nobody reads; kept in the evidence, ignored here.
    public let extraColumns: [String]

    /// Reads the header record. Missing required columns and repeated headers become findings.
    public init(
        header: CSVRecord, specs: [ColumnSpec], aliases: [String: String], findings: inout [Finding]
    ) {
        var positions: [String: Int] = [:]
        var names: [String] = []
        for index in 0..<header.count {
            let name = header.trimmed(index)
            names.append(name)
            let normalized = name.lowercased()
            if let earlier = positions[normalized] {
                findings.append(
                    Finding(
                        .duplicateColumn, "column '\(Finding.echo(name))' appears twice in the header", at: header.location(index),
                        hint: "rename or remove one of them", related: header.location(earlier)))
            } else {
                positions[normalized] = index
            }
        }
        var used = Set<Int>()
        if let separator = Self.otherSeparator(names),
            !specs.filter(\.required).contains(where: { positions[(aliases[$0.name] ?? $0.name).lowercased()] != nil })
        {
            // One finding, not one per column: the columns are there, cut by another character.
            let table = Self.settingsTable(header.location.file)
            findings.append(
                Finding(
                    .missingColumn,
                    "the header is not separated by commas: it looks separated by '\(separator.shown)' (\(Finding.echo(names.joined(separator: ", "))))",
                    at: header.location,
                    hint: "say so in company.toml: [import.\(table)] separator = \"\(separator.setting)\" (or \"auto\"), or save the file with commas"))
            width = header.count
            extraColumns = names
            return
        }
        for spec in specs {
            let alias = aliases[spec.name]
            let wanted = alias ?? spec.name
            if let index = positions[wanted.lowercased()] {
                indices[spec.name] = index
                used.insert(index)
            } else if spec.required {
                let via: Phrase = alias.map { " (named '\($0)' by the alias in company.toml)" } ?? ""
                let close: Phrase = Self.similar(to: wanted, among: names).map { "; '\(Finding.echo(names[$0]))' is close to it" } ?? ""
                findings.append(
                    Finding(
                        .missingColumn,
                        "required column '\(spec.name)'\(via) is not in the header\(close); found: \(Finding.echo(names.joined(separator: ", ")))",
                        at: header.location,
                        hint: "add the column, or map your ERP's header to it in company.toml: [columns.<file>] \(spec.name) = \"Your Header\""))
            }
        }
        // An optional column left unread because its header is spelt a little differently would
        // change figures without a word (a value added, a rectified pedimento): it is an error.
        for spec in specs where !spec.required && indices[spec.name] == nil {
            let wanted = aliases[spec.name] ?? spec.name
            guard let index = Self.similar(to: wanted, among: names), !used.contains(index) else { continue }
            let table = Self.settingsTable(header.location.file)
            findings.append(
                Finding(
                    .similarColumn,
                    "header '\(Finding.echo(names[index]))' is not the optional column '\(wanted)' but close to it, so that column is not read",
                    at: header.location(index),
                    hint:
                        "rename the header to '\(wanted)', or map it in company.toml: [columns.\(table)] \(spec.name) = \"\(Finding.echo(names[index]))\"; if it holds something else, give it a name of its own"
                ))
        }
        width = header.count
        extraColumns = names.enumerated().filter { !used.contains($0.offset) }.map(\.element)
    }

    /// The settings table of a file (`sales` for `fiscal-years/2025/sales.csv`).
    static func settingsTable(_ file: String) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        return name.hasSuffix(".csv") ? String(name.dropLast(4)) : name
    }

    /// A separator other than the comma that a header of one field holds more than once.
    static func otherSeparator(_ names: [String]) -> (shown: String, setting: String)? {
        guard names.count == 1 else { return nil }
        let candidates: [(Character, String, String)] = [(";", ";", ";"), ("\t", "tab", "\\t"), ("|", "|", "|")]
        return candidates.first { candidate in names[0].filter { $0 == candidate.0 }.count >= 1 }.map { ($0.1, $0.2) }
    }

    /// The header closest to `wanted` when it differs only in case, accents, spaces, `_` or `-`, or
    /// by at most two letters (for names of five or more).
    static func similar(to wanted: String, among names: [String]) -> Int? {
        let target = folded(wanted)
        var best: (index: Int, distance: Int)?
        for (index, name) in names.enumerated() where name.lowercased() != wanted.lowercased() {
            let candidate = folded(name)
            let distance = candidate == target ? 0 : (target.count >= 5 ? editDistance(candidate, target, limit: 2) : nil)
            if let distance, distance < best?.distance ?? .max { best = (index, distance) }
        }
        return best?.index
    }

    /// Lower case, without accents, keeping only letters and digits.
    static func folded(_ name: String) -> [Character] {
        let plain = name.lowercased().unicodeScalars.flatMap { scalar -> [Character] in
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? scalar
            return decomposed.properties.isAlphabetic || ("0"..."9").contains(decomposed) ? [Character(decomposed)] : []
        }
        return plain
    }

    /// The Levenshtein distance of two short names, or nil when it is beyond `limit`.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int? {
        guard abs(a.count - b.count) <= limit else { return nil }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }

    /// The field index of a known column, nil when the file does not have it.
    public func index(of column: String) -> Int? { indices[column] }
}

extension ColumnMap {
    /// The header record of a file read in chunks: the columns it names (its findings to
    /// `findings`), the preparer started on them, and whether every required column is there
    /// (rows are not read otherwise).
    static func chunkHeader<Preparer: RowPreparer>(
        _ record: CSVRecord, specs: [ColumnSpec], aliases: [String: String], preparer: inout Preparer, findings: inout [Finding]
    ) -> (columns: ColumnMap, complete: Bool) {
        let columns = ColumnMap(header: record, specs: specs, aliases: aliases, findings: &findings)
        let complete = columns.hasRequiredColumns(specs)
        if complete { preparer.start(columns: columns) }
        return (columns, complete)
    }
}
