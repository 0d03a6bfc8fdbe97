import IMMEXDomain

extension SVGChart {
    static let dark = "#1f3a5f", light = "#a9bcd0", accent = "#b03a2e", grid = "#d9d9d9"

    /// Monthly sales and exports as bars, with the cumulative export share as a line against the
    /// minimum share (right axis, percent).
    static func monthly(sales: [Money<MXN>], exports: [Money<MXN>], minimumBasisPoints: Int64, labels: ChartLabels) -> String {
        var chart = SVGChart(title: labels.monthlyTitle, description: labels.monthlyDescription)
        let maximum = niceAxis(max(sales.map(\.centavos).max() ?? 0, exports.map(\.centavos).max() ?? 0))
        chart.axes(maximum: maximum, format: compact)
        let slot = plotWidth / 12
        // (In 128 bits: a chart never traps, whatever the figures.)
        var cumulativeSales: Int128 = 0
        var cumulativeExports: Int128 = 0
        var sharePoints: [(Int, Int)] = []
        // Share axis: 0 to the larger of twice the minimum and the highest share reached, in basis points.
        var shares: [Int64?] = []
        for month in 0..<12 {
            cumulativeSales += Int128(sales[month].centavos)
            cumulativeExports += Int128(exports[month].centavos)
            shares.append(cumulativeSales > 0 ? Int64(clamping: cumulativeExports * 10_000 / cumulativeSales) : nil)
        }
        let shareTop = max(minimumBasisPoints * 2, (min(shares.compactMap { $0 }.max() ?? 0, 1_000_000_000) / 1_000 * 1_000 + 1_000))
        for month in 0..<12 {
            let x = left + month * slot
            let salesHeight = scale(sales[month].centavos, maximum.maximum, plotHeight)
            let exportHeight = scale(exports[month].centavos, maximum.maximum, plotHeight)
            chart.rect(
                x: x + 4, y: top + plotHeight - salesHeight, width: slot / 2 - 4, height: salesHeight, fill: light,
                label: "\(labels.months[month]): \(labels.sales) \(sales[month].formatted)")
            chart.rect(
                x: x + slot / 2, y: top + plotHeight - exportHeight, width: slot / 2 - 4, height: exportHeight, fill: dark,
                label: "\(labels.months[month]): \(labels.exports) \(exports[month].formatted)")
            chart.text(labels.monthsShort[month], x: x + slot / 2, y: top + plotHeight + 16, anchor: "middle", size: 11)
            if let share = shares[month] {
                sharePoints.append((x + slot / 2, top + plotHeight - scale(share, shareTop, plotHeight)))
            }
        }
        let limitY = top + plotHeight - scale(minimumBasisPoints, shareTop, plotHeight)
        chart.line(x1: left, y1: limitY, x2: left + plotWidth, y2: limitY, stroke: accent, width: 2, dashed: true)
        // Its label stands on the share axis it belongs to, clear of the bars.
        chart.text("\(minimumBasisPoints / 100)%", x: left + plotWidth + 4, y: limitY + 4, size: 11, weight: "bold", fill: accent)
        chart.polyline(sharePoints, stroke: "#111111", width: 3)
        chart.text("0%", x: left + plotWidth + 4, y: top + plotHeight, size: 11)
        chart.text("\(shareTop / 100)%", x: left + plotWidth + 4, y: top + 10, size: 11)
        chart.legend([(light, labels.sales, .bar), (dark, labels.exports, .bar), ("#111111", labels.cumulativeShare, .line), (accent, labels.minimum, .dashed)])
        return chart.svg
    }

    /// Cumulative USD exports by month against the USD limit; the projection to December dashed.
    static func cumulativeUSD(monthly: [Money<USD>], limit: Money<USD>, projection: [Money<USD>]?, labels: ChartLabels) -> String {
        var chart = SVGChart(title: labels.usdTitle, description: labels.usdDescription)
        var running: Int128 = 0
        let cumulative = monthly.map {
            running += Int128($0.centavos)
            return Int64(clamping: running)
        }
        let highest = max(cumulative.max() ?? 0, limit.centavos, projection?.map(\.centavos).max() ?? 0)
        let maximum = niceAxis(Int64(clamping: Int128(highest) * 11 / 10))
        chart.axes(maximum: maximum, format: compact)
        let slot = plotWidth / 12
        func point(_ month: Int, _ value: Int64) -> (Int, Int) {
            (left + month * slot + slot / 2, top + plotHeight - scale(value, maximum.maximum, plotHeight))
        }
        chart.polyline(cumulative.enumerated().map { point($0.offset, $0.element) }, stroke: dark, width: 3)
        if let projection { chart.polyline(projection.enumerated().map { point($0.offset, $0.element.centavos) }, stroke: dark, width: 2, dashed: true) }
        let limitY = top + plotHeight - scale(limit.centavos, maximum.maximum, plotHeight)
        chart.line(x1: left, y1: limitY, x2: left + plotWidth, y2: limitY, stroke: accent, width: 2, dashed: true)
        chart.text("\(labels.limit) \(limit.formatted)", x: left + 6, y: limitY - 6, size: 11)
        for month in 0..<12 { chart.text(labels.monthsShort[month], x: point(month, 0).0, y: top + plotHeight + 16, anchor: "middle", size: 11) }
        var legend: [(color: String, label: String, mark: LegendMark)] = [(dark, labels.cumulativeUSD, .line), (accent, labels.limit, .dashed)]
        if projection != nil { legend.append((dark, labels.projection, .dashed)) }
        chart.legend(legend)
        return chart.svg
    }

    /// Horizontal bars, one per category, largest first by size; a negative amount (a return that
    /// subtracts) is drawn by its size in the accent colour, hatched, with its minus sign.
    static func bars(_ items: [(label: String, amount: Money<MXN>)], title: String, description: String) -> String {
        var chart = SVGChart(title: title, description: description)
        let rows = Array(items.sorted { $0.amount.centavos.magnitude > $1.amount.centavos.magnitude }.prefix(8))
        let maximum = niceAxis(Int64(clamping: rows.map(\.amount.centavos.magnitude).max() ?? 0))
        let rowHeight = max(18, min(30, plotHeight / max(rows.count, 1)))
        for (index, row) in rows.enumerated() {
            let y = top + index * rowHeight
            let length = scale(Int64(clamping: row.amount.centavos.magnitude), maximum.maximum, plotWidth - 120)
            let fill = row.amount.isNegative ? accent : (index == 0 ? dark : "#4f6d8f")
            chart.text(row.label, x: left - 8, y: y + rowHeight / 2 + 4, anchor: "end")
            chart.rect(x: left, y: y + 3, width: length, height: rowHeight - 6, fill: fill, label: "\(row.label): \(row.amount.formatted)")
            chart.text(row.amount.formatted, x: left + length + 6, y: y + rowHeight / 2 + 4, size: 11)
        }
        return chart.svg
    }

    // MARK: - Parts

    mutating func axes(maximum: (maximum: Int64, step: Int64), format: (Int64) -> String) {
        var value: Int128 = 0
        while value <= Int128(maximum.maximum) {
            let y = Self.top + Self.plotHeight - Self.scale(Int64(value), maximum.maximum, Self.plotHeight)
            line(x1: Self.left, y1: y, x2: Self.left + Self.plotWidth, y2: y, stroke: Self.grid)
            text(format(Int64(value)), x: Self.left - 8, y: y + 4, anchor: "end", size: 11)
            value += Int128(max(maximum.step, 1))
        }
        line(x1: Self.left, y1: Self.top + Self.plotHeight, x2: Self.left + Self.plotWidth, y2: Self.top + Self.plotHeight, stroke: "#555555")
    }

    enum LegendMark { case bar, line, dashed }

    mutating func legend(_ items: [(color: String, label: String, mark: LegendMark)]) {
        var x = Self.left
        for item in items {
            if item.mark == .bar {
                rect(x: x, y: 6, width: 16, height: 14, fill: item.color)
            } else {
                line(x1: x, y1: 14, x2: x + 22, y2: 14, stroke: item.color, width: 3, dashed: item.mark == .dashed)
            }
            text(item.label, x: x + 28, y: 18, size: 12)
            x += 40 + item.label.count * 7
        }
    }
}

/// The words of the charts, in the page's language.
struct ChartLabels {
    var months: [String]
    var monthsShort: [String]
    var sales, exports, minimum, limit, cumulativeShare, cumulativeUSD, projection: String
    var monthlyTitle, monthlyDescription, usdTitle, usdDescription: String
}
