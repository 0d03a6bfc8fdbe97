/// Applies R1 rectifications: each replaces the values of the pedimento it names, and chains
/// (an R1 of an R1) resolve to their latest version (domain.md §4).
public enum RectificationResolver {
    /// The pedimentos as they count, in file order, plus the findings the chains raise and the
    /// rectifications of other years' pedimentos (listed with their amounts, never counted).
    /// Rows whose key is in no class must have been rejected before.
    /// - Parameter year: when given, a rectification of another year's pedimento is left to the
    ///   reconciliation (`rectification-other-year`) instead of being reported missing.
    public static func resolve(
        _ pedimentos: [ExportPedimento], keys: KeyClassification, year: FiscalYear? = nil
    ) -> (effective: [EffectivePedimento], findings: [Finding], otherYears: [ExportPedimento]) {
        var otherYears: [ExportPedimento] = []
        var findings: [Finding] = []
        // One pass over the rows: each row's class and origin (`RowClass`, two bytes), which the
        // loop that makes the effective pedimentos then reads instead of the rows, and the rows
        // that name a pedimento in 'rectifies', in file order (the loop over them below reads
        // only those).
        let (classes, namingRows) = RowClass.scan(pedimentos, keys: keys)
        // Where each number some row rectifies is first found. Only those numbers are looked
        // for: a year's rectifications are few.
        let targets = Set(namingRows.map { pedimentos[$0].rectifies!.packed })
        var byNumber: [UInt64: Int] = [:]
        if !targets.isEmpty {
            for index in pedimentos.indices.reversed() where targets.contains(pedimentos[index].number.packed) {
                byNumber[pedimentos[index].number.packed] = index  // (from the end: the first row's is kept)
            }
        }

        // Which row replaces which: the rectifying row's index at the target's, -1 for none. (Held
        // for every row, so that the second loop looks each up without hashing.)
        var replacement = [Int32](repeating: -1, count: pedimentos.count)
        var rectifications: [Int] = []
        for index in namingRows {
            guard let target = pedimentos[index].rectifies else { continue }
            let pedimento = pedimentos[index]
            let isRectification = keys.keyClass(of: pedimento.key, side: pedimento.side) == .rectification || pedimento.origin == .dataStage
            guard isRectification else {
                findings.append(
                    Finding(
                        .rectifiesWithoutRectificationKey,
                        "pedimento \(pedimento.number) has key \(pedimento.key), not a rectification key, but names \(target) in 'rectifies'; the column is ignored for it",
                        at: pedimento.location,
                        hint: "clear 'rectifies', or give the row the rectification key (R1)"))
                continue
            }
            rectifications.append(index)
            guard let targetIndex = byNumber[target.packed] else { continue }
            if replacement[targetIndex] >= 0 {
                let earlier = Int(replacement[targetIndex])
                findings.append(
                    Finding(
                        .rectificationConflict,
                        "pedimento \(target) is rectified twice, by \(pedimentos[earlier].number) and by \(pedimento.number)",
                        at: pedimento.location,
                        hint: "keep one chain: the second rectification should name the first in 'rectifies'",
                        related: pedimentos[earlier].location))
                continue
            }
            replacement[targetIndex] = Int32(index)
        }

        // Each pedimento that counts, as (original, current row, class); the chains beside them.
        var counted: [(original: Int32, current: Int32, keyClass: KeyClass)] = []
        counted.reserveCapacity(pedimentos.count)
        var chains: [Int32: [Int32]] = [:]
        var reached = Set<Int>()
        let rectifying = Set(rectifications)
        for index in pedimentos.indices {
            let row = classes[index]
            guard let keyClass = row.keyClass, keyClass != .rectification else { continue }
            // A Data Stage rectification is a version of an earlier pedimento, not one of its own,
            // unless what it rectifies is not in the extract (then it is listed, not counted).
            if row.isDataStage, rectifying.contains(index) { continue }
            guard replacement[index] >= 0 else {
                counted.append((Int32(index), Int32(index), keyClass))
                continue
            }
            var chain: [Int32] = []
            var current = index
            var visited: Set<Int> = [index]
            while replacement[current] >= 0, case let next = Int(replacement[current]), visited.insert(next).inserted {
                chain.append(Int32(next))
                reached.insert(next)
                current = next
            }
            // Data Stage rectifications carry the effective key; the latest version's key counts.
            let latest = pedimentos[current]
            let currentClass = latest.origin == .dataStage ? (keys.keyClass(of: latest.key, side: latest.side) ?? keyClass) : keyClass
            chains[Int32(index)] = chain
            counted.append((Int32(index), Int32(current), currentClass))
        }
        let rows = PedimentoRows(pedimentos, chains: chains)
        let effective = counted.map {
            EffectivePedimento(rows: rows, original: Int($0.original), keyClass: $0.keyClass, current: Int($0.current))
        }

        for index in rectifications where !reached.contains(index) {
            let pedimento = pedimentos[index]
            guard let target = pedimento.rectifies else { continue }
            // Only the first R1 of an orphan chain is reported; a conflicting R1 already was.
            let targetsAnotherRectification = byNumber[target.packed].map { keys.keyClass(of: pedimentos[$0].key) == .rectification } ?? false
            let isConflict = findings.contains { $0.code == .rectificationConflict && $0.location == pedimento.location }
            if targetsAnotherRectification || isConflict { continue }
            if let year, !target.digits.hasPrefix(twoDigitYear(year)) {
                otherYears.append(pedimento)
                continue
            }
            findings.append(
                Finding(
                    .rectificationTargetMissing,
                    "rectification \(pedimento.number) replaces pedimento \(target), which is not in this file; its values are not counted",
                    at: pedimento.location,
                    hint: "add the original pedimento to the extract, or, if it belongs to another fiscal year, leave it out of this year's report"))
        }
        return (effective, findings, otherYears)
    }
}

/// A row's key class (or none) and whether it comes from the Data Stage, in two bytes: what
/// resolving reads of every row after its first pass.
private struct RowClass: Sendable {
    let keyClass: KeyClass?
    let isDataStage: Bool

    /// Each row's class, and the rows that name a pedimento in 'rectifies'.
    static func scan(_ pedimentos: [ExportPedimento], keys: KeyClassification) -> (classes: [RowClass], naming: [Int]) {
        var classes: [RowClass] = []
        classes.reserveCapacity(pedimentos.count)
        var naming: [Int] = []
        for index in pedimentos.indices {
            classes.append(
                RowClass(keyClass: keys.keyClass(of: pedimentos[index].key, side: pedimentos[index].side), isDataStage: pedimentos[index].origin == .dataStage))
            if pedimentos[index].rectifies != nil { naming.append(index) }
        }
        return (classes, naming)
    }
}

/// The last two digits of a year, as pedimento numbers begin.
package func twoDigitYear(_ year: FiscalYear) -> String {
    let value = year.value % 100
    return value < 10 ? "0\(value)" : "\(value)"
}
