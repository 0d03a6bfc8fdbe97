import IMMEXDomain

extension SampleMarket {
    private struct Row {
        var number: String
        var section: String
        var key: String
        var date: CalendarDate
        var usd: Int64
        var rate: Int64  // 5 decimals
        var valueAdded: Int64?
        var country: String
        var invoice: String = ""
        var rectifies: String = ""

        var commercial: Int64 { usd * rate / 100_000 }

        var line: String {
            [
                number, section, key, date.description, SampleMarket.decimal(rate, scale: 5), SampleMarket.decimal(usd),
                SampleMarket.decimal(commercial), valueAdded.map { SampleMarket.decimal($0) } ?? "", country, invoice,
                rectifies,
            ].joined(separator: ",")
        }
    }

    /// exports.csv lines: A1s for the export invoices, then the other key classes, sorted by date.
    mutating func pedimentos(count: Int, exportInvoices: [ExportInvoice], random: inout SampleRandom) -> [String] {
        // K1s (k), R1s (k singles + a chain of two), two GCs, one CT, one H1.
        let special = max(1, count / 150) * 2 + 2 + 4
        let others = max(0, count - special)
        let rtCount = others * 15 / 100, v1 = others * 8 / 100, v2 = others * 3 / 100, v7 = others * 2 / 100
        let bb = others * 2 / 100, v5 = max(1, others / 60)
        let a1Count = max(0, others - rtCount - v1 - v2 - v7 - bb - v5)

        var rows: [Row] = []
        func rate(_ date: CalendarDate) -> Int64 { usdRate(date) * 10 + Int64(random.int(0...9)) }
        for invoice in exportInvoices.prefix(a1Count) {
            let paid = later(invoice.date, by: random.int(0...2))
            let section = String(invoice.pedimento.dropFirst(2).prefix(2)) + "0"
            rows.append(Row(number: invoice.pedimento, section: section, key: "A1", date: paid, usd: invoice.usdCentavos,
                            rate: rate(paid), valueAdded: nil, country: invoice.country, invoice: invoice.uuid))
        }
        // A1s whose invoices are not in this extract (sold under a contract billed elsewhere).
        for index in 0..<max(0, a1Count - exportInvoices.count) {
            let day = date(forIndex: index, of: max(1, a1Count - exportInvoices.count), random: &random)
            let assigned = nextPedimento(random: &random)
            rows.append(Row(number: assigned.number, section: assigned.section, key: "A1", date: day,
                            usd: Int64(random.int(2_000_00...60_000_00)), rate: rate(day), valueAdded: nil,
                            country: random.pick(Self.foreignCustomers).0))
        }
        func add(_ key: String, _ count: Int, usd: ClosedRange<Int>, valueAdded: ClosedRange<Int>?, country: () -> String) {
            for index in 0..<count {
                let day = date(forIndex: index, of: count, random: &random)
                let assigned = nextPedimento(random: &random)
                let value = Int64(random.int(usd))
                let row = Row(number: assigned.number, section: assigned.section, key: key, date: day, usd: value,
                              rate: rate(day), valueAdded: nil, country: country())
                var withValueAdded = row
                if let share = valueAdded { withValueAdded.valueAdded = row.commercial * Int64(random.int(share)) / 100 }
                rows.append(withValueAdded)
            }
        }
        var random2 = random
        add("RT", rtCount, usd: 20_000_00...400_000_00, valueAdded: 8...25) { random2.pick(["USA", "USA", "CAN"]) }
        add("V1", v1, usd: 10_000_00...150_000_00, valueAdded: 5...20) { "MEX" }
        add("V2", v2, usd: 5_000_00...80_000_00, valueAdded: 5...20) { "MEX" }
        add("V7", v7, usd: 5_000_00...60_000_00, valueAdded: nil) { "MEX" }
        add("BB", bb, usd: 5_000_00...60_000_00, valueAdded: nil) { "MEX" }
        add("V5", v5, usd: 3_000_00...30_000_00, valueAdded: nil) { "MEX" }
        add("GC", 2, usd: 500_00...5_000_00, valueAdded: nil) { "USA" }
        add("CT", 1, usd: 500_00...3_000_00, valueAdded: nil) { "USA" }
        add("H1", 1, usd: 1_000_00...9_000_00, valueAdded: nil) { "USA" }
        random = random2

        // Returns (K1) of earlier direct exports, for part of their value.
        let direct = rows.filter { $0.key == "A1" && $0.date.month <= 10 }
        for index in 0..<max(1, count / 150) where !direct.isEmpty {
            let original = direct[(index * 7919) % direct.count]
            let assigned = nextPedimento(office: String(original.section.prefix(2)), random: &random)
            let day = later(original.date, by: random.int(15...45))
            rows.append(Row(number: assigned.number, section: assigned.section, key: "K1", date: day,
                            usd: original.usd * Int64(random.int(10...60)) / 100, rate: rate(day), valueAdded: nil,
                            country: original.country))
        }
        // Rectifications (R1): one chain of two, and single ones; each replaces its target's values.
        let targets = rows.filter { ($0.key == "A1" || $0.key == "RT") && $0.date.month <= 9 }
        let singles = max(1, count / 150)
        for index in 0..<(singles + 1) where !targets.isEmpty {
            let target = targets[(index * 104_729) % targets.count]
            var previous = target
            let links = index == 0 ? 2 : 1
            for _ in 0..<links {
                let assigned = nextPedimento(office: String(target.section.prefix(2)), random: &random)
                let day = later(previous.date, by: random.int(10...40))
                let rectified = Row(number: assigned.number, section: assigned.section, key: "R1", date: day,
                                    usd: previous.usd * Int64(random.int(95...105)) / 100, rate: previous.rate,
                                    valueAdded: previous.valueAdded, country: previous.country, invoice: previous.invoice,
                                    rectifies: previous.number)
                rows.append(rectified)
                previous = rectified
            }
        }
        rows.sort { ($0.date, $0.number) < ($1.date, $1.number) }
        return rows.map(\.line)
    }

    private func later(_ date: CalendarDate, by days: Int) -> CalendarDate {
        var (month, day) = (date.month, date.day + days)
        while day > CalendarDate.daysIn(month: month, year: date.year) {
            day -= CalendarDate.daysIn(month: month, year: date.year)
            month += 1
            if month > 12 { return year.lastDay }
        }
        return CalendarDate(year: date.year, month: month, day: day)!
    }
}
