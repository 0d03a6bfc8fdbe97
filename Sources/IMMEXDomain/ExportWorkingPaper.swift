/// The exports working paper: every pedimento of the year, what the rules did with it, and what
/// it added to the report, so that an auditor can tie each figure back to its rows without the
/// tool. Made by the same questions the totals are (`ExportAggregator.listing`, `amount(of:)`),
/// and checked against them (`agrees(with:)`).
public struct ExportWorkingPaper: Sendable {
    public struct Line: Sendable {
        /// The row whose values count (the latest rectification, or the original).
        public var values: ExportPedimento
        /// The original row: its key, date and place.
        public var original: ExportPedimento
        public var keyClass: KeyClass
        /// Nil when the pedimento counts; the memo line it is listed on otherwise.
        public var listedAs: ExportTotals.MemoKind?
        /// Its amount (consignment: value added; dollars by the year's method); nil on overflow.
        public var amount: ExportAmount?
        /// How many R1 rows replaced the original's values.
        public var rectifications: Int

        /// What it added to total exports: its amount, less for a return (K1), nothing when listed.
        public var counted: ExportAmount {
            guard listedAs == nil, let amount else { return .zero }
            return keyClass == .subtracting ? .zero - amount : amount
        }
    }

    /// The pedimentos as they count (sharing the year's rows, not copying them: a year may hold
    /// millions), then the rectifications of other years' pedimentos.
    private let effective: [EffectivePedimento]
    private let otherYears: [ExportPedimento]
    private let aggregator: ExportAggregator

    /// The lines of `pedimentos` (the year's rows as read) under `rules`.
    public init(pedimentos: [ExportPedimento], rules: Rules, consignment: Bool, year: FiscalYear) {
        (effective, _, otherYears) = RectificationResolver.resolve(pedimentos, keys: rules.keys, year: year)
        aggregator = ExportAggregator(rules: rules, consignment: consignment)
    }

    public var count: Int { effective.count + otherYears.count }

    /// Line `index`, made when asked.
    public func line(_ index: Int) -> Line {
        guard index < effective.count else {
            let pedimento = otherYears[index - effective.count]
            return Line(
                values: pedimento, original: pedimento, keyClass: .rectification, listedAs: .rectificationOtherYear,
                amount: aggregator.amount(of: pedimento), rectifications: 0)
        }
        let pedimento = effective[index]
        return Line(
            values: pedimento.current, original: pedimento.original, keyClass: pedimento.keyClass, listedAs: aggregator.listing(pedimento),
            amount: aggregator.amount(of: pedimento.current), rectifications: pedimento.rectifications.count)
    }

    /// Whether the lines add up to the totals: counted lines to total exports, listed lines to
    /// each memo line. A working paper that did not would be a defect, never a document.
    public func agrees(with totals: ExportTotals) -> Bool {
        var total = ExportAmount.zero
        var memo: [String: (count: Int, amount: ExportAmount)] = [:]
        for index in 0..<count {
            let line = line(index)
            if let kind = line.listedAs {
                let place = "\(kind.rawValue) \(line.original.key)"
                var entry = memo[place] ?? (0, .zero)
                entry.count += 1
                guard let amount = line.amount, ExportAmount.accumulate(amount, into: &entry.amount) else { return false }
                memo[place] = entry
            } else if !ExportAmount.accumulate(line.counted, into: &total) {
                return false
            }
        }
        let expected = Dictionary(uniqueKeysWithValues: totals.memo.map { ("\($0.kind.rawValue) \($0.key)", ($0.pedimentos, $0.amount)) })
        return total == totals.total && memo.count == expected.count
            && memo.allSatisfy { place, entry in expected[place].map { $0.0 == entry.count && $0.1 == entry.amount } ?? false }
    }
}
