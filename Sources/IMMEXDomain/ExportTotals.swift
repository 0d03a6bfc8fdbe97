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
        case let .annualAverage(rate):
            dollars = Conversion.dollars(pesos, at: rate, rounding: rules.rounding)
        }
        return dollars.map { ExportAmount(mxn: pesos, usd: $0) }
    }

    /// - Parameter otherYears: rectifications of other years' pedimentos (`RectificationResolver`),
    ///   listed in the memo lines and never counted.
    public func aggregate(_ pedimentos: [EffectivePedimento], rows: Int, otherYears: [ExportPedimento] = []) -> ExportTotals {
        var totals = ExportTotals()
        totals.counts.rows = rows
        var memo: [MemoPlace: ExportTotals.MemoLine] = [:]
        func list(_ kind: ExportTotals.MemoKind, _ pedimento: ExportPedimento, key: PedimentoKey) {
            var line = memo[MemoPlace(kind: kind, key: key)] ?? ExportTotals.MemoLine(kind: kind, key: key)
            line.pedimentos += 1
            if let amount = amount(of: pedimento) { line.amount += amount }
            memo[MemoPlace(kind: kind, key: key)] = line
        }
        for pedimento in otherYears { list(.rectificationOtherYear, pedimento, key: pedimento.key) }
        // By key and by country in arrays while adding up, made dictionaries at the end: a year's
        // keys are a handful of places and its countries a few dozen, where a dictionary would
        // hash three times a pedimento. (Each pedimento read in place: copying one counts
        // references to its rows.)
        var byKey = [(key: PedimentoKey, line: ExportTotals.KeyLine)?](repeating: nil, count: PedimentoKey.denseCount)
        var countries: [CountryCode?] = [], byCountry: [ExportAmount] = []
        var lastCountry = -1
        for position in pedimentos.indices {
            if pedimentos[position].isRectified { totals.counts.rectified += 1 }
            let keyClass = pedimentos[position].keyClass
            switch keyClass {
            case .review:
                totals.counts.forReview += 1
                list(.review, pedimentos[position].current, key: pedimentos[position].original.key)
                continue
            case .temporaryExport, .temporaryImport:
                totals.counts.excluded += 1
                list(.temporaryExport, pedimentos[position].current, key: pedimentos[position].original.key)
                continue
            case .excluded, .rectification:
                totals.counts.excluded += 1
                list(.notAnExport, pedimentos[position].current, key: pedimentos[position].original.key)
                continue
            case .direct, .indirect, .subtracting:
                break
            }
            if !rules.countsFixedAssetReturns, pedimentos[position].isFixedAssetReturn {
                totals.counts.excluded += 1
                list(.fixedAssetReturn, pedimentos[position].current, key: pedimentos[position].original.key)
                continue
            }
            let values = pedimentos[position].current
            guard let amount = amount(of: values) else { continue }
            let original = pedimentos[position].original
            totals.counts.counted += 1
            let month = original.paidOn.month - 1
            let sign: Int64 = keyClass == .subtracting ? -1 : 1
            switch keyClass {
            case .direct:
                totals.directGross += amount
                totals.monthly[month].direct += amount
            case .indirect:
                totals.indirect += amount
                totals.monthly[month].indirect += amount
            default:
                totals.returns += amount
                totals.monthly[month].returns += amount
            }
            totals.commercialValueMXN += Money(centavos: sign * values.commercialValueMXN.centavos)
            totals.valueAddedMXN += Money(centavos: sign * (values.valueAddedMXN ?? .zero).centavos)
            let place = original.key.denseIndex
            var line = byKey[place]?.line ?? ExportTotals.KeyLine(keyClass: keyClass)
            line.pedimentos += 1
            line.amount += amount
            byKey[place] = (original.key, line)
            let country = values.destinationCountry ?? original.destinationCountry
            let signed = sign < 0 ? ExportAmount.zero - amount : amount
            if lastCountry < 0 || countries[lastCountry] != country {
                lastCountry = countries.firstIndex(of: country) ?? {
                    countries.append(country)
                    byCountry.append(.zero)
                    return countries.count - 1
                }()
            }
            byCountry[lastCountry] += signed
        }
        for case let (key, line)? in byKey { totals.byKey[key] = line }
        for (index, country) in countries.enumerated() { totals.byCountry[country] = byCountry[index] }
        totals.memo = memo.values.sorted { ($0.kind, $0.key) < ($1.kind, $1.key) }
        return totals
    }
}

/// Where a memo line adds up: its kind and key.
private struct MemoPlace: Hashable {
    var kind: ExportTotals.MemoKind
    var key: PedimentoKey
}
