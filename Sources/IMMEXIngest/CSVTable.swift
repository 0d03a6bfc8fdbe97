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
    /// Whether a file streamed from disk is hashed as it is read.
    var hashesFile = true
    /// The most findings of one code kept (`FindingLimiter`).
    var findingsPerCode = FindingLimiter.defaultPerCode
    /// How the file is written.
    var dialect = CSVDialect.rfc4180

    // Reading is in two stages, on two threads: `read(_:findings:preparer:lookahead:apply:)`
    // in CSVTable+Stages.swift.
}

/// Where a CSV extract is read from.
public enum CSVSource: Sendable {
    /// Bytes already in memory (tests, small files).
    case memory(InputFile)
    /// A file streamed from disk in chunks, hashed while read.
    case disk(URL, displayPath: String)
    /// Bytes made as they are read (a member of a package, inflated piece by piece: a metadata file
    /// of the SAT's bulk download holds a million rows), not hashed (the package is the input
    /// sealed). `open` starts from the first byte each time it is called.
    case stream(displayPath: String, size: Int, open: @Sendable () throws -> ByteFill)

    var displayPath: String {
        switch self {
        case .memory(let file): file.displayPath
        case .disk(_, let displayPath): displayPath
        case .stream(let displayPath, _, _): displayPath
        }
    }
}

/// Writes a source's next bytes into the space given and returns how many (0 at the end).
public typealias ByteFill = (UnsafeMutableBufferPointer<UInt8>) throws -> Int

extension CSVSource {
    /// The rows to size a table of rows for (the UUIDs or pedimentos seen): the file's size over
    /// the average line of its first MiB, plus a tenth (later rows may be shorter). Sizing by
    /// bytes alone would make the table follow the width of the rows, not their number.
    func expectedRows() -> Int {
        switch self {
        case .memory(let file):
            return file.bytes.withUnsafeBytes { Self.estimatedRows(size: file.size, sample: UnsafeRawBufferPointer(rebasing: $0.prefix(Self.sampleSize))) }
        case .disk(let url, _):
            guard let handle = try? FileHandle(forReadingFrom: url) else { return 0 }
            defer { try? handle.close() }
            let size = (try? handle.seekToEnd()).map { Int($0) } ?? 0
            guard (try? handle.seek(toOffset: 0)) != nil, let sample = try? handle.read(upToCount: Self.sampleSize) else {
                return Self.estimatedRows(size: size, sample: UnsafeRawBufferPointer(start: nil, count: 0))
            }
            return sample.withUnsafeBytes { Self.estimatedRows(size: size, sample: $0) }
        case .stream(_, let size, let open):
            var sample = [UInt8](repeating: 0, count: Self.sampleSize)
            let count = (try? open()).flatMap { fill in try? sample.withUnsafeMutableBufferPointer { try fill($0) } } ?? 0
            return sample.withUnsafeBytes { Self.estimatedRows(size: size, sample: UnsafeRawBufferPointer(rebasing: $0[..<count])) }
        }
    }

    private static let sampleSize = 1 << 20

    /// One row per line of the sample (a quoted line break miscounts a little, which is harmless
    /// here); with fewer than 16 lines to go by, one row per 120 bytes.
    static func estimatedRows(size: Int, sample: UnsafeRawBufferPointer) -> Int {
        let lines = sample.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let rows = lines >= 16 ? size / max(sample.count / lines, 1) : size / 120
        return min(rows + rows / 10, 100_000_000)
    }
}
