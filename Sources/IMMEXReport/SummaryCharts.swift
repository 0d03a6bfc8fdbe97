import IMMEXDomain

/// The summary page's charts, each with its numbers in words (for a reader who cannot see it) and
/// a table of the data it draws.
enum SummaryCharts {
    static func make(
        figures: AnnualFigures, words: SummaryLanguage.Words, minimumBasisPoints: Int64, byKey: [(String, Money<MXN>)],
        byCountry: [(String, Money<MXN>)], projection: [Money<USD>]?, imports: TemporaryImportControl? = nil
    ) -> [[String: Any]] {
        let exports = figures.exports
        let tests = figures.thresholds
        let months = words.chart.months
        // The cumulative share by month, truncated to two decimals as the page shows it.
        var salesSoFar: Int128 = 0
        var exportsSoFar: Int128 = 0
        let shares: [String] = (0..<12).map { month in
            salesSoFar += Int128(figures.sales.monthly[month].centavos)
            exportsSoFar += Int128(exports.monthly[month].total.mxn.centavos)
            guard salesSoFar > 0 else { return "—" }
            return DecimalNumber(mantissa: Int64(clamping: exportsSoFar * 10_000 / salesSoFar), scale: 2).description + "%"
        }
        var usdSoFar: Int128 = 0
        let cumulativeUSD: [String] = exports.monthly.map { month in
            usdSoFar += Int128(month.total.usd.centavos)
            return Money<USD>(centavos: Int64(clamping: usdSoFar)).formatted
        }
        let share = tests.share.percent.map { "\($0)%" } ?? "—"
        func table(_ headers: [String], _ rows: [[String]]) -> [String: Any] {
            ["headers": headers, "rows": rows.map { ["cells": $0] }]
        }
        func amounts(_ items: [(String, Money<MXN>)]) -> [[String]] {
            items.sorted { $0.1.centavos.magnitude > $1.1.centavos.magnitude }.map { [$0.0, $0.1.formatted] }
        }
        var charts: [[String: Any]] = [
            [
                "title": words.chart.monthlyTitle,
                "numbers":
                    "\(words.totalSales) \(figures.sales.net.formatted) MXN; \(words.totalExports) \(exports.total.mxn.formatted) MXN; \(words.share) \(share) (\(words.limit) \(tests.share.comparison.symbol) \(tests.share.minimumPercent)%).",
                "svg": SVGChart.monthly(
                    sales: figures.sales.monthly, exports: exports.monthly.map(\.total.mxn), minimumBasisPoints: minimumBasisPoints, labels: words.chart),
                "table": table(
                    [words.month, words.chart.sales, words.chart.exports, words.chart.cumulativeShare],
                    (0..<12).map { [months[$0], figures.sales.monthly[$0].formatted, exports.monthly[$0].total.mxn.formatted, shares[$0]] }),
            ],
            [
                "title": words.chart.usdTitle,
                "numbers":
                    "\(words.usdFigure) \(tests.usd.figure.formatted) USD; \(words.limit) \(tests.usd.comparison.symbol) \(tests.usd.limit.formatted) USD.",
                "svg": SVGChart.cumulativeUSD(monthly: exports.monthly.map(\.total.usd), limit: tests.usd.limit, projection: projection, labels: words.chart),
                "table": table([words.month, words.chart.cumulativeUSD], (0..<12).map { [months[$0], cumulativeUSD[$0]] }),
            ],
            [
                "title": words.byKey,
                "numbers": amounts(byKey).prefix(4).map { "\($0[0]) \($0[1])" }.joined(separator: "; ") + ".",
                "svg": SVGChart.bars(byKey, title: words.byKey, description: words.byKeyDescription),
                "table": table([words.key, words.amountMXN], amounts(byKey)),
            ],
            [
                "title": words.byCountry,
                "numbers": amounts(byCountry).prefix(4).map { "\($0[0]) \($0[1])" }.joined(separator: "; ") + ".",
                "svg": SVGChart.bars(byCountry, title: words.byCountry, description: words.byCountryDescription),
                "table": table([words.country, words.amountMXN], amounts(byCountry)),
            ],
        ]
        if let imports {
            let buckets = imports.byBucket.filter { $0.lines > 0 }
            let balances = imports.hasInventoryControl ? words.importsInventory : words.importsGross
            charts.append([
                "title": words.importsTitle + " (\(words.asOf) \(imports.asOf))",
                "numbers": buckets.map {
                    "\(words.buckets[$0.bucket] ?? $0.bucket.rawValue): \($0.lines) \($0.lines == 1 ? words.line : words.lines.lowercased()), \($0.valueLeft.formatted) MXN"
                }
                .joined(separator: "; ") + ". " + balances,
                "svg": SVGChart.bars(
                    buckets.map { (words.buckets[$0.bucket] ?? $0.bucket.rawValue, $0.valueLeft) }, title: words.importsTitle,
                    description: words.importsDescription),
                "table": table(
                    [words.term, words.lines, words.valueLeft],
                    buckets.map { [words.buckets[$0.bucket] ?? $0.bucket.rawValue, String($0.lines), $0.valueLeft.formatted] }),
            ])
        }
        return charts
    }
}
