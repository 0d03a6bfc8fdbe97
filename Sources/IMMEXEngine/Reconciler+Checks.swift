import IMMEXDomain
import Machinery

extension Reconciler {
    /// The records that take part in comparing groups (active invoices linked or claiming an A1
    /// export, pedimentos linked or keyed A1), grouped by their set's root in root order (a
    /// counting sort: no collection per group), invoices first, each side in file order.
    func groupMembers(
        invoices: InvoiceList, effective: [EffectivePedimento], roots: [UInt32], linkedInvoice: [Bool], linkedPedimento: [Bool]
    ) -> GroupedNodes {
        let a1 = PedimentoKey.definitiveExport
        var nodes: [UInt32] = []
        nodes.reserveCapacity(invoices.count + effective.count)  // (never grown by doubling: two buffers at once)
        for index in invoices.indices {
            let invoice = invoices.activeAndCode(at: index)
            if invoice.isActive && (linkedInvoice[index] || invoice.exportCode == .definitiveA1) { nodes.append(UInt32(index)) }
        }
        for index in effective.indices where linkedPedimento[index] || effective[index].comparedValues.key == a1 {
            nodes.append(UInt32(invoices.count + index))
        }
        // (The list is handed over, and freed once grouped.)
        return GroupedNodes(consume nodes, count: invoices.count + effective.count) { Int(roots[$0]) }
    }

    /// Unmatched sides, amounts and dates, per group of linked records (`groupMembers`). Each
    /// pedimento's values are read from its rows when its group is compared (`ComparedLookup`).
    func compareGroups(
        _ members: GroupedNodes, invoices: InvoiceList, effective: [EffectivePedimento], compared: ComparedLookup
    ) -> [ReconciliationItem] {
        // Groups share nothing: the later half of them is compared on another core, and the
        // findings are put back in group order.
        let split = members.middleRoot
        let (later, earlier) = concurrently({ [self] in
            compare(members, roots: split..<members.rootCount, invoices: invoices, effective: effective, compared: compared)
        }) {
            compare(members, roots: 0..<split, invoices: invoices, effective: effective, compared: compared)
        }
        return earlier + later
    }

    /// The invoices of each group against its pedimentos: codes, amounts and dates. A group's
    /// nodes are read in place, and each pedimento's values through `compared` (by its position).
    private func compare(
        _ members: GroupedNodes, roots: Range<Int>, invoices: InvoiceList, effective: [EffectivePedimento], compared: ComparedLookup
    ) -> [ReconciliationItem] {
        var items: [ReconciliationItem] = []
        let a1 = PedimentoKey.definitiveExport
        let tolerances = rules.reconciliation
        let invoiceCount = invoices.count
        // What the group compares of each of its invoices, worked out once an invoice, in an array
        // kept from group to group.
        var fields: [GroupedInvoice] = []
        do {
            members.forEachGroup(roots: roots) { group in
                // Positions only: an invoice is rebuilt, and a pedimento copied, just for a finding.
                var split = 0
                while split < group.count, Int(group[split]) < invoiceCount { split += 1 }
                let invoiceNodes = UnsafeBufferPointer(rebasing: group[..<split])
                let pedimentoNodes = UnsafeBufferPointer(rebasing: group[split...])
                func pedimento(_ offset: Int) -> Int { Int(pedimentoNodes[offset]) - invoiceCount }
                let firstA1 = pedimentoNodes.indices.first { compared[pedimento($0)].key == a1 }

                if invoiceNodes.isEmpty {
                    for offset in pedimentoNodes.indices where compared[pedimento(offset)].key == a1 {
                        let original = effective[pedimento(offset)].original
                        items.append(
                            item(
                                .unmatchedExportPedimento, "A1 export pedimento \(original.number) has no CFDI",
                                hint: "give its invoice_uuid in exports.csv, or the pedimento number on the invoice in sales.csv", pedimento: original))
                    }
                    return
                }
                fields.removeAll(keepingCapacity: true)
                for node in invoiceNodes { fields.append(GroupedInvoice(invoices.matchingFields(at: Int(node)), rounding: rules.rounding)) }
                for offset in fields.indices where fields[offset].isDefinitiveA1 && firstA1 == nil {
                    let position = Int(invoiceNodes[offset])
                    let invoice = invoices.matchingFields(at: position)
                    // (With no A1 in the group, any pedimento it has is of another key.)
                    if !pedimentoNodes.isEmpty {
                        let other = effective[pedimento(0)].original
                        items.append(
                            item(
                                .exportCodeKeyMismatch,
                                "invoice \(invoice.uuid) has export code 02 (definitive, key A1) but left under pedimento \(other.number) with key \(other.key)",
                                hint: "export code 02 goes only with key A1; use 04 for other definitive exports", invoice: invoices[position], pedimento: other
                            ))
                    } else {
                        items.append(
                            item(
                                .unmatchedExportInvoice, "invoice \(invoice.uuid) is a definitive export (code 02) with no A1 pedimento",
                                hint: "write its pedimento on the invoice row, or its UUID on the pedimento's row", invoice: invoices[position]))
                    }
                }
                guard let anchorOffset = firstA1 ?? pedimentoNodes.indices.first else { return }
                // (Copied only for a finding.)
                var anchor: ExportPedimento { effective[pedimento(anchorOffset)].original }
                let firstInvoice = Int(invoiceNodes[0])
                var pedimentoPositions: [Int] { pedimentoNodes.indices.map(pedimento) }

                // Amounts of the whole group: every invoice against every pedimento it left under.
                // Compared only when every invoice of the group states its TotalUSD.
                var invoicedUSD: Int128? = 0
                for invoice in fields {
                    guard let usd = invoice.usdCentavos, let sum = invoicedUSD else {
                        invoicedUSD = nil
                        break
                    }
                    invoicedUSD = sum + usd
                }
                var declared = Int128(0)
                var declaredMXN = Int128(0)
                for offset in pedimentoNodes.indices {
                    declared += Int128(compared[pedimento(offset)].usdCentavos)
                    declaredMXN += Int128(compared[pedimento(offset)].mxnCentavos)
                }
                if let invoiced = invoicedUSD, tolerances.dollarsDisagree(invoiced: invoiced, declared: declared) {
                    items.append(
                        item(
                            .usdAmountMismatch,
                            "pedimento \(describe(pedimentoPositions, effective)) declares USD \(cents(declared)); its invoices' TotalUSD add up to \(cents(invoiced))",
                            hint: "check the invoice's Comercio Exterior TotalUSD and the pedimento's USD value", invoice: invoices[firstInvoice],
                            pedimento: anchor,
                            amounts: (cents(invoiced), cents(declared), cents(invoiced - declared), "USD")))
                }
                var invoicedMXN = Int128(0)
                for invoice in fields { invoicedMXN += Int128(invoice.mxnCentavos) }
                if tolerances.pesosDisagree(invoiced: invoicedMXN, declared: declaredMXN, pedimentos: pedimentoNodes.count) {
                    items.append(
                        item(
                            .mxnAmountMismatch,
                            "pedimento \(describe(pedimentoPositions, effective)) declares MXN \(cents(declaredMXN)); its invoices are worth MXN \(cents(invoicedMXN)) at their own rates",
                            hint: "a different exchange rate explains small gaps; larger ones mean a wrong amount on one side", invoice: invoices[firstInvoice],
                            pedimento: anchor,
                            amounts: (cents(invoicedMXN), cents(declaredMXN), cents(invoicedMXN - declaredMXN), "MXN")))
                }
                for offset in pedimentoNodes.indices {
                    let paidOn = compared[pedimento(offset)].paidOn.daysSince1970
                    for (index, grouped) in fields.enumerated() {
                        if let apart = tolerances.daysTooFarApart(paidOnDay: paidOn, issuedOnDay: grouped.issuedOnDay) {
                            let original = effective[pedimento(offset)].original
                            let invoice = invoices.matchingFields(at: Int(invoiceNodes[index]))
                            items.append(
                                item(
                                    .dateMismatch,
                                    "pedimento \(original.number) was paid \(original.paidOn), \(apart) days from invoice \(invoice.uuid) of \(invoice.issuedOn)",
                                    hint: "more than \(tolerances.maxDaysApart) days apart ([reconciliation] max_days_apart); check both dates",
                                    invoice: invoices[Int(invoiceNodes[index])], pedimento: original))
                        }
                    }
                }
            }
        }
        return items
    }

    /// What comparing a group reads of one of its invoices, worked out once: whether it claims a
    /// definitive A1 export, its TotalUSD rounded to centavos (nil when not stated), its pesos at
    /// its own rate (0 when they cannot be represented), and its day. (The UUID and date a
    /// finding names are read again for the finding.)
    private struct GroupedInvoice {
        let usdCentavos: Int128?
        let mxnCentavos: Int64
        /// The day it was issued, as days since 1970.
        let issuedOnDay: Int
        let isDefinitiveA1: Bool

        @inline(__always)
        init(_ fields: InvoiceMatchingFields, rounding: RoundingRule) {
            usdCentavos = fields.totalUSD.map { rounding.round($0, toScale: 2) }
            mxnCentavos = fields.netPesos(rounding: rounding)?.centavos ?? 0
            issuedOnDay = fields.issuedOn.daysSince1970
            isDefinitiveA1 = fields.exportCode == .definitiveA1
        }
    }

    /// Each pedimento on its own: its pesos against its dollars, returns and rectifications.
    func checkPedimentos(_ pedimentos: [ExportPedimento], effective: [EffectivePedimento], byNumber: PedimentoIndex) -> [ReconciliationItem] {
        var items: [ReconciliationItem] = []
        // (By position, each pedimento read in place: iterating would copy each, counting
        // references to its rows; likewise below.)
        for position in effective.indices {
            let keyClass = effective[position].keyClass
            guard keyClass == .direct || keyClass == .indirect || keyClass == .subtracting else { continue }
            let values = effective[position].current
            guard
                let expected = Conversion.pesos(DecimalNumber(mantissa: values.valueUSD.centavos, scale: 2), at: values.exchangeRate, rounding: rules.rounding)
            else { continue }
            let difference = values.commercialValueMXN - expected
            if abs(difference.centavos) > rules.reconciliation.mxnTolerance.centavos {
                items.append(
                    item(
                        .pedimentoRateMismatch,
                        "pedimento \(effective[position].original.number): MXN \(values.commercialValueMXN.decimalString) is not USD \(values.valueUSD.decimalString) × \(values.exchangeRate) = \(expected.decimalString)",
                        hint: "check the pedimento's value, dollar value and exchange rate", pedimento: values,
                        amounts: (expected.decimalString, values.commercialValueMXN.decimalString, difference.decimalString, "MXN")))
            }
            // exports.csv says which export a K1 returns in its own column; the Data Stage says it
            // only where table 512 discharges the export, so there an unlinked return is no finding,
            // nor is one of an earlier year's export (a K1 may come up to a year after the export).
            if keyClass == .subtracting {
                let original = effective[position].original
                let fromCSV = original.origin == .exportsCSV
                if let target = values.returns ?? original.returns {
                    let exported = byNumber[target.packed].map { effective[$0] }
                    let isExport = exported.map { [.direct, .indirect].contains($0.keyClass) } ?? false
                    if !isExport, fromCSV || target.digits.hasPrefix(twoDigitYear(year)) {
                        items.append(
                            item(
                                .returnTargetMissing, "return \(original.number) names export \(target), which is not an export in \(original.origin.rawValue)",
                                hint: fromCSV
                                    ? "correct returned_pedimento, or add the export it returns" : "check that every request of the year is in datastage/",
                                pedimento: original))
                    }
                } else if fromCSV {
                    items.append(
                        item(
                            .returnUnlinked, "return \(original.number) (key \(original.key)) does not say which export it returns",
                            hint: "write the original export pedimento in returned_pedimento", pedimento: original))
                }
            }
        }
        let yy = twoDigitYear(year)
        for pedimento in pedimentos where rules.keys.keyClass(of: pedimento.key, side: pedimento.side) == .rectification || pedimento.origin == .dataStage {
            guard let target = pedimento.rectifies, !target.digits.hasPrefix(yy), byNumber[target.packed] == nil else { continue }
            items.append(
                item(
                    .rectificationOtherYear,
                    "rectification \(pedimento.number) replaces \(target), a pedimento of 20\(target.digits.prefix(2)); it is listed, not counted",
                    hint: "a change to another year's export belongs to that year's report", pedimento: pedimento))
        }
        return items
    }

    /// Codes that contradict the customer: exports to Mexico, sales abroad without an export code.
    func checkInvoiceCodes(_ invoices: InvoiceList, effective: [EffectivePedimento], roots: [UInt32]) -> [ReconciliationItem] {
        var items: [ReconciliationItem] = []
        var indirectGroups = Set<Int>()
        for index in effective.indices where effective[index].keyClass == .indirect {
            indirectGroups.insert(Int(roots[invoices.count + index]))
        }
        for index in invoices.indices {
            let fields = invoices.codes(at: index)
            guard fields.status == .active, fields.type == .income else { continue }
            if fields.isGenericForeignCustomer && fields.exportCode == .notApplicable {
                let invoice = invoices[index]
                items.append(
                    item(
                        .foreignCustomerNotExport, "invoice \(invoice.uuid) is billed to a foreign customer (XEXX010101000) with export code 01",
                        hint: "a sale abroad is an export (02 or 04); if the goods stayed in Mexico, say why in the file", invoice: invoice))
            }
            if !fields.isGenericForeignCustomer && fields.exportCode != .notApplicable && !indirectGroups.contains(Int(roots[index])) {
                let invoice = invoices[index]
                items.append(
                    item(
                        .domesticCustomerExport,
                        "invoice \(invoice.uuid) claims export code \(invoice.exportCode.rawValue) but is billed to Mexican RFC \(invoice.customerRFC)",
                        hint: "only a virtual export (V1) to another IMMEX company is billed in Mexico: link it to its V1 pedimento, or fix the code",
                        invoice: invoice))
            }
        }
        return items
    }

    private func describe(_ positions: [Int], _ effective: [EffectivePedimento]) -> String {
        positions.map { effective[$0].original.number.digits }.joined(separator: " + ")
    }

    private func cents(_ value: Int128) -> String { DecimalNumber(mantissa: Int64(clamping: value), scale: 2).description }
}

/// Nodes gathered by the root of their set: a counting sort over the roots, so a million groups
/// cost two flat arrays of 32-bit positions rather than a million small arrays. Roots are found
/// again rather than kept, and the starts serve as the cursor of the sort and are then shifted
/// back, so nothing beside the two arrays is allocated. Both are pages mapped for them
/// (`ZeroedPages`, advised for huge pages): for a year's four million records they are 30 MB that
/// would otherwise be faulted in 4 kB at a time, and the starts come zeroed.
///
/// Unchecked: the pages are written while it is built, on one thread, and only read after; it owns
/// raw mapped memory, which no checked type holds.
final class GroupedNodes: @unchecked Sendable {
    // (Written only while being made; read-only, and so shared by threads, after.)
    private let ordered: UnsafeMutableBufferPointer<UInt32>
    /// Where each root's nodes start in `ordered`; one more entry than there are roots.
    private let starts: UnsafeMutableBufferPointer<UInt32>

    /// - Parameter nodes: in ascending order; within a group they stay in that order.
    init(_ nodes: consuming [UInt32], count: Int, root: (Int) -> Int) {
        precondition(count < Int(UInt32.max), "too many records to group")
        let starts = Self.zeroed(count + 1)
        for position in nodes.indices { starts[root(Int(nodes[position])) + 1] += 1 }
        for index in 0..<count { starts[index + 1] += starts[index] }
        let ordered = Self.zeroed(nodes.count)
        for position in nodes.indices {
            let node = nodes[position]
            let root = root(Int(node))
            ordered[Int(starts[root])] = node
            starts[root] += 1
        }
        // Each root's start has moved to the next root's: shift them back.
        for index in stride(from: count, to: 0, by: -1) { starts[index] = starts[index - 1] }
        starts[0] = 0
        self.ordered = ordered
        self.starts = starts
    }

    deinit {
        Self.release(ordered)
        Self.release(starts)
    }

    private static func zeroed(_ count: Int) -> UnsafeMutableBufferPointer<UInt32> {
        // (At least one element: no block is mapped for none.)
        let block = ZeroedPages.allocate(max(1, count) * MemoryLayout<UInt32>.stride)
        return UnsafeMutableBufferPointer(start: block.bindMemory(to: UInt32.self, capacity: max(1, count)), count: count)
    }

    private static func release(_ buffer: UnsafeMutableBufferPointer<UInt32>) {
        ZeroedPages.release(UnsafeMutableRawPointer(buffer.baseAddress!), max(1, buffer.count) * MemoryLayout<UInt32>.stride)
    }

    /// Each non-empty group of the roots, in their order, its nodes read in place (no array, no
    /// reference counted per group: the two halves of the groups are read on two cores at once).
    func forEachGroup(roots: Range<Int>, _ body: (UnsafeBufferPointer<UInt32>) -> Void) {
        for root in roots where starts[root] < starts[root + 1] {
            body(UnsafeBufferPointer(rebasing: ordered[Int(starts[root])..<Int(starts[root + 1])]))
        }
    }

    /// How many roots there are (every record's position).
    var rootCount: Int { starts.count - 1 }

    /// The first root whose nodes start at or past the middle of all nodes: the groups before it
    /// hold about as many nodes as those from it on.
    var middleRoot: Int {
        let middle = UInt32(ordered.count / 2)
        var low = 0
        var high = rootCount
        while low < high {
            let probe = (low + high) / 2
            if starts[probe] < middle { low = probe + 1 } else { high = probe }
        }
        return low
    }
}
