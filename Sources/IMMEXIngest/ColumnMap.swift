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
        for spec in specs {
            let alias = aliases[spec.name]
            let wanted = alias ?? spec.name
            if let index = positions[wanted.lowercased()] {
                indices[spec.name] = index
                used.insert(index)
            } else if spec.required {
                let via = alias.map { " (named '\($0)' by the alias in company.toml)" } ?? ""
                findings.append(
                    Finding(
                        .missingColumn,
                        "required column '\(spec.name)'\(via) is not in the header; found: \(Finding.echo(names.joined(separator: ", ")))",
                        at: header.location,
                        hint: "add the column, or map your ERP's header to it in company.toml: [columns.<file>] \(spec.name) = \"Your Header\""))
            }
        }
        width = header.count
        extraColumns = names.enumerated().filter { !used.contains($0.offset) }.map(\.element)
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
