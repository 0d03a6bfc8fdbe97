import Testing

@testable import IMMEXDomain

@Suite("Threshold tests (Decreto IMMEX art. 24 fr. VI)")
struct ThresholdTests {
    func evaluate(exportsUSD: Int64, exportsMXN: Int64, salesMXN: Int64, rules: Rules = Rules()) -> ThresholdEvaluation {
        var exports = ExportTotals()
        exports.directGross = ExportAmount(mxn: Money(centavos: exportsMXN), usd: Money(centavos: exportsUSD))
        return ThresholdEvaluation.evaluate(sales: Build.sales(net: salesMXN), exports: exports, rules: rules, consignment: false)
    }

    @Test(
        "the USD test is strict: exactly USD 500,000.00 fails",
        arguments: [
            (500_000_00, false), (500_000_01, true), (499_999_99, false), (0, false),
        ] as [(Int64, Bool)])
    func usdEdge(usd: Int64, passes: Bool) {
        let result = evaluate(exportsUSD: usd, exportsMXN: 1, salesMXN: 1_000_000_000_00)
        #expect(result.usd.passes == passes)
        #expect(result.usd.margin.centavos == usd - 500_000_00)
    }

    @Test(
        "the share test is inclusive: exactly 10% passes",
        arguments: [
            (100_000_00, 1_000_000_00, true),  // exactly 10%
            (99_999_99, 1_000_000_00, false),  // a centavo short
            (1, 10, true),  // 10% of ten centavos
            (333_33, 3_333_334, false),  // 9.99999%
            (0, 1_000_00, false),
        ] as [(Int64, Int64, Bool)])
    func shareEdge(exports: Int64, sales: Int64, passes: Bool) {
        let result = evaluate(exportsUSD: 0, exportsMXN: exports, salesMXN: sales)
        #expect(result.share.passes == passes)
        #expect(result.passes == passes)
    }

    @Test("a share shown as 10.0000% is never one just below it")
    func truncatedDisplay() {
        let result = evaluate(exportsUSD: 0, exportsMXN: 99_999_999, salesMXN: 1_000_000_000)
        #expect(result.share.passes == false)
        #expect(result.share.percent?.description == "9.9999")
        #expect(result.share.margin.centavos == -1)
    }

    @Test("either test is enough")
    func either() {
        #expect(evaluate(exportsUSD: 600_000_00, exportsMXN: 1, salesMXN: 1_000_000_000_00).passes)
        #expect(evaluate(exportsUSD: 1, exportsMXN: 50_00, salesMXN: 100_00).passes)
        #expect(!evaluate(exportsUSD: 1, exportsMXN: 1, salesMXN: 100_00).passes)
    }

    @Test("comparisons and limits are settings")
    func settings() throws {
        var rules = Rules()
        rules.usdTest.comparison = .atLeast
        #expect(evaluate(exportsUSD: 500_000_00, exportsMXN: 0, salesMXN: 1, rules: rules).usd.passes)
        rules.shareTest.minimumPercent = try DecimalNumber.parse("12.5").get()
        rules.shareTest.comparison = .greaterThan
        #expect(!evaluate(exportsUSD: 0, exportsMXN: 125_00, salesMXN: 1_000_00, rules: rules).share.passes)
        #expect(evaluate(exportsUSD: 0, exportsMXN: 125_01, salesMXN: 1_000_00, rules: rules).share.passes)
    }

    @Test("a year whose rules enable no test passes (the 2021 waiver)")
    func waived() {
        var rules = Rules()
        rules.usdTest.enabled = false
        rules.shareTest.enabled = false
        #expect(evaluate(exportsUSD: 0, exportsMXN: 0, salesMXN: 100, rules: rules).passes)
        rules.shareTest.enabled = true
        #expect(!evaluate(exportsUSD: 900_000_00, exportsMXN: 0, salesMXN: 100, rules: rules).passes)
    }

    @Test("no sales: the share cannot be computed and does not pass")
    func noSales() {
        let result = evaluate(exportsUSD: 0, exportsMXN: 100, salesMXN: 0)
        #expect(result.share.percent == nil)
        #expect(!result.share.passes)
    }
}

@Suite("The filing calendar")
struct FilingCalendarTests {
    @Test(
        "the deadline is the last business day of May of the next year",
        arguments: [
            (2024, "2025-05-30"),  // 31 May 2025 is a Saturday
            (2025, "2026-05-29"),  // 30–31 May 2026 are a weekend
            (2023, "2024-05-31"),  // a Friday
            (2019, "2020-05-29"),  // 30–31 May 2020 are a weekend
        ])
    func deadline(year: Int, expected: String) {
        #expect(FilingCalendar(year: FiscalYear(year)).deadline.description == expected)
    }

    @Test("holidays are skipped too; retention is five years after the deadline")
    func holidaysAndRetention() {
        let calendar = FilingCalendar(year: FiscalYear(2023), holidays: [CalendarDate(year: 2024, month: 5, day: 31)!])
        #expect(calendar.deadline.description == "2024-05-30")
        #expect(calendar.retentionUntil.description == "2029-05-30")
        #expect(FilingCalendar(year: FiscalYear(2025)).lateWindowEnd.description == "2026-08-31")
    }

    @Test(
        "weekdays and Unix days agree with known dates",
        arguments: [
            ("1970-01-01", 0, CalendarDate.Weekday.thursday), ("2000-02-29", 11_016, .tuesday), ("2026-11-22", 20_779, .sunday),
            ("1969-12-31", -1, .wednesday),
        ])
    func weekdays(text: String, days: Int, weekday: CalendarDate.Weekday) {
        let date = CalendarDate.parse(text)!
        #expect(date.daysSince1970 == days)
        #expect(date.weekday == weekday)
        #expect(CalendarDate(secondsSince1970: Int64(days) * 86_400 + 3_600) == date)
    }
}
