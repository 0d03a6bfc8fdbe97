import Foundation
import IMMEXDomain

/// Reads one CSV extract with a header: finds the columns, hands every data row to a preparer
/// (which checks its width and fields), and collects structural findings and the rows' own; an
/// empty file is reported with the header it needs.
struct CSVTable: Sendable {
    let columns: [ColumnSpec]
    let aliases: [String: String]
    let year: FiscalYear
    var progress: ReadProgress?

    // Reading is in two stages, on two threads: `read(_:findings:preparer:lookahead:apply:)`
    // in CSVTable+Stages.swift.
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
