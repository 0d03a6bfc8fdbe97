import IMMEXDomain

/// Reads one CSV extract with a header: finds the columns, checks each row's width, and hands
/// every data row to `row` as a `RowReader`. Structural findings and the rows' own findings are
/// all collected; an empty file is reported with the header it needs.
struct CSVTable {
    let columns: [ColumnSpec]
    let aliases: [String: String]
    let year: FiscalYear

    /// - Returns: the number of data rows read.
    func read(_ file: InputFile, findings: inout [Finding], row: (inout RowReader) -> Void) -> Int {
        var map: ColumnMap?
        var rows = 0
        var structure: [Finding] = []
        var rowFindings: [Finding] = []
        file.bytes.withUnsafeBufferPointer { buffer in
            CSVScanner(file: file.displayPath).scan(buffer, findings: &structure) { record in
                guard let columnMap = map else {
                    map = ColumnMap(header: record, specs: columns, aliases: aliases, findings: &rowFindings)
                    return
                }
                rows += 1
                guard columnMap.hasRequiredColumns(columns) else { return }
                var reader = RowReader(record: record, columns: columnMap, year: year)
                if reader.checkWidth() { row(&reader) }
                rowFindings.append(contentsOf: reader.findings)
            }
        }
        findings += structure + rowFindings
        if map == nil {
            findings.append(
                Finding(.missingColumn, "\(file.displayPath) is empty; it needs a header row",
                        at: SourceLocation(file: file.displayPath, line: 1, column: 1),
                        hint: "start with the header: " + columns.map(\.name).joined(separator: ",")))
        }
        return rows
    }
}
