/// A place in an input file, printed the way compilers print it: `path:line:column`.
///
/// Lines and columns are 1-based; columns count characters (Unicode scalars), not bytes,
/// so they match what a text editor shows. A location without a line refers to the whole file.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file as the user would type it, relative to the working root where possible.
    public var file: String
    public var line: Int? {
        get { storedLine == Self.none ? nil : storedLine }
        set { storedLine = newValue ?? Self.none }
    }
    public var column: Int? {
        get { storedColumn == Self.none ? nil : storedColumn }
        set { storedColumn = newValue ?? Self.none }
    }
    // Stored without optionals (32 bytes instead of 48): every invoice and pedimento carries one,
    // and is copied often. Lines and columns are 1-based, so `Int.min` is free to mean "none".
    private var storedLine: Int
    private var storedColumn: Int
    private static let none = Int.min

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        storedLine = line ?? Self.none
        storedColumn = column ?? Self.none
    }

    public var description: String {
        switch (line, column) {
        case let (line?, column?): "\(file):\(line):\(column)"
        case let (line?, nil): "\(file):\(line)"
        default: file
        }
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if (lhs.line ?? 0) != (rhs.line ?? 0) { return (lhs.line ?? 0) < (rhs.line ?? 0) }
        return (lhs.column ?? 0) < (rhs.column ?? 0)
    }
}
