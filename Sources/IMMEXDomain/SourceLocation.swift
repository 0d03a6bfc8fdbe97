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
///
/// The members of a package (a ZIP of a million CFDI) are indexes of their own, made for a whole
/// package at once (`SourceFile.members(of:names:)`): their names are kept as one block of bytes
/// per package, not a string and a table entry each, and read back as `package!member`. A member's
/// index is not the index of the same text given to `init(_:)`: members are only ever named by
/// their package.
public struct SourceFile: Sendable, Hashable {
    private let index: UInt32

    /// No file: the location of a record before its reader names it.
    public static let none = SourceFile(index: 0)

    private init(index: UInt32) { self.index = index }

    /// Members: the top bit set, then the package's slot and the member's position.
    private static let memberFlag: UInt32 = 1 << 31
    private static let positionBits: UInt32 = 20
    private static let positionMask: UInt32 = (1 << positionBits) - 1
    private static let packageSlots = 1 << (31 - positionBits)

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

    /// One file for each of `members`, in order, each named `package!member`. Past 1,048,575
    /// members in one package or 2,048 packages in a run, members are named one by one instead.
    public static func members(of package: String, names members: [String]) -> [SourceFile] {
        // (The last position, all ones, stands for the package itself: `member`.)
        guard members.count <= Int(positionMask) else { return members.map { SourceFile("\(package)!\($0)") } }
        let slot: Int? = SourceFile.names.withLock { names in
            guard names.packages.count < packageSlots else { return nil }
            var bytes: [UInt8] = []
            var ends: [UInt32] = []
            ends.reserveCapacity(members.count)
            for member in members {
                bytes += member.utf8
                ends.append(UInt32(bytes.count))
            }
            names.packages.append(PackageNames(name: package, bytes: bytes, ends: ends))
            return names.packages.count - 1
        }
        guard let slot else { return members.map { SourceFile("\(package)!\($0)") } }
        return (0..<members.count).map { SourceFile(index: memberFlag | UInt32(slot) << positionBits | UInt32($0)) }
    }

    /// For a member of a package: the package, as a file of its own (for tables that index files:
    /// a million members are one entry), and the member's position in it. Nil for other files.
    public var member: (package: SourceFile, position: Int)? {
        guard index & Self.memberFlag != 0, index & Self.positionMask != Self.positionMask else { return nil }
        return (SourceFile(index: index | Self.positionMask), Int(index & Self.positionMask))
    }

    /// The member at `position` of `package` (as `member` gives them); nil when `package` is no package.
    public static func member(of package: SourceFile, at position: Int) -> SourceFile? {
        guard package.index & memberFlag != 0, package.index & positionMask == positionMask, (0..<Int(positionMask)).contains(position) else {
            return nil
        }
        return SourceFile(index: package.index & ~positionMask | UInt32(position))
    }

    public var name: String {
        SourceFile.names.withLock { names in
            guard index & Self.memberFlag != 0 else { return names.all[Int(index)] }
            let package = names.packages[Int((index & ~Self.memberFlag) >> Self.positionBits)]
            let position = Int(index & Self.positionMask)
            if index & Self.positionMask == Self.positionMask { return package.name }
            let start = position == 0 ? 0 : Int(package.ends[position - 1])
            return package.name + "!" + String(decoding: package.bytes[start..<Int(package.ends[position])], as: UTF8.self)
        }
    }

    /// A package's members' names, end to end, and where each ends.
    private struct PackageNames {
        let name: String
        let bytes: [UInt8]
        let ends: [UInt32]
    }

    /// Every name met, by index ("" first, for `none`): a run meets a handful; and the packages
    /// whose members were named at once.
    private static let names = Mutex<(all: [String], indexes: [String: UInt32], packages: [PackageNames])>(([""], ["": 0], []))
}
