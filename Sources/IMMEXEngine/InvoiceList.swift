import IMMEXDomain
import Machinery

/// Invoices held for reconciliation, packed: 64 bytes each instead of a `SalesInvoice`'s 168
/// (whose amounts are full-width decimals, and whose customer takes 16 bytes). A year of ten
/// million invoices keeps about three million of them, so this is the difference between holding
/// them in 190 MB or 500 MB. Reading an element rebuilds the same `SalesInvoice` that was appended;
/// the rare invoice that does not fit the packed form (several pedimentos, an amount past 32 bits,
/// a line past 4 billion, a location not at a row's start) is kept whole beside the rest.
///
/// Records are stored in segments: the list grows by starting another (of 65,536), never by
/// copying what it holds (an array would copy hundreds of megabytes as it doubles), and appending
/// another list takes over that list's segments as they are, with the tables their records index
/// (a year's list is made of the lists each stretch of the file filled on its own thread: adopting
/// them, where copying would write every record again into fresh memory).
public struct InvoiceList: RandomAccessCollection, Sendable, ExpressibleByArrayLiteral {
    private static let segmentSize = 1 << 16
    /// Positions are found a block at a time (`directory`).
    private static let blockBits = 12
    private static let blockSize = 1 << blockBits
    private var segments: [Segment] = []
    /// Where each segment starts, then `Int.max`: a position is in the last segment starting at or
    /// before it.
    private var starts: [Int] = [Int.max]
    /// For every block of 4,096 positions, the segment holding its first. A segment taken over
    /// from another list holds at least a block (a shorter one is copied), so a position is never
    /// more than a few segments past its block's.
    private var directory: [UInt32] = []
    /// How many more records the last segment takes before `store` starts another (none, for one
    /// taken over from another list).
    private var room = 0
    public private(set) var count = 0
    /// Invoices kept whole, by position.
    private var whole: [Int: SalesInvoice] = [:]
    /// The files and customers records index, one set per list whose segments this one holds.
    private var tables: [Tables] = []
    /// The set this list's own appends index (nil until the first), and where its entries are.
    private var ownTables: Int?
    private var fileIndexes: [SourceFile: UInt16] = [:]
    private var customerIndexes: [RFC: UInt32] = [:]
    /// The file and the customer last indexed (an invoice is most often the previous one's).
    private var lastFile: (file: SourceFile, index: UInt16)?
    private var lastCustomer: (rfc: RFC, index: UInt32)?

    /// Records, and the tables they index.
    private struct Segment: Sendable {
        var records: [PackedInvoice]
        let tables: Int
    }

    /// The files invoices come from (usually one), so each record holds a small index; the
    /// customers invoiced (a company exports to a few hundred, not millions), likewise.
    private struct Tables: Sendable {
        var files: [SourceFile] = []
        var customers: [RFC] = []
    }

    public init() {}

    public init(_ invoices: some Sequence<SalesInvoice>) {
        for invoice in invoices { append(invoice) }
    }

    public init(arrayLiteral invoices: SalesInvoice...) { self.init(invoices) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public mutating func append(_ invoice: SalesInvoice) {
        // A CFDI of a package is indexed by its package: a million members are one file of the table.
        let member = invoice.location.source.member
        var record = fileIndex(member?.package ?? invoice.location.source).flatMap {
            PackedInvoice(invoice, file: $0, position: member?.position, customer: customerIndex(invoice.customerRFC))
        }
        if record == nil {
            whole[count] = invoice
            record = PackedInvoice(placeholderFor: invoice)
        }
        store(record!)
    }

    /// Makes room for `minimumCapacity` invoices in an empty list, up to one segment: a list whose
    /// size is known (one stretch of a file) then fills its first segment without copying it.
    public mutating func reserveCapacity(_ minimumCapacity: Int) {
        guard count == 0, segments.isEmpty, minimumCapacity > 0 else { return }
        startSegment(reserving: Swift.min(minimumCapacity, Self.segmentSize))
    }

    /// Appends a record indexing this list's own tables; the first segment grows as records come
    /// (a list of a few invoices, like one stretch of a file, stays small) unless reserved, the
    /// next ones are made whole at once.
    private mutating func store(_ record: PackedInvoice) {
        if room == 0 { startSegment(reserving: segments.isEmpty ? 0 : Self.segmentSize) }
        segments[segments.count - 1].records.append(record)
        room -= 1
        if count & (Self.blockSize - 1) == 0 { directory.append(UInt32(segments.count - 1)) }
        count += 1
    }

    private mutating func startSegment(reserving capacity: Int) {
        var records: [PackedInvoice] = []
        records.reserveCapacity(capacity)
        segments.append(Segment(records: records, tables: ownTableSet()))
        starts[starts.count - 1] = count
        starts.append(Int.max)
        room = Self.segmentSize
    }

    private mutating func ownTableSet() -> Int {
        if let ownTables { return ownTables }
        tables.append(Tables())
        ownTables = tables.count - 1
        return tables.count - 1
    }

    /// Appends every invoice of `other`, in order: the same as appending each one, but its
    /// segments of a block or more are taken over as they are (shared, not copied), with their
    /// tables, and the records of shorter ones are copied as they are (their file and customer
    /// indexes translated).
    public mutating func append(contentsOf other: InvoiceList) {
        let base = count
        var adopted: [Int: Int] = [:]  // other's tables -> this list's
        var taken = [Bool](repeating: false, count: other.segments.count)
        for (index, segment) in other.segments.enumerated() {
            let first = other.starts[index]
            guard segment.records.count >= Self.blockSize else {
                copy(segment, startingAt: first, of: other)
                continue
            }
            let tableSet =
                adopted[segment.tables]
                ?? {
                    tables.append(other.tables[segment.tables])
                    adopted[segment.tables] = tables.count - 1
                    return tables.count - 1
                }()
            segments.append(Segment(records: segment.records, tables: tableSet))
            starts[starts.count - 1] = count
            starts.append(Int.max)
            room = 0
            taken[index] = true
            count += segment.records.count
            while directory.count << Self.blockBits < count { directory.append(UInt32(segments.count - 1)) }
        }
        // The invoices kept whole in the segments taken over keep their place (those of the
        // segments copied were appended as invoices).
        for (position, invoice) in other.whole where taken[other.locate(position).segment] { whole[base + position] = invoice }
    }

    /// Appends the invoices of one of `other`'s segments, record by record.
    private mutating func copy(_ segment: Segment, startingAt first: Int, of other: InvoiceList) {
        let table = other.tables[segment.tables]
        let files = table.files.map { fileIndex($0) }
        let customers = table.customers.map { customerIndex($0) }
        for (offset, record) in segment.records.enumerated() {
            if record.isPlaceholder, let invoice = other.whole[first + offset] {
                append(invoice)
            } else if let file = files[Int(record.file)] {
                store(record.moved(file: file, customer: customers[Int(record.customer)]))
            } else {
                append(record.invoice(file: table.files[Int(record.file)], customer: table.customers[Int(record.customer)]))
            }
        }
    }

    /// The segment holding a position, and the position's record in it.
    @inline(__always)
    private func locate(_ position: Int) -> (segment: Int, offset: Int) {
        precondition(position >= 0 && position < count, "invoice index out of range")
        var segment = Int(directory[position >> Self.blockBits])
        while starts[segment + 1] <= position { segment += 1 }
        return (segment, position - starts[segment])
    }

    @inline(__always)
    private func record(at position: Int) -> PackedInvoice {
        let (segment, offset) = locate(position)
        return segments[segment].records[offset]
    }

    public subscript(position: Int) -> SalesInvoice {
        let (segment, offset) = locate(position)
        let record = segments[segment].records[offset]
        if record.isPlaceholder, let invoice = whole[position] { return invoice }
        let table = tables[segments[segment].tables]
        return record.invoice(file: table.files[Int(record.file)], customer: table.customers[Int(record.customer)])
    }

    /// The invoice's UUID, read without rebuilding the invoice.
    @inline(__always)
    public func uuid(at position: Int) -> InvoiceUUID {
        let record = record(at: position)
        if record.isPlaceholder, let invoice = whole[position] { return invoice.uuid }
        return record.uuid
    }

    /// The fields reconciliation matches, filters and adds up, read without rebuilding the
    /// invoice (which would copy its strings and allocate its list of pedimentos).
    @inline(__always)
    public func matchingFields(at position: Int) -> InvoiceMatchingFields {
        read(at: position, kept: InvoiceMatchingFields.init) { record, isGenericForeignCustomer in
            record.matchingFields(isGenericForeignCustomer: isGenericForeignCustomer)
        }
    }

    /// Whether the invoice is active, and its export code: what linking and grouping filter on,
    /// read from the packed record alone (no amounts decoded, no customer looked up).
    @inline(__always)
    public func activeAndCode(at position: Int) -> (isActive: Bool, exportCode: ExportCode) {
        let record = record(at: position)
        if record.isPlaceholder, let invoice = whole[position] { return (invoice.status == .active, invoice.exportCode) }
        return (record.status == .active, record.exportCode)
    }

    /// What the code checks look at — status, type, export code, and whether the customer is the
    /// generic foreign RFC — read without decoding any amount.
    @inline(__always)
    public func codes(at position: Int) -> InvoiceCodes {
        read(at: position, kept: InvoiceCodes.init) { record, isGenericForeignCustomer in
            InvoiceCodes(status: record.status, type: record.type, exportCode: record.exportCode, isGenericForeignCustomer: isGenericForeignCustomer)
        }
    }

    /// What `packed` makes of the record at `position` and whether its customer is the generic
    /// foreign RFC (looked up in the record's segment's table), or what `kept` makes of the
    /// invoice when it is kept whole.
    @inline(__always)
    private func read<Value>(
        at position: Int, kept: (SalesInvoice) -> Value, packed: (PackedInvoice, _ isGenericForeignCustomer: Bool) -> Value
    ) -> Value {
        let (segment, offset) = locate(position)
        let record = segments[segment].records[offset]
        if record.isPlaceholder, let invoice = whole[position] { return kept(invoice) }
        return packed(record, tables[segments[segment].tables].customers[Int(record.customer)].isGenericForeign)
    }

    /// The invoice's pedimentos, in its order, without rebuilding the invoice (and, for the usual
    /// single pedimento, without an array).
    @inline(__always)
    public func pedimentos(at position: Int) -> PedimentoList {
        let record = record(at: position)
        if record.isPlaceholder, let invoice = whole[position] { return invoice.pedimentos }
        return record.hasPedimento ? PedimentoList(PedimentoNumber(packed: record.pedimento)) : []
    }

    private mutating func customerIndex(_ rfc: RFC) -> UInt32 {
        if let last = lastCustomer, last.rfc == rfc { return last.index }
        let set = ownTableSet()
        let index: UInt32
        if let known = customerIndexes[rfc] {
            index = known
        } else {
            index = UInt32(tables[set].customers.count)
            customerIndexes[rfc] = index
            tables[set].customers.append(rfc)
        }
        lastCustomer = (rfc, index)
        return index
    }

    /// The bytes one packed invoice takes (tests).
    var packedStride: Int { MemoryLayout<PackedInvoice>.stride }
    /// How many invoices are kept whole (tests).
    var wholeCount: Int { whole.count }
    /// How many segments hold the records (tests).
    var segmentCount: Int { segments.count }

    /// Nil past 65,536 distinct files (such an invoice is kept whole).
    private mutating func fileIndex(_ file: SourceFile) -> UInt16? {
        if let last = lastFile, last.file == file { return last.index }
        let set = ownTableSet()
        let index: UInt16
        if let known = fileIndexes[file] {
            index = known
        } else {
            guard tables[set].files.count <= Int(UInt16.max) else { return nil }
            index = UInt16(tables[set].files.count)
            fileIndexes[file] = index
            tables[set].files.append(file)
        }
        lastFile = (file, index)
        return index
    }
}
