/// A year projected to 31 December from its figures so far.
public struct Projection: Sendable, Hashable {
    public enum Method: String, Sendable, Hashable, CaseIterable {
        /// Year-to-date scaled by days: figure × days in year ÷ days elapsed.
        case runRate = "run-rate"
        /// Last year's monthly shape: figure × last year's total ÷ last year's figure to the same day.
        case priorYearShape = "prior-year-shape"
    }

    public var method: Method
    public var sales: Money<MXN>
    public var exportsMXN: Money<MXN>
    public var exportsUSD: Money<USD>
    public var thresholds: ThresholdEvaluation
}

/// What is still needed, from the cut-off to 31 December, for each test to pass.
public struct ExportGap: Sendable, Hashable {
    /// More dollars of exports needed for the USD test (zero once it passes).
    public var usdNeeded: Money<USD>
    /// More pesos of exports needed for the share test, on the run-rate sales projection.
    public var mxnNeededForShare: Money<MXN>
    /// That amount as a percentage of the rest of the year's projected sales, 2 decimals, rounded
    /// up; nil when no more sales are projected.
    public var shareOfRemainingSales: DecimalNumber?
}

/// A mid-year dry run: where the year stands on a date, where it is heading, what it still needs,
/// and how long is left to file.
public struct DryRunAssessment: Sendable, Hashable {
    public var asOf: CalendarDate
    public var daysElapsed: Int
    public var daysInYear: Int
    public var yearToDate: AnnualFigures
    public var projections: [Projection]
    public var gap: ExportGap
    public var calendar: FilingCalendar

    /// On track when a projection of the whole year passes the threshold; the text and JSON say
    /// which ones do.
    public var onTrack: Bool { projections.contains { $0.thresholds.passes } }

    public static func assess(
        yearToDate: AnnualFigures, asOf: CalendarDate, priorYear: AnnualFigures?
    ) -> DryRunAssessment {
        let year = yearToDate.year.value
        let daysInYear = CalendarDate.isLeap(year) ? 366 : 365
        let elapsed = asOf.daysSince1970 - yearToDate.year.firstDay.daysSince1970 + 1
        let rules = yearToDate.rules
        let rounding = rules.rounding
        let sales = yearToDate.sales.net
        let exports = yearToDate.exports.total

        func scale<C>(_ value: Money<C>, _ numerator: Int128, _ denominator: Int128) -> Money<C>? {
            guard denominator > 0 else { return nil }
            return Int64(exactly: rounding.divide(Int128(value.centavos) * numerator, by: denominator)).map { Money(centavos: $0) }
        }
        func projection(_ method: Projection.Method, sales: Money<MXN>?, mxn: Money<MXN>?, usd: Money<USD>?) -> Projection? {
            guard let sales, let mxn, let usd else { return nil }
            return Projection(
                method: method, sales: sales, exportsMXN: mxn, exportsUSD: usd,
                thresholds: .evaluate(exportsUSD: usd, shareNumerator: mxn, shareDenominator: sales, rules: rules))
        }

        var projections: [Projection] = []
        let days = Int128(daysInYear)
        let done = Int128(elapsed)
        if let runRate = projection(
            .runRate, sales: scale(sales, days, done), mxn: scale(exports.mxn, days, done),
            usd: scale(exports.usd, days, done))
        {
            projections.append(runRate)
        }
        if let prior = priorYear {
            // Each series' share of last year's total reached by the same day, scaled by the days of
            // the cut-off month so that the month in progress counts pro rata.
            func shape<C>(_ value: Money<C>, _ monthly: [Money<C>]) -> Money<C>? {
                let monthDays = Int128(CalendarDate.daysIn(month: asOf.month, year: prior.year.value))
                let before = monthly.prefix(asOf.month - 1).reduce(Int128(0)) { $0 + Int128($1.centavos) }
                let reached = before * monthDays + Int128(monthly[asOf.month - 1].centavos) * Int128(asOf.day)
                let total = monthly.reduce(Int128(0)) { $0 + Int128($1.centavos) } * monthDays
                return scale(value, total, reached)
            }
            let months = prior.exports.monthly
            if let shaped = projection(
                .priorYearShape, sales: shape(sales, prior.sales.monthly), mxn: shape(exports.mxn, months.map(\.total.mxn)),
                usd: shape(exports.usd, months.map(\.total.usd)))
            {
                projections.append(shaped)
            }
        }

        // The gap: what the rest of the year must still bring.
        let usdTest = rules.usdTest
        let usdLine = usdTest.limit.centavos + (usdTest.comparison == .greaterThan ? 1 : 0)
        // (Differences in 128 bits, clamped: a hostile year's projections never trap.)
        let usdNeeded = Money<USD>(centavos: Int64(clamping: max(0, Int128(usdLine) - Int128(exports.usd.centavos))))
        let projectedSales = projections.first?.sales ?? sales
        let percent = rules.shareTest.minimumPercent
        let divisor = 100 * Int128.power10(percent.scale)
        let product = Int128(max(projectedSales.centavos, 0)) * Int128(percent.mantissa)
        var required = (product + divisor - 1) / divisor  // rounded up: the least that passes
        if rules.shareTest.comparison == .greaterThan, required * divisor == product { required += 1 }
        let mxnNeeded = Money<MXN>(centavos: Int64(clamping: max(0, required - Int128(exports.mxn.centavos))))
        let remaining = Money<MXN>(centavos: Int64(clamping: Int128(projectedSales.centavos) - Int128(sales.centavos)))
        var share: DecimalNumber?
        if remaining.centavos > 0 {
            let hundredths = (Int128(mxnNeeded.centavos) * 10_000 + Int128(remaining.centavos) - 1) / Int128(remaining.centavos)
            share = DecimalNumber(mantissa: Int64(clamping: hundredths), scale: 2)
        }

        return DryRunAssessment(
            asOf: asOf, daysElapsed: elapsed, daysInYear: daysInYear, yearToDate: yearToDate, projections: projections,
            gap: ExportGap(usdNeeded: usdNeeded, mxnNeededForShare: mxnNeeded, shareOfRemainingSales: share),
            calendar: FilingCalendar(year: yearToDate.year, holidays: rules.holidays))
    }
}
