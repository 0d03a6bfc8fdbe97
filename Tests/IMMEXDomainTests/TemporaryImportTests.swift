import Testing

@testable import IMMEXDomain

@Suite("Temporary imports: terms, aging, and what an expired balance would cost")
struct TemporaryImportTests {
    private func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate { CalendarDate(year: year, month: month, day: day)! }
    private func month(_ year: Int, _ month: Int) -> YearMonth { YearMonth(year: year, month: month)! }
    private func decimal(_ text: String) -> DecimalNumber { try! DecimalNumber.parse(text).get() }

    /// The INPC pair of domain.md §6's example (April 2022 and April 2023, base second half of July
    /// 2018 = 100, as INEGI publishes it), with March 2023 for the fallback.
    private var inpc: INPCTable {
        INPCTable(values: [month(2022, 4): decimal("120.809"), month(2023, 3): decimal("128.389"), month(2023, 4): decimal("128.363")])
    }
    /// 1.47% a month, the Ley de Ingresos' rate for 2020 to 2025 (domain.md §6).
    private var rates: SurchargeRates { SurchargeRates(monthlyPercent: [2022: decimal("1.47"), 2023: decimal("1.47")]) }

    @Test("the term ends on the same day 18 months on (CFF art. 12): inside on its last day, expired the day after")
    func termBoundaries() {
        let terms = TemporaryImportTerms.statutory
        let calendar = BusinessDays()
        // Entered Monday 2024-01-15: its last day is Tuesday 2025-07-15.
        #expect(terms.lastDay(of: .inputs, startingOn: date(2024, 1, 15), calendar: calendar) == date(2025, 7, 15))
        let onLastDay = terms.aging(of: .inputs, startingOn: date(2024, 1, 15), asOf: date(2025, 7, 15), calendar: calendar)
        #expect(onLastDay.daysLeft == 0 && onLastDay.bucket == .within30)
        let dayAfter = terms.aging(of: .inputs, startingOn: date(2024, 1, 15), asOf: date(2025, 7, 16), calendar: calendar)
        #expect(dayAfter.daysLeft == -1 && dayAfter.bucket == .expired)
        // A last day on a Sunday moves to Monday; a holiday moves it on again.
        #expect(terms.lastDay(of: .inputs, startingOn: date(2024, 1, 13), calendar: calendar) == date(2025, 7, 14))
        #expect(terms.lastDay(of: .inputs, startingOn: date(2024, 1, 13), calendar: BusinessDays(holidays: [date(2025, 7, 14)])) == date(2025, 7, 15))
        // 31 August + 18 months has no 31 February: the first business day of March (Saturday
        // 1 March 2025, so Monday the 3rd).
        #expect(terms.lastDay(of: .inputs, startingOn: date(2023, 8, 31), calendar: calendar) == date(2025, 3, 3))
        // Containers two years; machinery has no term.
        #expect(terms.lastDay(of: .containers, startingOn: date(2024, 1, 15), calendar: calendar) == date(2026, 1, 15))
        let machinery = terms.aging(of: .machinery, startingOn: date(2010, 1, 4), asOf: date(2025, 12, 31), calendar: calendar)
        #expect(machinery.lastDay == nil && machinery.daysLeft == nil && machinery.bucket == .noTerm)
    }

    @Test("buckets: expired, 0-30, 31-60, 61-90, over 90 days left")
    func buckets() {
        #expect(
            [-400, -1, 0, 30, 31, 60, 61, 90, 91].map { AgingBucket(daysLeft: $0) } == [
                .expired, .expired, .within30, .within30, .within60, .within60, .within90, .within90, .later,
            ])
    }

    @Test("art. 17-A: 128.363 / 120.809 = 1.062528… → 1.0625; same month or prices down → 1; the latest index when the last is unpublished")
    func updateFactor() throws {
        let factor = try UpdateFactor.between(date(2022, 5, 10), and: date(2023, 5, 10), table: inpc).get()
        #expect(factor.factor == DecimalNumber(mantissa: 10_625, scale: 4))
        #expect(factor.recent.month == month(2023, 4) && factor.oldest.month == month(2022, 4))
        // No fraction of a month: due and paid in May 2022 compare April with April.
        let same = try UpdateFactor.between(date(2022, 5, 1), and: date(2022, 5, 31), table: inpc).get()
        #expect(same.factor == DecimalNumber(mantissa: 10_000, scale: 4))
        // Prices that fell: never below 1.
        let fell = INPCTable(values: [month(2022, 4): decimal("130.000"), month(2023, 4): decimal("128.363")])
        #expect(try UpdateFactor.between(date(2022, 5, 10), and: date(2023, 5, 10), table: fell).get().factor == DecimalNumber(mantissa: 10_000, scale: 4))
        // Paid in June 2023: May's index is not in the table, so the latest published (April's) is used.
        let june = try UpdateFactor.between(date(2022, 5, 10), and: date(2023, 6, 2), table: inpc).get()
        #expect(june.recent.month == month(2023, 4))
        // A month the table lacks, with nothing later to fall back on, is named.
        #expect(throws: UpdateFactor.Problem.missingIndex(month(2021, 12))) {
            try UpdateFactor.between(date(2022, 1, 10), and: date(2023, 5, 10), table: inpc).get()
        }
    }

    @Test("art. 21: each month or fraction counts, at most five years; each month takes its year's rate")
    func surchargeMonths() {
        let rates = self.rates
        #expect(rates.monthsLate(from: date(2022, 5, 10), to: date(2023, 5, 10)) == 12)
        #expect(rates.monthsLate(from: date(2022, 5, 10), to: date(2023, 5, 11)) == 13)
        #expect(rates.monthsLate(from: date(2022, 5, 10), to: date(2022, 5, 11)) == 1)
        #expect(rates.monthsLate(from: date(2022, 5, 10), to: date(2022, 5, 10)) == 0)
        // 31 January to 28 February 2023 is one whole month (February has no 31st).
        #expect(rates.monthsLate(from: date(2023, 1, 31), to: date(2023, 2, 28)) == 1)
        #expect(rates.monthsLate(from: date(2023, 1, 31), to: date(2023, 3, 1)) == 2)
        #expect(rates.monthsLate(from: date(2010, 1, 1), to: date(2023, 1, 1)) == 60)
        #expect(rates.percent(from: date(2022, 5, 10), to: date(2023, 5, 10)) == .success(decimal("17.64")))
        #expect(rates.percent(from: date(2023, 11, 10), to: date(2024, 2, 1)) == .failure(SurchargeRates.MissingRate(year: 2024)))
    }

    @Test("a hand-worked line: MXN 100,000 at 5% IGI, due 2022-05-10, as of 2023-05-10, to the centavo")
    func handWorkedEstimate() throws {
        let estimate = try OmittedTaxEstimate.estimate(
            customsValue: Money(centavos: 100_000_00), dutyPercent: decimal("5"), due: date(2022, 5, 10), asOf: date(2023, 5, 10),
            rates: OmittedTaxEstimate.Rates(), inpc: inpc, surcharges: rates, rounding: .halfAwayFromZero
        ).get()
        #expect(estimate.duty == Money(centavos: 5_000_00))  // 5% of 100,000
        #expect(estimate.dta == Money(centavos: 800_00))  // 8 al millar
        #expect(estimate.iva == Money(centavos: 16_928_00))  // 16% of 105,800
        #expect(estimate.omitted == Money(centavos: 22_728_00))
        #expect(estimate.update.factor == DecimalNumber(mantissa: 10_625, scale: 4))
        #expect(estimate.updateAmount == Money(centavos: 1_420_50))  // 22,728 × 1.0625 = 24,148.50
        #expect(estimate.surchargeMonths == 12 && estimate.surchargePercent == decimal("17.64"))
        #expect(estimate.surcharges == Money(centavos: 4_259_80))  // 24,148.50 × 17.64% = 4,259.7954
        #expect(estimate.total == Money(centavos: 28_408_30))
        // With the IVA certification's credit the IVA adds nothing.
        var certified = OmittedTaxEstimate.Rates()
        certified.ivaCertified = true
        let credited = try OmittedTaxEstimate.estimate(
            customsValue: Money(centavos: 100_000_00), dutyPercent: decimal("5"), due: date(2022, 5, 10), asOf: date(2023, 5, 10),
            rates: certified, inpc: inpc, surcharges: rates, rounding: .halfAwayFromZero
        ).get()
        #expect(credited.iva == Money(centavos: 0) && credited.omitted == Money(centavos: 5_800_00))
        // What is missing is named.
        let missing = OmittedTaxEstimate.estimate(
            customsValue: Money(centavos: 100_00), dutyPercent: decimal("5"), due: date(2021, 5, 10), asOf: date(2023, 5, 10),
            rates: OmittedTaxEstimate.Rates(), inpc: inpc, surcharges: rates, rounding: .halfAwayFromZero)
        #expect(missing == .failure(.missingINPC(month(2021, 4))))
    }
}
