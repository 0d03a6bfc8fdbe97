import Foundation
import IMMEXDomain

/// Reads one CSV extract with a header: finds the columns, checks each row's width, and hands
/// every data row to `row` as a `RowReader`. Structural findings and the rows' own findings are
/// all collected; an empty file is reported with the header it needs.
struct CSVTable: Sendable {
    let columns: [ColumnSpec]
    let aliases: [String: String]
    let year: FiscalYear
    var progress: ReadProgress?

    /// - Returns: the number of data rows read, and, for a file streamed from disk, the
    ///   `InputFile` that records its size and digest.
    /// - Parameter fast: tried first on every data row once the header is known; returning true
    ///   means the row was fully handled (no `RowReader` is made for it).
    func read(
        _ source: CSVSource, findings: inout [Finding], fast: (ColumnMap, CSVRecord) -> Bool = { _, _ in false }, row: (inout RowReader) -> Void
    ) -> (rows: Int, file: InputFile?) {
        var map: ColumnMap?
        var complete = false  // whether the header has every required column (checked once)
        var rows = 0
        var structure: [Finding] = []
        var rowFindings: [Finding] = []
        func handle(_ record: CSVRecord) {
            guard let columnMap = map else {
                map = ColumnMap(header: record, specs: columns, aliases: aliases, findings: &rowFindings)
                complete = map?.hasRequiredColumns(columns) ?? false
                return
            }
            rows += 1
            guard complete else { return }
            if record.count == columnMap.width, fast(columnMap, record) { return }
            var reader = RowReader(record: record, columns: columnMap, year: year)
            if reader.checkWidth() { row(&reader) }
            rowFindings.append(contentsOf: reader.findings)
        }
        var streamed: InputFile?
        switch source {
        case let .memory(file):
            file.bytes.withUnsafeBufferPointer { CSVScanner(file: file.displayPath).scan($0, findings: &structure, handle) }
        case let .disk(url, displayPath):
            do {
                var stream = CSVStream(scanner: CSVScanner(file: displayPath))
                stream.progress = progress
                let (size, sha256) = try stream.read(url: url, findings: &structure, handle)
                streamed = .streamed(url: url, displayPath: displayPath, size: size, sha256: sha256)
            } catch {
                findings.append(Finding(.unreadableFile, "\(displayPath) cannot be read: \(error.localizedDescription)",
                                        at: SourceLocation(file: displayPath), hint: "check that the file exists and can be read"))
                return (rows, nil)
            }
        }
        findings += structure + rowFindings
        if map == nil {
            findings.append(
                Finding(.missingColumn, "\(source.displayPath) is empty; it needs a header row",
                        at: SourceLocation(file: source.displayPath, line: 1, column: 1),
                        hint: "start with the header: " + columns.map(\.name).joined(separator: ",")))
        }
        return (rows, streamed)
    }
}

/// Where a CSV extract is read from.
public enum CSVSource: Sendable {
    /// Bytes already in memory (tests, small files).
    case memory(InputFile)
    /// A file streamed from disk in chunks, hashed while read.
    case disk(URL, displayPath: String)

    var displayPath: String {
        switch self {
        case let .memory(file): file.displayPath
        case let .disk(_, displayPath): displayPath
        }
    }
}
