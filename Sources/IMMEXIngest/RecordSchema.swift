import IMMEXDomain
import Machinery

/// What the one CSV reader (`CSVRecordReader`) must know of an input to read it: its columns, how
/// a well-formed row is read straight from its bytes (the fast path), how any row is read field by
/// field with a finding for each problem (the checked path), and the key no two rows may share.
/// The reader owns everything else: chunks, threads, repeats, the order of what it hands on.
///
/// The two paths must agree: a row the fast path accepts is one the checked path reads to the
/// same record with no finding (the readers' tests compare them on every kind of row).
protocol RecordSchema: Sendable {
    /// What a row becomes.
    associatedtype Record: LocatedRecord
    /// The columns the fast path reads, numbered in the order of `columns` (at most sixteen:
    /// `FieldBytes`).
    associatedtype Column: RawRepresentable<Int>, CaseIterable, Sendable

    /// The file's columns in their canonical order, which `Column` follows.
    static var columns: [ColumnSpec] { get }
    /// The column whose field a repeat's finding points at.
    static var keyColumn: String { get }
    /// How the file is written (RFC 4180 unless the schema says otherwise).
    static var dialect: CSVDialect { get }
    /// The fiscal year the rows belong to.
    var year: FiscalYear { get }

    /// Hands `body` the record of a row whose every field is well formed (`fields`: the row's
    /// fields by column, empty for a column the file lacks), located at `line` of `file`; false to
    /// send the row to the checked path. (The record is made where it is used: returned as an
    /// optional, a record of a few hundred bytes was copied twice per row.)
    func fastRecord(_ fields: inout FieldBytes<Column>, line: Int, file: SourceFile, _ body: (Record) -> Void) -> Bool
    /// Any row, each of its problems reported to `row`; the record when its required fields could
    /// be read (a row with errors is then checked for repeats, but not handed on).
    func checkedRecord(_ row: inout RowReader) -> Record?
    /// The key no two rows may share.
    func key(of record: Record) -> RowKey
    /// The finding for `record`, whose key (its field at `location`) an earlier row at `first` had.
    func repeatFinding(_ record: Record, at location: SourceLocation, first: SourceLocation) -> Finding

    /// Reads one chunk's rows, each valid record handed to `accept`, their keys put into the
    /// shared fingerprints. Every schema takes the one implementation (`CSVRecordReader+Rows.swift`);
    /// it is a requirement so that each schema's copy of it is compiled for that schema, even when
    /// called from code that is generic over what the records go into.
    func readRows(
        of chunk: ChunkSource.Chunk, columns: ColumnMap?, scanner: CSVScanner, reading: ChunkReading, scratch: inout ChunkScratch,
        accept: (Record) -> Void
    ) -> ChunkRows
}

/// A record that knows where it was read; a reading thread leaves its file unnamed (`SourceFile.none`)
/// and the thread that hands it on names it.
protocol LocatedRecord: Sendable {
    var location: SourceLocation { get set }
}

extension SalesInvoice: LocatedRecord {}
extension ExportPedimento: LocatedRecord {}

extension RecordSchema {
    static var dialect: CSVDialect { .rfc4180 }

    /// A column's canonical name.
    static func name(of column: Column) -> String { columns[column.rawValue].name }
}

/// A schema's fast path for one file: where its columns are (found in the header).
struct FastRowReader<Schema: RecordSchema>: Sendable {
    let schema: Schema
    /// What each field of a row is, by position; nil for a column the schema does not read.
    let roles: [Schema.Column?]
    /// Each position's place among a row's fields (`FieldBytes.slots`).
    let slots: [UInt8]

    init(schema: Schema, columns: ColumnMap) {
        var roles = [Schema.Column?](repeating: nil, count: columns.width)
        for role in Schema.Column.allCases {
            if let index = columns.index(of: Schema.name(of: role)), index < roles.count { roles[index] = role }
        }
        self.schema = schema
        self.roles = roles
        slots = FieldBytes<Schema.Column>.slots(roles)
    }

    /// The record of a row the scanner cut, its location naming no file; nil to take the checked
    /// path (also for a row of another width, or one whose read field holds escaped quotes).
    func record(_ record: CSVRecord) -> Schema.Record? {
        guard var fields = FieldBytes(record, roles: roles) else { return nil }
        var made: Schema.Record?
        _ = schema.fastRecord(&fields, line: record.line, file: .none) { made = $0 }
        return made
    }

    /// The row that starts at byte `start` of `bytes`, on line `line` of `file`, read without the
    /// scanner (`RowSplitter`): its record is handed to `body`, and where the next row starts is
    /// returned. Nil unless the row is one line ended by LF or CR LF, with as many fields as the
    /// header, none of the fields read quoting `""`, and every field well formed; the scanner and
    /// the checked path then read it, with the same result for a row this accepts.
    /// `fields`: where the row's fields are put, kept by the caller from row to row.
    @inline(__always)
    func row(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, line: Int, file: SourceFile, fields: inout FieldBytes<Schema.Column>,
        _ body: (Schema.Record) -> Void
    ) -> Int? {
        guard let next = RowSplitter.fields(bytes, from: start, slots: slots, dialect: Schema.dialect, into: &fields),
            schema.fastRecord(&fields, line: line, file: file, body)
        else { return nil }
        return next
    }
}

/// One row as the reading thread leaves it.
enum SchemaRow<Record: Sendable>: Sendable {
    /// Read by the fast path, its location naming no file; the key field's place is kept for the
    /// finding should the key repeat.
    case fast(Record, keyLine: Int, keyColumn: Int)
    /// Read the checked way: the record when its required fields could be read, the row's findings.
    case checked(Record?, findings: [Finding], hasErrors: Bool, keyLocation: SourceLocation)
}

/// Prepares each row of a schema's file: the fast path first, then the checked path, which reports
/// every problem of a row the fast path does not accept.
struct SchemaRowPreparer<Schema: RecordSchema>: RowPreparer {
    let schema: Schema
    let usesFastPath: Bool
    private(set) var fastPath: FastRowReader<Schema>?
    private var keyIndex = 0

    init(schema: Schema, usesFastPath: Bool) {
        self.schema = schema
        self.usesFastPath = usesFastPath
    }

    mutating func start(columns: ColumnMap) {
        fastPath = usesFastPath ? FastRowReader(schema: schema, columns: columns) : nil
        keyIndex = columns.index(of: Schema.keyColumn) ?? 0
    }

    mutating func prepare(_ record: CSVRecord, columns: ColumnMap) -> (value: SchemaRow<Schema.Record>, key: RowKey?) {
        if let made = fastPath?.record(record) {
            return (.fast(made, keyLine: record.line(keyIndex), keyColumn: record.column(keyIndex)), schema.key(of: made))
        }
        var row = RowReader(record: record, columns: columns, year: schema.year)
        guard row.checkWidth(dialect: Schema.dialect) else {
            return (.checked(nil, findings: row.findings, hasErrors: true, keyLocation: record.location), nil)
        }
        let made = schema.checkedRecord(&row)
        return (
            .checked(made, findings: row.findings, hasErrors: row.hasErrors, keyLocation: record.location(keyIndex)),
            made.map(schema.key(of:))
        )
    }
}
