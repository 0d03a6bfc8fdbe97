import Synchronization

/// What a reader counts of a file as it reads it: the rows its fast path could not read, which
/// took the checked path. A file written in any official spelling (compact or spaced pedimento
/// numbers, CRLF or LF, a BOM, quoted fields, optional columns absent or blank) sends no
/// well-formed row there; `--verbose` prints the count, and tests hold readers to it.
public final class ReadCounts: Sendable {
    private let checked = Atomic<Int>(0)

    public init() {}

    /// Rows read by the checked path.
    public var checkedRows: Int { checked.load(ordering: .relaxed) }

    func addChecked(_ count: Int) {
        if count > 0 { checked.add(count, ordering: .relaxed) }
    }
}
