/// A calendar month.
public struct YearMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    public init(_ date: CalendarDate) {
        year = date.year
        month = date.month
    }

    /// The month before.
    public var previous: YearMonth { month == 1 ? YearMonth(year: year - 1, month: 12)! : YearMonth(year: year, month: month - 1)! }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }
    public var description: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }
}

/// The Índice Nacional de Precios al Consumidor by month, as INEGI computes it and the DOF
/// publishes it (CFF art. 17-A, fifth paragraph): a versioned settings file the user extends
/// (`templates/inpc.toml`), never constants in code.
public struct INPCTable: Sendable, Hashable {
    public var values: [YearMonth: DecimalNumber]

    public init(values: [YearMonth: DecimalNumber]) { self.values = values }
}

/// The update of an amount owed for the time it went unpaid (CFF art. 17-A).
public struct UpdateFactor: Sendable, Hashable {
    /// The factor, to four decimals (`scale` 4), never below 1.
    public let factor: DecimalNumber
    /// A month and its index.
    public struct MonthIndex: Sendable, Hashable {
        public let month: YearMonth
        public let index: DecimalNumber
    }

    /// The months and indexes it was computed from: the month before the most recent month of the
    /// period (or the latest published, when that one is not yet), and the month before the oldest.
    public let recent: MonthIndex
    public let oldest: MonthIndex

    /// What is missing to compute a factor.
    public enum Problem: Error, Sendable, Hashable {
        /// The index of a month the table lacks.
        case missingIndex(YearMonth)
    }

    /// The factor for an amount due on `due` and paid (or estimated as paid) on `paid`: the index
    /// of the month before the most recent month of the period over that of the month before the
    /// oldest. No fraction of a month updates (the months are whole calendar months); a result
    /// below 1 is 1; the division is carried to the ten-thousandth and the digits past it are
    /// dropped ("hasta el diezmilésimo", art. 17-A, last paragraph; that they are dropped, not
    /// rounded, is our reading [ours]). When the index of the month before the most recent one is
    /// not published yet, the latest published one is used (art. 17-A, second paragraph): taken
    /// here as the month before it, when the table has that one (INEGI publishes a month's index in
    /// the first days of the next, so only the last month can be unpublished). Any other month the
    /// table lacks is named, never stepped over.
    public static func between(_ due: CalendarDate, and paid: CalendarDate, table: INPCTable) -> Result<UpdateFactor, Problem> {
        let oldestMonth = YearMonth(due).previous
        var recentMonth = YearMonth(max(due, paid)).previous
        if table.values[recentMonth] == nil, table.values[recentMonth.previous] != nil, recentMonth.previous >= oldestMonth {
            recentMonth = recentMonth.previous
        }
        guard let oldestIndex = table.values[oldestMonth] else { return .failure(.missingIndex(oldestMonth)) }
        guard let recentIndex = table.values[recentMonth] else { return .failure(.missingIndex(recentMonth)) }
        let scale = max(oldestIndex.scale, recentIndex.scale)
        let numerator = recentIndex.mantissa(atScale: scale) * 10_000
        let denominator = oldestIndex.mantissa(atScale: scale)
        precondition(denominator > 0, "an INPC value is positive")
        let truncated = max(numerator / denominator, 10_000)
        return .success(
            UpdateFactor(
                factor: DecimalNumber(mantissa: Int64(truncated), scale: 4), recent: MonthIndex(month: recentMonth, index: recentIndex),
                oldest: MonthIndex(month: oldestMonth, index: oldestIndex)))
    }
}

/// The monthly surcharge rates for late contributions (CFF art. 21), set each year by the Ley de
/// Ingresos de la Federación: a settings file with its sources, never constants in code.
public struct SurchargeRates: Sendable, Hashable {
    /// Percent a month, by the calendar year of the month it applies to.
    public var monthlyPercent: [Int: DecimalNumber]
    /// Surcharges run at most this many months (art. 21: "hasta por cinco años").
    public var maximumMonths = 60

    public init(monthlyPercent: [Int: DecimalNumber]) { self.monthlyPercent = monthlyPercent }

    /// The months late from `due` to `paid`: each month or fraction of one counts whole
    /// ("por cada mes o fracción que transcurra"), at most `maximumMonths`. A month runs from a
    /// day to the same day of the next month (`anniversary`).
    public func monthsLate(from due: CalendarDate, to paid: CalendarDate) -> Int {
        guard paid > due else { return 0 }
        var whole = (paid.year - due.year) * 12 + (paid.month - due.month)
        while whole > 0, Self.anniversary(of: due, months: whole) > paid { whole -= 1 }
        let fraction = Self.anniversary(of: due, months: whole) < paid ? 1 : 0
        return min(whole + fraction, maximumMonths)
    }

    /// The rate summed over the months late, in percent: the month that begins on each
    /// anniversary of `due` takes the rate of its calendar year. A failure names the year whose
    /// rate the table lacks.
    public func percent(from due: CalendarDate, to paid: CalendarDate) -> Result<DecimalNumber, MissingRate> {
        let scale = monthlyPercent.values.map(\.scale).max() ?? 0
        var total = Int128(0)
        for month in 0..<monthsLate(from: due, to: paid) {
            let year = Self.anniversary(of: due, months: month).year
            guard let rate = monthlyPercent[year] else { return .failure(MissingRate(year: year)) }
            total += rate.mantissa(atScale: scale)
        }
        return .success(DecimalNumber(mantissa: Int64(total), scale: scale))
    }

    /// The same day `months` calendar months after `date` (the month's last day when it is shorter).
    static func anniversary(of date: CalendarDate, months: Int) -> CalendarDate {
        let index = date.year * 12 + (date.month - 1) + months
        let (year, month) = (index / 12, index % 12 + 1)
        return CalendarDate(year: year, month: month, day: min(date.day, CalendarDate.daysIn(month: month, year: year)))!
    }

    public struct MissingRate: Error, Sendable, Hashable {
        public let year: Int
    }
}

/// The taxes a temporary import would owe if it were deemed definitive (its term passed and its
/// balance still in the country), estimated for one line. An estimate: the rates are settings,
/// and the customs value is the line's as declared.
public struct OmittedTaxEstimate: Sendable, Hashable {
    /// The rates that make it (each a setting with its source).
    public struct Rates: Sendable, Hashable {
        /// Customs processing fee on the customs value, in percent (Ley Federal de Derechos art. 49
        /// fr. I: 8 al millar, 0.8%).
        public var dtaPercent = DecimalNumber(mantissa: 8, scale: 1)
        /// IVA on imports, in percent (Ley del IVA art. 1: 16%), on the customs value plus the
        /// import duty and the other contributions (art. 27).
        public var ivaPercent = DecimalNumber(mantissa: 16, scale: 0)
        /// Whether the company's IVA/IEPS certification (Ley del IVA art. 28-A) gives a credit equal
        /// to the IVA, which then adds nothing.
        public var ivaCertified = false

        public init() {}
    }

    public let customsValue: Money<MXN>
    public let dutyPercent: DecimalNumber
    public let duty: Money<MXN>
    public let dta: Money<MXN>
    public let iva: Money<MXN>
    /// The three above.
    public let omitted: Money<MXN>
    public let update: UpdateFactor
    /// `omitted` × the factor, less `omitted`.
    public let updateAmount: Money<MXN>
    public let surchargeMonths: Int
    public let surchargePercent: DecimalNumber
    /// On the updated amount.
    public let surcharges: Money<MXN>
    /// Updated taxes plus surcharges.
    public let total: Money<MXN>

    /// The estimate for a line whose taxes fell due on `due` (the day its term started), as of
    /// `asOf`. `dutyPercent`: the line's ad valorem import duty (IGI) in percent.
    public static func estimate(
        customsValue: Money<MXN>, dutyPercent: DecimalNumber, due: CalendarDate, asOf: CalendarDate, rates: Rates, inpc: INPCTable,
        surcharges: SurchargeRates, rounding: RoundingRule
    ) -> Result<OmittedTaxEstimate, EstimateProblem> {
        func percent(_ amount: Money<MXN>, _ rate: DecimalNumber) -> Money<MXN> {
            Money(centavos: Int64(rounding.divide(Int128(amount.centavos) * Int128(rate.mantissa), by: 100 * Int128.power10(rate.scale))))
        }
        let duty = percent(customsValue, dutyPercent)
        let dta = percent(customsValue, rates.dtaPercent)
        let iva = rates.ivaCertified ? Money<MXN>(centavos: 0) : percent(customsValue + duty + dta, rates.ivaPercent)
        let omitted = duty + dta + iva
        let factor: UpdateFactor
        switch UpdateFactor.between(due, and: asOf, table: inpc) {
        case .success(let computed): factor = computed
        case .failure(.missingIndex(let month)): return .failure(.missingINPC(month))
        }
        let updated = Money<MXN>(
            centavos: Int64(rounding.divide(Int128(omitted.centavos) * Int128(factor.factor.mantissa), by: Int128.power10(factor.factor.scale))))
        let surchargePercent: DecimalNumber
        switch surcharges.percent(from: due, to: asOf) {
        case .success(let computed): surchargePercent = computed
        case .failure(let missing): return .failure(.missingSurchargeRate(year: missing.year))
        }
        let surchargeAmount = percent(updated, surchargePercent)
        return .success(
            OmittedTaxEstimate(
                customsValue: customsValue, dutyPercent: dutyPercent, duty: duty, dta: dta, iva: iva, omitted: omitted, update: factor,
                updateAmount: updated - omitted, surchargeMonths: surcharges.monthsLate(from: due, to: asOf), surchargePercent: surchargePercent,
                surcharges: surchargeAmount, total: updated + surchargeAmount))
    }

    /// What the settings lack for an estimate.
    public enum EstimateProblem: Error, Sendable, Hashable {
        case missingINPC(YearMonth)
        case missingSurchargeRate(year: Int)
    }
}
