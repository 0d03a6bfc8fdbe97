import IMMEXDomain
import Machinery

/// Cross-checks invoices and pedimentos, as the authorities do (domain.md §1, §5, §8): every A1
/// export has its CFDI and every export CFDI its A1; amounts, dates and codes agree; returns and
/// rectifications point somewhere real. Matching is by hashing (UUID and pedimento number); linked
/// records form groups (union-find), so one invoice under several pedimentos and several invoices
/// under one consolidated pedimento are compared as wholes.
public struct Reconciler: Sendable {
    public let year: FiscalYear
    public let rules: Rules

    public init(year: FiscalYear, rules: Rules) {
        self.year = year
        self.rules = rules
    }

    /// - Parameters:
    ///   - invoices: the export-relevant invoices (`SalesInvoice.isExportRelevant`), cancelled ones included.
    ///   - pedimentos: every valid row of `exports.csv`; `effective`: after rectifications.
    public func reconcile(invoices: InvoiceList, pedimentos: [ExportPedimento], effective: [EffectivePedimento]) -> [ReconciliationItem] {
        var items: [ReconciliationItem] = []
        // By the number's 15 digits read as an integer (hashing a string costs more), while the
        // forest of groups is made on another core. (Each read by position, in place: iterating
        // would copy every pedimento, counting references to its rows.)
        let (made, numbers) = concurrently({ [count = invoices.count + effective.count] in UnionFind(count: count) }) {
            PedimentoIndex(effective.indices.lazy.map { effective[$0].original.number.packed })
        }

        // Links, by hashing; each link joins an invoice and a pedimento in one group. The invoices'
        // own links are made here while another core finds the invoice each pedimento names.
        var groups = consume made
        var linkedInvoice = [Bool](repeating: false, count: invoices.count)
        var linkedPedimento = [Bool](repeating: false, count: effective.count)
        let namedInvoices = concurrently({ FirstInvoices(effective, in: invoices) }) {
            linkPedimentos(
                of: invoices, numbers: numbers, groups: &groups, linkedInvoice: &linkedInvoice,
                linkedPedimento: &linkedPedimento, items: &items)
        }.other
        // Then the pedimentos' own links, and every record's group (read-only from there on),
        // while another core checks each pedimento on its own.
        let (pedimentoItems, roots) = concurrently({ [self] in checkPedimentos(pedimentos, effective: effective, byNumber: numbers) }) {
            linkNamedInvoices(
                of: effective, named: namedInvoices, invoices: invoices, groups: &groups, linkedInvoice: &linkedInvoice,
                linkedPedimento: &linkedPedimento, items: &items)
            return groups.takeRoots()
        }

        // The invoices' codes are checked on another core while the records taking part are
        // grouped here; then the groups are compared.
        let (codeItems, members) = concurrently({ [self] in checkInvoiceCodes(invoices, effective: effective, roots: roots) }) {
            groupMembers(invoices: invoices, effective: effective, roots: roots, linkedInvoice: linkedInvoice, linkedPedimento: linkedPedimento)
        }
        items += compareGroups(members, invoices: invoices, effective: effective, compared: ComparedLookup(effective: effective))
        items += pedimentoItems
        items += codeItems
        return items
    }

    /// Joins each pedimento that names an invoice (`named`: the first export invoice with its
    /// UUID, by pedimento) with that invoice, marking both linked; a pedimento naming no active
    /// export invoice is an item. (Its own function for the reason `linkPedimentos` is.)
    private func linkNamedInvoices(
        of effective: [EffectivePedimento], named: FirstInvoices, invoices: InvoiceList, groups: inout UnionFind,
        linkedInvoice: inout [Bool], linkedPedimento: inout [Bool], items: inout [ReconciliationItem]
    ) {
        for index in effective.indices {
            guard let uuid = effective[index].namedInvoice else { continue }
            let found = named[index]
            guard let target = found, invoices.activeAndCode(at: target).isActive else {
                let why: Phrase = found == nil ? "which is not among the export invoices of sales.csv" : "which is cancelled"
                items.append(
                    item(
                        .unknownInvoice, "pedimento \(effective[index].original.number) names invoice \(uuid), \(why)",
                        hint: "correct invoice_uuid, or add the invoice to sales.csv", pedimento: effective[index].original))
                continue
            }
            groups.union(target, invoices.count + index)
            linkedInvoice[target] = true
            linkedPedimento[index] = true
        }
    }

    /// Joins each active invoice with every pedimento it names (`numbers`: the effective
    /// pedimentos' positions by number), marking both linked; an invoice naming a number that is
    /// not among them is an item. (Its own function, given the changed values in-out, so that
    /// they are accessed without the run-time exclusivity checks of captured variables.)
    private func linkPedimentos(
        of invoices: InvoiceList, numbers: PedimentoIndex, groups: inout UnionFind, linkedInvoice: inout [Bool],
        linkedPedimento: inout [Bool], items: inout [ReconciliationItem]
    ) {
        // A window of the invoices' pedimentos at a time, their slots prefetched before any is
        // looked up (the misses overlap; the pedimentos are a hundred megabytes away).
        var window: [(invoice: Int, pedimento: PedimentoNumber)] = []
        window.reserveCapacity(64)
        func link() {
            numbers.touch(window.lazy.map(\.pedimento.packed))
            for (position, pedimento) in window {
                guard let target = numbers[pedimento.packed] else {
                    let invoice = invoices[position]
                    items.append(
                        item(
                            .unknownPedimento,
                            "invoice \(invoice.uuid) was exported under pedimento \(pedimento), which is not among the year's export pedimentos",
                            hint: "check the number on the invoice, and that the pedimento is in the export extract", invoice: invoice))
                    continue
                }
                groups.union(position, invoices.count + target)
                linkedInvoice[position] = true
                linkedPedimento[target] = true
            }
            window.removeAll(keepingCapacity: true)
        }
        for position in invoices.indices where invoices.activeAndCode(at: position).isActive {
            for pedimento in invoices.pedimentos(at: position) {
                window.append((position, pedimento))
                if window.count == 64 { link() }
            }
        }
        link()
    }

    // MARK: - Items

    func item(
        _ code: FindingCode, _ message: Phrase, hint: Phrase, invoice: SalesInvoice? = nil, pedimento: ExportPedimento? = nil,
        amounts: (invoice: String, pedimento: String, difference: String, currency: String)? = nil
    ) -> ReconciliationItem {
        ReconciliationItem(
            code: code, message: message, hint: hint,
            invoice: invoice.map { .init(id: $0.uuid.value, location: $0.location) },
            pedimento: pedimento.map { .init(id: $0.number.digits, location: $0.location) },
            invoiceAmount: amounts?.invoice, pedimentoAmount: amounts?.pedimento, difference: amounts?.difference,
            currency: amounts?.currency)
    }
}

/// Disjoint sets over 0..<count, with path halving. Parents are kept in 32 bits (a year's
/// records number millions, not billions), halving what the forest takes.
struct UnionFind {
    private var parent: [UInt32]

    init(count: Int) {
        precondition(count <= Int(UInt32.max), "too many records to group")
        parent = (0..<count).map { UInt32(truncatingIfNeeded: $0) }
    }

    mutating func find(_ node: Int) -> Int {
        var node = node
        while Int(parent[node]) != node {
            parent[node] = parent[Int(parent[node])]
            node = Int(parent[node])
        }
        return node
    }

    mutating func union(_ a: Int, _ b: Int) {
        let rootA = find(a)
        let rootB = find(b)
        if rootA != rootB { parent[max(rootA, rootB)] = UInt32(truncatingIfNeeded: min(rootA, rootB)) }
    }

    /// Each node's root, the forest given up for it (taken, not copied: the sets are empty after).
    /// A node's parent is never after it (a union hangs the later root under the earlier, halving
    /// only moves a node nearer its root), so one pass in order, each node taking its parent's
    /// root, flattens the forest in place.
    mutating func takeRoots() -> [UInt32] {
        var roots: [UInt32] = []
        swap(&roots, &parent)
        roots.withUnsafeMutableBufferPointer { roots in
            for node in roots.indices { roots[node] = roots[Int(roots[node])] }
        }
        return roots
    }
}

/// A `NamedUUIDTable` handed to another thread while no thread writes to it (lookups only read).
/// Unchecked: the table is a class over raw pages that is written before and after, never during;
/// only this window's reading is shared.
private struct ReadOnlyTable: @unchecked Sendable {
    let table: NamedUUIDTable
}

/// For each pedimento, the position of the first invoice with the UUID it names, or -1 (it names
/// none, or no invoice has it), in 32 bits: a year has a million pedimentos. The pedimentos' UUIDs
/// are indexed — at most one each — and the invoices looked up in them, rather than every invoice
/// indexed: a year has a third as many pedimentos.
struct FirstInvoices {
    let positions: [Int32]

    init(_ effective: [EffectivePedimento], in invoices: InvoiceList) {
        precondition(invoices.count < Int(Int32.max), "too many invoices to reconcile")
        // Each named UUID → the first pedimento naming it (position + 1). (Each pedimento read by
        // position, in place: iterating would copy it, counting references to its rows.)
        let table = NamedUUIDTable(effective)
        var window: [InvoiceUUID?] = []
        window.reserveCapacity(64)
        for start in stride(from: 0, to: effective.count, by: 64) {
            window.removeAll(keepingCapacity: true)
            for index in start..<min(start + 64, effective.count) { window.append(effective[index].namedInvoice) }
            table.touch(window[...])
            for (offset, uuid) in window.enumerated() {
                if let uuid { _ = table.number(for: uuid, recordingIfNew: start + offset + 1) }
            }
        }
        // That first pedimento's slot holds the UUID's first invoice; then every pedimento naming
        // the UUID takes it from there. The invoices are looked up in two halves on two cores (the
        // table is only read from here): the lower half's first invoice, if any, comes first.
        let shared = ReadOnlyTable(table: table)
        let middle = invoices.count / 2
        let pedimentos = effective.count
        let (upper, lower) = concurrently({ Self.firstInvoices(of: invoices, in: middle..<invoices.count, table: shared.table, pedimentos: pedimentos) }) {
            Self.firstInvoices(of: invoices, in: 0..<middle, table: table, pedimentos: pedimentos)
        }
        var first = lower
        for index in first.indices where first[index] < 0 { first[index] = upper[index] }
        // Each pedimento takes its UUID's first pedimento's invoice, the later half on another core.
        let heads = first
        let half = effective.count / 2
        let (later, earlier) = concurrently({ Self.named(effective, in: half..<effective.count, table: shared.table, heads: heads) }) {
            Self.named(effective, in: 0..<half, table: table, heads: heads)
        }
        positions = earlier + later
    }

    /// For each pedimento of `range`, the invoice in `heads` of the first pedimento naming its UUID.
    private static func named(_ effective: [EffectivePedimento], in range: Range<Int>, table: NamedUUIDTable, heads: [Int32]) -> [Int32] {
        range.map { index in
            guard let uuid = effective[index].namedInvoice, let head = table.number(for: uuid) else { return -1 }
            return heads[head - 1]
        }
    }

    /// For each pedimento that is the first to name a UUID (at its position), the first invoice
    /// of `range` with that UUID; -1 elsewhere. A window of invoices at a time, their slots
    /// prefetched before they are looked up.
    private static func firstInvoices(of invoices: InvoiceList, in range: Range<Int>, table: NamedUUIDTable, pedimentos: Int) -> [Int32] {
        var first = [Int32](repeating: -1, count: pedimentos)
        var window: [InvoiceUUID?] = []
        window.reserveCapacity(64)
        for start in stride(from: range.lowerBound, to: range.upperBound, by: 64) {
            window.removeAll(keepingCapacity: true)
            for index in start..<min(start + 64, range.upperBound) { window.append(invoices.uuid(at: index)) }
            table.touch(window[...])
            for (offset, uuid) in window.enumerated() {
                guard let uuid, let head = table.number(for: uuid), first[head - 1] < 0 else { continue }
                first[head - 1] = Int32(start + offset)
            }
        }
        return first
    }

    subscript(pedimento: Int) -> Int? { positions[pedimento] < 0 ? nil : Int(positions[pedimento]) }
}
