import Synchronization

/// A place in an input file, printed the way compilers print it: `path:line:column`.
///
/// Lines and columns are 1-based; columns count characters (Unicode scalars), not bytes,
/// so they match what a text editor shows. A location without a line refers to the whole file.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file as the user would type it, relative to the working root where possible.
    public var file: String {
        get { source.name }
        set { source = SourceFile(newValue) }
    }
    /// The same, as the run's index of the name: what a location holds.
    public var source: SourceFile
    public var line: Int? {
        get { storedLine == Self.none ? nil : storedLine }
        set { storedLine = newValue ?? Self.none }
    }
    public var column: Int? {
        get { storedColumn == Self.none ? nil : storedColumn }
        set { storedColumn = newValue ?? Self.none }
    }
    // Stored without optionals (24 bytes instead of 48, and nothing to retain): every invoice and
    // pedimento carries one, and is copied often. Lines and columns are 1-based, so `Int.min` is
    // free to mean "none".
    private var storedLine: Int
    private var storedColumn: Int
    private static let none = Int.min

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.init(source: SourceFile(file), line: line, column: column)
    }

    public init(source: SourceFile, line: Int? = nil, column: Int? = nil) {
        self.source = source
        storedLine = line ?? Self.none
        storedColumn = column ?? Self.none
    }

    public var description: String {
        switch (line, column) {
        case (let line?, let column?): "\(file):\(line):\(column)"
        case (let line?, nil): "\(file):\(line)"
        default: file
        }
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.source != rhs.source { return lhs.file < rhs.file }
        if (lhs.line ?? 0) != (rhs.line ?? 0) { return (lhs.line ?? 0) < (rhs.line ?? 0) }
        return (lhs.column ?? 0) < (rhs.column ?? 0)
    }
}

/// A file's name as an index into the names this run has met: a location holds four bytes and
/// no reference, so ten million invoices are copied, moved between threads and dropped without
/// counting references to one string (whose count two cores would pass back and forth). Equal
/// names are equal indexes; the name is looked up only to be shown or ordered.
public struct SourceFile: Sendable, Hashable {
    private let index: UInt32

    /// No file: the location of a record before its reader names it.
    public static let none = SourceFile(index: 0)

    private init(index: UInt32) { self.index = index }

    /// The index of `name`, made the first time it is met.
    public init(_ name: String) {
        index = SourceFile.names.withLock { names in
            if let index = names.indexes[name] { return index }
            let index = UInt32(names.all.count)
            names.all.append(name)
            names.indexes[name] = index
            return index
        }
    }

    public var name: String { SourceFile.names.withLock { $0.all[Int(index)] } }

    /// Every name met, by index ("" first, for `none`). A run meets a handful.
    private static let names = Mutex<(all: [String], indexes: [String: UInt32])>(([""], ["": 0]))
}
