/// Exports of the fiscal year: direct and indirect, in pesos and dollars, with their breakdowns.
public struct ExportTotals: Sendable, Hashable {
    /// Direct exports (A1, RT) before returns.
    public var directGross = ExportAmount.zero
    /// Returns (K1), as a positive amount; they reduce direct exports.
    public var returns = ExportAmount.zero
    /// Virtual exports (V1, V2, V7, BB).
    public var indirect = ExportAmount.zero
    /// Commercial value and value added of the counted exports (net of returns), for the share
    /// test's basis.
    public var commercialValueMXN = Money<MXN>.zero
    public var valueAddedMXN = Money<MXN>.zero

    public var byKey: [PedimentoKey: KeyLine] = [:]
    /// Counted exports (net of returns) by destination; nil when the row gives none.
    public var byCountry: [CountryCode?: ExportAmount] = [:]
    public var monthly = [MonthLine](repeating: MonthLine(), count: 12)
    public var counts = Counts()
    /// What was left out of the figures and why, by kind and key, each with its amount: an
    /// auditor must see what was not counted as clearly as what was.
    public var memo: [MemoLine] = []
    /// Where adding up stopped because a sum would pass `Money.largestTotal` (the pedimento that
    /// pushed it over), or nil. A year with it has no figures; the caller reports an error.
    public var overflowAt: SourceLocation?

    public init() {}

    /// Direct exports net of returns.
    public var direct: ExportAmount { directGross - returns }
    /// Direct plus indirect: the report's total exports.
    public var total: ExportAmount { direct + indirect }

    public struct KeyLine: Sendable, Hashable {
        public var keyClass: KeyClass
        public var pedimentos = 0
        public var amount = ExportAmount.zero
    }

    public struct MonthLine: Sendable, Hashable {
        public var direct = ExportAmount.zero
        public var indirect = ExportAmount.zero
        public var returns = ExportAmount.zero
        public var total: ExportAmount { direct - returns + indirect }
    }

    /// A kind of pedimento that is listed with its amount but not counted in exports.
    public enum MemoKind: String, Sendable, Hashable, CaseIterable, Comparable {
        /// Goods sent abroad for transformation or repair that come back (BM, BO).
        case temporaryExport = "temporary-export"
        /// Returns abroad of fixed assets (507 `ClaveCaso` AF), unless `rules.toml` counts them.
        case fixedAssetReturn = "fixed-asset-return"
        /// Value adjustments listed for review (GC, CT).
        case review
        /// Rectifications of another year's pedimento: they change that year's report.
        case rectificationOtherYear = "rectification-other-year"
        /// Export-side pedimentos whose key is not an export (V5 transfers to definitive importers,
        /// H1 returns in the same state, ...).
        case notAnExport = "not-an-export"

        public static func < (lhs: MemoKind, rhs: MemoKind) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// Pedimentos of one kind and key that were left out, and what they would have added.
    public struct MemoLine: Sendable, Hashable {
        public var kind: MemoKind
        public var key: PedimentoKey
        public var pedimentos = 0
        public var amount = ExportAmount.zero

        public init(kind: MemoKind, key: PedimentoKey, pedimentos: Int = 0, amount: ExportAmount = .zero) {
            self.kind = kind
            self.key = key
            self.pedimentos = pedimentos
            self.amount = amount
        }
    }

    public struct Counts: Sendable, Hashable {
        /// Every data row of the file, rectifications included.
        public var rows = 0
        /// Pedimentos whose values count (direct, indirect, returns).
        public var counted = 0
        /// Pedimentos whose values were replaced by a rectification.
        public var rectified = 0
        /// Pedimentos listed for review and not counted (GC, CT).
        public var forReview = 0
        /// Pedimentos that are not exports.
        public var excluded = 0
        public init() {}
    }
}

/// Sums effective pedimentos into `ExportTotals` under a year's rules.
public struct ExportAggregator: Sendable {
    public let rules: Rules
    public let consignment: Bool

    public init(rules: Rules, consignment: Bool) {
        self.rules = rules
        self.consignment = consignment
    }

    /// The figure one pedimento contributes: value added for consignment, commercial value
    /// otherwise, with its dollar value by the year's conversion method. Nil only on overflow.
    public func amount(of pedimento: ExportPedimento) -> ExportAmount? {
        let pesos = consignment ? (pedimento.valueAddedMXN ?? .zero) : pedimento.commercialValueMXN
        let dollars: Money<USD>?
        switch rules.usdConversion {
        case .declared where consignment:
            // The declared dollars in the proportion value added bears to commercial value.
            let commercial = pedimento.commercialValueMXN.centavos
            dollars =
                commercial == 0
                ? .zero
                : Int64(
                    exactly: rules.rounding.divide(
                        Int128(pedimento.valueUSD.centavos) * Int128(pesos.centavos), by: Int128(commercial))
                ).map { Money(centavos: $0) }
        case .declared:
            dollars = pedimento.valueUSD
        case .pedimentoRate:
            dollars = Conversion.dollars(pesos, at: pedimento.exchangeRate, rounding: rules.rounding)
        case .annualAverage(let rate):
            dollars = Conversion.dollars(pesos, at: rate, rounding: rules.rounding)
        }
        return dollars.map { ExportAmount(mxn: pesos, usd: $0) }
    }

    /// The memo line a pedimento is listed on instead of being counted, or nil when it counts
    /// (direct, indirect, or a return that subtracts). The working paper asks the same question.
    public func listing(_ pedimento: EffectivePedimento) -> ExportTotals.MemoKind? {
        switch pedimento.keyClass {
        case .review: .review
        case .temporaryExport, .temporaryImport: .temporaryExport
        case .excluded, .rectification: .notAnExport
        case .direct, .indirect, .subtracting:
            !rules.countsFixedAssetReturns && pedimento.isFixedAssetReturn ? .fixedAssetReturn : nil
        }
    }

    /// - Parameter otherYears: rectifications of other years' pedimentos (`RectificationResolver`),
    ///   listed in the memo lines and never counted.
    /// Every sum is checked: should one pass `Money.largestTotal`, adding stops there and
    /// `overflowAt` names the pedimento that pushed it over (the caller reports it as an error).
    public func aggregate(_ pedimentos: [EffectivePedimento], rows: Int, otherYears: [ExportPedimento] = []) -> ExportTotals {
        var sums = ExportSums()
        sums.totals.counts.rows = rows
        for pedimento in otherYears { sums.list(.rectificationOtherYear, amount(of: pedimento), key: pedimento.key, at: pedimento.location) }
        for position in pedimentos.indices where sums.totals.overflowAt == nil {
            if pedimentos[position].isRectified { sums.totals.counts.rectified += 1 }
            let keyClass = pedimentos[position].keyClass
            // (Each pedimento read in place: copying one counts references to its rows.)
            if let memoKind = listing(pedimentos[position]) {
                if memoKind == .review { sums.totals.counts.forReview += 1 } else { sums.totals.counts.excluded += 1 }
                sums.list(memoKind, amount(of: pedimentos[position].current), key: pedimentos[position].original.key, at: pedimentos[position].current.location)
                continue
            }
            sums.count(
                pedimentos[position].current, original: pedimentos[position].original, keyClass: keyClass, amount: amount(of: pedimentos[position].current))
        }
        return sums.finished()
    }
}

/// What `ExportAggregator` adds up, every sum checked. By key and by country in arrays while adding
/// up, made dictionaries at the end: a year's keys are a handful of places and its countries a few
/// dozen, where a dictionary would hash three times a pedimento.
private struct ExportSums {
    var totals = ExportTotals()
    var byKey = [(key: PedimentoKey, line: ExportTotals.KeyLine)?](repeating: nil, count: PedimentoKey.denseCount)
    var countries: [CountryCode?] = [], byCountry: [ExportAmount] = []
    var lastCountry = -1
    var memo: [MemoPlace: ExportTotals.MemoLine] = [:]

    /// Adds `amount` to `total` while every sum so far fits (`fits`), which turns false at the first
    /// that would not.
    static func add(_ amount: ExportAmount, to total: inout ExportAmount, _ fits: inout Bool) {
        if fits { fits = ExportAmount.accumulate(amount, into: &total) }
    }

    static func add<C>(_ amount: Money<C>, to total: inout Money<C>, _ fits: inout Bool) {
        guard fits else { return }
        if let sum = total.adding(amount) { total = sum } else { fits = false }
    }

    /// A pedimento left out of the figures, on its memo line.
    mutating func list(_ kind: ExportTotals.MemoKind, _ amount: ExportAmount?, key: PedimentoKey, at location: SourceLocation) {
        let place = MemoPlace(kind: kind, key: key)
        var line = memo[place] ?? ExportTotals.MemoLine(kind: kind, key: key)
        line.pedimentos += 1
        var fits = amount != nil
        Self.add(amount ?? .zero, to: &line.amount, &fits)
        memo[place] = line
        if !fits, totals.overflowAt == nil { totals.overflowAt = location }
    }

    /// A pedimento that counts: direct, indirect, or a return that subtracts.
    mutating func count(_ values: ExportPedimento, original: ExportPedimento, keyClass: KeyClass, amount: ExportAmount?) {
        var fits = amount != nil
        let amount = amount ?? .zero
        totals.counts.counted += 1
        let month = original.paidOn.month - 1
        switch keyClass {
        case .direct:
            Self.add(amount, to: &totals.directGross, &fits)
            Self.add(amount, to: &totals.monthly[month].direct, &fits)
        case .indirect:
            Self.add(amount, to: &totals.indirect, &fits)
            Self.add(amount, to: &totals.monthly[month].indirect, &fits)
        default:
            Self.add(amount, to: &totals.returns, &fits)
            Self.add(amount, to: &totals.monthly[month].returns, &fits)
        }
        let subtracts = keyClass == .subtracting
        Self.add(subtracts ? -values.commercialValueMXN : values.commercialValueMXN, to: &totals.commercialValueMXN, &fits)
        let added = values.valueAddedMXN ?? .zero
        Self.add(subtracts ? -added : added, to: &totals.valueAddedMXN, &fits)
        let place = original.key.denseIndex
        var line = byKey[place]?.line ?? ExportTotals.KeyLine(keyClass: keyClass)
        line.pedimentos += 1
        Self.add(amount, to: &line.amount, &fits)
        byKey[place] = (original.key, line)
        let country = values.destinationCountry ?? original.destinationCountry
        if lastCountry < 0 || countries[lastCountry] != country {
            lastCountry =
                countries.firstIndex(of: country)
                ?? {
                    countries.append(country)
                    byCountry.append(.zero)
                    return countries.count - 1
                }()
        }
        Self.add(subtracts ? ExportAmount(mxn: -amount.mxn, usd: -amount.usd) : amount, to: &byCountry[lastCountry], &fits)
        if !fits { totals.overflowAt = values.location }
    }

    /// The totals, with the derived figures (net direct, total, the share's commercial basis)
    /// checked to be statable too.
    consuming func finished() -> ExportTotals {
        for case (let key, let line)? in byKey { totals.byKey[key] = line }
        for (index, country) in countries.enumerated() { totals.byCountry[country] = byCountry[index] }
        totals.memo = memo.values.sorted { ($0.kind, $0.key) < ($1.kind, $1.key) }
        if totals.overflowAt == nil {
            let direct = ExportAmount(
                mxn: totals.directGross.mxn.subtracting(totals.returns.mxn) ?? .largestTotal,
                usd: totals.directGross.usd.subtracting(totals.returns.usd) ?? .largestTotal)
            // Every figure the report derives (net direct, total, each month's, the share's basis)
            // must be statable too; gross and indirect together bound each month's.
            let gross = totals.directGross.adding(totals.indirect)
            if direct.adding(totals.indirect) == nil || gross == nil || totals.commercialValueMXN.subtracting(totals.valueAddedMXN) == nil {
                totals.overflowAt = SourceLocation(file: "")
            }
        }
        return totals
    }
}

/// Where a memo line adds up: its kind and key.
private struct MemoPlace: Hashable {
    var kind: ExportTotals.MemoKind
    var key: PedimentoKey
}
