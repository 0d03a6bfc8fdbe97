import CIntrinsics

/// Cuts one CSV row into its fields straight from the bytes, for the fast paths: each block of
/// sixteen bytes is looked at once, its separators (commas, or the dialect's), quotes and control bytes (below 0x0E: LF, CR, tab
/// and the rare others) marked together in SIMD lanes, four blocks to a 64-bit mask (`marks`,
/// SSE2's compares and byte-mask move), and the marks taken in order from the mask. A row of
/// fourteen fields in 150 bytes is three masks and some eighteen marks, rather than a search
/// started afresh for every field.
///
/// The row is one line ended by LF or CR LF with exactly `fields` fields. A field may be quoted
/// (its first byte a quote); a quoted field holds commas, tabs and, unless refused, `""`, but no
/// line break, and its closing quote is followed by the separator. A quote inside an unquoted
/// field is one of its bytes, and so is a tab. Anything else (a lone CR, a line break inside
/// quotes, a field too many or too few, no line end before the bytes end) is not a row this
/// reads: the scanner then cuts it, and says what is wrong.
enum RowSplitter {
    private static let lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")

    /// Splits the row that starts at `start`: `field(position, from, to)` is given each field's
    /// bytes, inside its quotes if quoted, blanks not trimmed. Returns where the next row starts,
    /// or nil (see above); fields may have been handed over before a nil. `refusesEscapes(position)`:
    /// whether a `""` in that field makes the row one this does not read.
    @inline(__always)
    static func split(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, fields fieldCount: Int, dialect: CSVDialect = .rfc4180, refusesEscapes: (Int) -> Bool,
        _ field: (_ position: Int, _ from: Int, _ to: Int) -> Void
    ) -> Int? {
        // (Without quoting, the quote byte is the separator, which is taken as a separator first.)
        let separator = dialect.separator
        let quote = dialect.quote
        guard let base = bytes.baseAddress, fieldCount > 0 else { return nil }
        let count = bytes.count
        let last = fieldCount - 1
        var position = 0
        // Where the current field's bytes start (past its opening quote when quoted), and whether
        // a quote is open.
        var fieldStart = start
        var quoted = false
        // A quote that closes a field (or is the first of `""`) deals with the marked byte after
        // it there and then, so that a separator outside quotes always ends an unquoted field
        // and needs no test of how the field was quoted: that byte's mark is then passed by,
        // cleared from this block's, or from the next block's when it is that block's first
        // (`passed`).
        var passed = -1
        // The row's last field, up to `end`, before the line end at `ending` (LF, or CR LF):
        // where the next row starts, or nil.
        func lastField(to end: Int, lineEndAt ending: Int) -> Int? {
            guard position == last else { return nil }
            if base[ending] == lf {
                // (A bare LF where only CR LF ends a record: the scanner reads the row.)
                if dialect.recordsEndWithCRLF { return nil }
                field(position, fieldStart, end)
                return ending &+ 1
            }
            guard ending &+ 1 < count, base[ending &+ 1] == lf else { return nil }  // a lone CR
            field(position, fieldStart, end)
            return ending &+ 2
        }
        var block = start
        while block < count {
            var marks =
                block &+ 64 <= count
                ? Self.marks(base + block, separator: separator, quote: quote)
                : tailMarks(base + block, count: count &- block, separator: separator, quote: quote)
            if passed == block { marks &= ~1 }
            while marks != 0 {
                let at = block &+ marks.trailingZeroBitCount
                marks &= marks &- 1
                let byte = base[at]
                if !quoted {
                    if byte == separator {
                        guard position < last else { return nil }
                        field(position, fieldStart, at)
                        position &+= 1
                        fieldStart = at &+ 1
                    } else if byte == quote {
                        // Opening at the field's start; elsewhere a quote inside an unquoted field, one of its bytes.
                        if at == fieldStart {
                            quoted = true
                            fieldStart = at &+ 1
                        }
                    } else if byte == lf || byte == cr {
                        return lastField(to: at, lineEndAt: at)
                    }
                    continue  // (else a tab or other control byte: one of the field's bytes)
                }
                guard byte == quote else {
                    if byte == lf || byte == cr { return nil }  // a line break inside quotes
                    continue  // a separator or a tab inside quotes
                }
                // Closing, unless a quote follows (`""`); the byte after must be one that is marked.
                guard at &+ 1 < count else { return nil }
                let next = base[at &+ 1]
                if next == quote {  // `""`, a quote inside the field, which stays quoted
                    if refusesEscapes(position) { return nil }
                } else if next == separator {
                    guard position < last else { return nil }
                    field(position, fieldStart, at)
                    position &+= 1
                    fieldStart = at &+ 2
                    quoted = false
                } else if next == lf || next == cr {
                    return lastField(to: at, lineEndAt: at &+ 1)
                } else {
                    return nil  // a closing quote with a byte of the field after it
                }
                // The byte after, dealt with: its mark is passed by.
                if at &+ 1 < block &+ 64 { marks &= ~(1 &<< UInt64(at &+ 1 &- block)) } else { passed = at &+ 1 }
            }
            block &+= 64
        }
        return nil  // no line end: the last row of a file without one, or a chunk's cut
    }

    /// `bytes[from..<to]` without the spaces and tabs around it. (Both are at most 0x20: one
    /// comparison tells the usual field, which has none, from one that may.)
    @inline(__always)
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> UnsafeBufferPointer<UInt8> {
        var from = from
        var to = to
        if from < to, bytes[from] <= 0x20 || bytes[to &- 1] <= 0x20 {
            while from < to, bytes[from] == 0x20 || bytes[from] == 0x09 { from &+= 1 }
            while to > from, bytes[to &- 1] == 0x20 || bytes[to &- 1] == 0x09 { to &-= 1 }
        }
        // (From the base, not by slicing: `from <= to` holds, and a slice would check it again.)
        return UnsafeBufferPointer(start: bytes.baseAddress.map { $0 + from }, count: to &- from)
    }

    /// One bit for each of the 64 bytes at `bytes` that is the separator, the quote or below
    /// 0x0E, the first byte lowest (all 64 must be readable).
    @inline(__always)
    static func marks(_ bytes: UnsafePointer<UInt8>, separator: UInt8 = UInt8(ascii: ","), quote: UInt8 = UInt8(ascii: "\"")) -> UInt64 {
        immex_csv_marks64(bytes, separator, quote)
    }

    /// The marks of the last `count` bytes (fewer than 64), the missing ones read as letters and
    /// not marked.
    private static func tailMarks(_ bytes: UnsafePointer<UInt8>, count: Int, separator: UInt8, quote: UInt8) -> UInt64 {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { padded in
            padded.initialize(repeating: UInt8(ascii: "x"))
            for offset in 0..<count { padded[offset] = bytes[offset] }
            return immex_csv_marks64(padded.baseAddress!, separator, quote)
        }
    }
}

extension RowSplitter {
    /// Puts the read fields of the row that starts at `start` into `fields` by their role
    /// (`slots`: each position's place in `fields`, `FieldBytes.unused` for a column no reader
    /// uses; a `""` is refused in a read one), blanks trimmed, and returns where the next row
    /// starts; nil for a row `split` does not read (`fields` may then hold some of its fields).
    /// Every role's field is set for a row read, so one `fields` serves row after row: a column
    /// the file lacks stays empty. (A column no reader uses is put in the unused place rather
    /// than left out: no test of the role for every field of every row.)
    @inline(__always)
    static func fields<Column: RawRepresentable<Int>>(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, slots: [UInt8], dialect: CSVDialect = .rfc4180, into fields: inout FieldBytes<Column>
    ) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            split(bytes, from: start, fields: slots.count, dialect: dialect, refusesEscapes: { slots[$0] != FieldBytes<Column>.unused }) { position, from, to in
                fields[slot: slots[position]] = trimmed(bytes, from: from, to: to)
            }
        }
    }
}

/// One row's fields by column (a reader's enumeration of at most sixteen), blanks around them
/// trimmed; empty for a column the file lacks. Kept inline, on the stack: one is filled for
/// every row.
struct FieldBytes<Column: RawRepresentable<Int>> {
    static var capacity: Int { 16 }
    /// The place of the fields no reader uses, past every column's (a test checks both readers').
    static var unused: UInt8 { 15 }

    /// Each position's place among the fields (`roles`: each position's column, nil for one no
    /// reader uses).
    static func slots(_ roles: [Column?]) -> [UInt8] {
        roles.map { $0.map { UInt8($0.rawValue) } ?? unused }
    }
    private var fields = InlineArray<16, UnsafeBufferPointer<UInt8>>(repeating: UnsafeBufferPointer(start: nil, count: 0))

    // Unchecked: a column's raw value is below 16 by its enumeration's definition (a test checks
    // both readers'), and the check cost two instructions for every field of every row.
    subscript(column: Column) -> UnsafeBufferPointer<UInt8> {
        get {
            assert(column.rawValue < Self.capacity)
            return fields[unchecked: column.rawValue]
        }
        set {
            assert(column.rawValue < Self.capacity)
            fields[unchecked: column.rawValue] = newValue
        }
    }

    /// A place by number (`slots`), below 16 by how they are made.
    subscript(slot slot: UInt8) -> UnsafeBufferPointer<UInt8> {
        get { fields[unchecked: Int(slot)] }
        set {
            assert(Int(slot) < Self.capacity)
            fields[unchecked: Int(slot)] = newValue
        }
    }
}

extension FieldBytes {
    /// The read fields of a record the scanner cut; nil when it has not one field per role, or
    /// when a read field holds escaped quotes (the checked path unescapes them).
    init?(_ record: CSVRecord, roles: [Column?]) {
        guard record.count == roles.count else { return nil }
        for (index, role) in roles.enumerated() {
            guard let role else { continue }
            guard let bytes = record.bytes(index) else { return nil }
            self[role] = bytes
        }
    }
}
