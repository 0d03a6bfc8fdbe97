/// The export threshold of Decreto IMMEX art. 24 fr. VI: the year passes when exports abroad are
/// above the dollar limit **or** are at least the set share of total invoicing.
public struct ThresholdEvaluation: Sendable, Hashable {
    public var usd: USDOutcome
    public var share: ShareOutcome

    /// True when either enabled test passes, or when the year's rules enable neither (a waived
    /// year, as fiscal year 2020 was, reported in 2021).
    public var passes: Bool {
        if !usd.enabled && !share.enabled { return true }
        return (usd.enabled && usd.passes) || (share.enabled && share.passes)
    }

    public struct USDOutcome: Sendable, Hashable {
        public var enabled: Bool
        public var figure: Money<USD>
        public var limit: Money<USD>
        public var comparison: Comparison
        /// Figure − limit: how far above (positive) or below (negative) the line the year is.
        public var margin: Money<USD> { figure - limit }
        public var passes: Bool { comparison.holds(figure, against: limit) }
    }

    public struct ShareOutcome: Sendable, Hashable {
        public var enabled: Bool
        /// Exports on the test's basis.
        public var numerator: Money<MXN>
        /// Total invoicing on the test's basis.
        public var denominator: Money<MXN>
        public var minimumPercent: DecimalNumber
        public var comparison: Comparison
        public var basis: ShareBasis
        /// The exports the minimum share requires, rounded to centavos.
        public var required: Money<MXN>
        public var passes: Bool

        /// The share in percent, 4 decimals, truncated toward zero so that a share shown as
        /// 10.0000 never hides one just below the limit. Nil without sales.
        public var percent: DecimalNumber? {
            guard denominator.centavos > 0 else { return nil }
            let scaled = Int128(numerator.centavos) * 1_000_000 / Int128(denominator.centavos)
            return Int64(exactly: scaled).map { DecimalNumber(mantissa: $0, scale: 4) }
        }

        /// Percentage points above (positive) or below the minimum, 4 decimals, truncated.
        public var marginPoints: DecimalNumber? {
            guard let percent else { return nil }
            return DecimalNumber(
                mantissa: Int64(percent.mantissa(atScale: 4) - minimumPercent.mantissa(atScale: 4)), scale: 4)
        }

        /// Exports above (positive) or below the amount the minimum share requires.
        public var margin: Money<MXN> { numerator - required }
    }
}

extension ThresholdEvaluation {
    /// Evaluates both tests on exact integers; no figure is rounded before it is compared.
    public static func evaluate(
        sales: SalesTotals, exports: ExportTotals, rules: Rules, consignment: Bool
    ) -> ThresholdEvaluation {
        var numerator = exports.total.mxn
        var denominator = sales.net
        if consignment && rules.shareTest.basis == .commercialValue {
            numerator = exports.commercialValueMXN
            // (Checked by `AnnualFigures.compute`, which reports a year whose sum is beyond the largest total.)
            denominator = exports.commercialValueMXN.subtracting(exports.valueAddedMXN).flatMap { sales.net.adding($0) } ?? .largestTotal
        }
        return evaluate(exportsUSD: exports.total.usd, shareNumerator: numerator, shareDenominator: denominator, rules: rules)
    }

    /// Both tests on given figures (a projection's, say).
    public static func evaluate(
        exportsUSD: Money<USD>, shareNumerator numerator: Money<MXN>, shareDenominator denominator: Money<MXN>, rules: Rules
    ) -> ThresholdEvaluation {
        let usd = USDOutcome(
            enabled: rules.usdTest.enabled, figure: exportsUSD, limit: rules.usdTest.limit,
            comparison: rules.usdTest.comparison)
        let percent = rules.shareTest.minimumPercent
        // numerator / denominator  vs  mantissa / (100 × 10^scale), cross-multiplied.
        let left = Int128(numerator.centavos) * 100 * Int128.power10(percent.scale)
        let right = Int128(denominator.centavos) * Int128(percent.mantissa)
        let passes = denominator.centavos > 0 && rules.shareTest.comparison.holds(left, against: right)
        let requiredCentavos = rules.rounding.divide(
            Int128(max(denominator.centavos, 0)) * Int128(percent.mantissa), by: 100 * Int128.power10(percent.scale))
        let share = ShareOutcome(
            enabled: rules.shareTest.enabled, numerator: numerator, denominator: denominator,
            minimumPercent: percent, comparison: rules.shareTest.comparison, basis: rules.shareTest.basis,
            required: Money(centavos: Int64(clamping: requiredCentavos)), passes: passes)
        return ThresholdEvaluation(usd: usd, share: share)
    }
}
