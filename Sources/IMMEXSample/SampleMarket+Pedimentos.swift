import IMMEXDomain

extension SampleMarket {
    struct Row {
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
        var returns: String = ""
        /// Every invoice of the consignment (the CSV names one only when there is one).
        var invoices: [String] = []
        /// A return abroad of fixed assets (507 ClaveCaso AF).
        var fixedAsset = false
        /// For a rectification of another year's pedimento (not in the file): the original's key
        /// and date, which the Data Stage states instead.
        var original: (key: String, date: CalendarDate)?

        /// Whole pesos, in centavos: a pedimento states peso values in whole pesos (formats.md §3.1),
        /// so the ERP's extract of it and the SAT's Data Stage agree to the centavo.
        var commercial: Int64 { Self.wholePesos(usd * rate / 100_000) }

        static func wholePesos(_ centavos: Int64) -> Int64 { (centavos + 50) / 100 * 100 }

        /// The exports.csv line; `spaced` writes every pedimento number as the CFDI does, quoted.
        func line(spaced: Bool) -> String {
            func pedimento(_ digits: String) -> String {
                spaced && digits.count == 15 ? SampleMarket.quoted(SampleMarket.cfdiForm(digits)) : digits
            }
            return [
                pedimento(number), section, key, date.description, SampleMarket.decimal(rate, scale: 5), SampleMarket.decimal(usd),
                SampleMarket.decimal(commercial), valueAdded.map { SampleMarket.decimal($0) } ?? "", country, invoice,
                pedimento(rectifies), pedimento(returns), fixedAsset ? "true" : "",
            ].joined(separator: ",")
        }
    }

    /// Deliberate mismatch 1: the 11th consignment declares USD 35.50 more than its invoices.
    static let consignmentWithWrongValue = 11
    /// Deliberate mismatch 3: the 23rd consignment is paid 25 days after its invoices.
    static let consignmentPaidLate = 23

    /// exports.csv lines: one A1 per consignment, then the other key classes, sorted by date.
    /// `count` is the target number of rows; A1s come first, so a year with many export invoices
    /// may have more.
    mutating func pedimentos(count: Int, consignments: [Consignment], random: inout SampleRandom) -> [Row] {
        var rows: [Row] = []
        func rate(_ date: CalendarDate) -> Int64 { usdRate(date) * 10 + Int64(random.int(0...9)) }
        for (index, consignment) in consignments.enumerated() {
            let last = consignment.invoices.map(\.date).max()!
            var paid = later(last, by: random.int(0...2))
            var usd = consignment.invoices.reduce(0) { $0 + $1.usdCentavos }
            if deliberateMismatches, index + 1 == Self.consignmentWithWrongValue { usd += 35_50 }
            if deliberateMismatches, index + 1 == Self.consignmentPaidLate { paid = later(last, by: 25) }
            rows.append(
                Row(
                    number: consignment.number, section: consignment.section, key: "A1", date: paid, usd: usd, rate: rate(paid),
                    valueAdded: nil, country: consignment.invoices[0].country,
                    invoice: consignment.invoices.count == 1 ? consignment.invoices[0].uuid : "",
                    invoices: consignment.invoices.map(\.uuid)))
        }

        // K1s (k), R1s (k singles + a chain of two), two GCs, one CT, one H1.
        let k = max(1, count / 150)
        let special = k * 2 + 2 + 4
        let others = max(0, count - rows.count - special)
        let rtCount = others * 40 / 100
        let v1 = others * 21 / 100
        let v2 = others * 8 / 100
        let v7 = others * 5 / 100
        let bb = others * 5 / 100
        let v5 = max(1, others - rtCount - v1 - v2 - v7 - bb)
        func add(_ key: String, _ count: Int, usd: ClosedRange<Int>, valueAdded: ClosedRange<Int>?, country: () -> String) {
            for index in 0..<count {
                let day = date(forIndex: index, of: count, random: &random)
                let assigned = nextPedimento(random: &random)
                var row = Row(
                    number: assigned.number, section: assigned.section, key: key, date: day, usd: Int64(random.int(usd)),
                    rate: rate(day), valueAdded: nil, country: country())
                if let share = valueAdded { row.valueAdded = Row.wholePesos(row.commercial * Int64(random.int(share)) / 100) }
                rows.append(row)
            }
        }
        var countries = random
        add("RT", rtCount, usd: 20_000_00...400_000_00, valueAdded: 8...25) { countries.pick(["USA", "USA", "CAN"]) }
        add("V1", v1, usd: 10_000_00...150_000_00, valueAdded: 5...20) { "MEX" }
        add("V2", v2, usd: 5_000_00...80_000_00, valueAdded: 5...20) { "MEX" }
        add("V7", v7, usd: 5_000_00...60_000_00, valueAdded: nil) { "MEX" }
        add("BB", bb, usd: 5_000_00...60_000_00, valueAdded: nil) { "MEX" }
        add("V5", v5, usd: 3_000_00...30_000_00, valueAdded: nil) { "MEX" }
        add("GC", 2, usd: 500_00...5_000_00, valueAdded: nil) { "USA" }
        add("CT", 1, usd: 500_00...3_000_00, valueAdded: nil) { "USA" }
        add("H1", 1, usd: 1_000_00...9_000_00, valueAdded: nil) { "USA" }
        random = countries

        // Returns (K1) of earlier direct exports, for part of their value. Deliberate mismatch 5:
        // the first one does not say which export it returns.
        let direct = rows.filter { $0.key == "A1" && $0.date.month <= 10 }
        for index in 0..<k where !direct.isEmpty {
            let original = direct[(index * 7919) % direct.count]
            let assigned = nextPedimento(office: String(original.section.prefix(2)), random: &random)
            let day = later(original.date, by: random.int(15...45))
            rows.append(
                Row(
                    number: assigned.number, section: assigned.section, key: "K1", date: day,
                    usd: original.usd * Int64(random.int(10...60)) / 100, rate: rate(day), valueAdded: nil,
                    country: original.country, returns: deliberateMismatches && index == 0 ? "" : original.number))
        }
        // Rectifications (R1) of returns of transformed goods (RT): one chain of two, and single
        // ones; each replaces its target's values.
        let targets = rows.filter { $0.key == "RT" && $0.date.month <= 9 }
        for index in 0..<(k + 1) where !targets.isEmpty {
            let target = targets[(index * 104_729) % targets.count]
            var previous = target
            for _ in 0..<(index == 0 ? 2 : 1) {
                let assigned = nextPedimento(office: String(target.section.prefix(2)), random: &random)
                let day = later(previous.date, by: random.int(10...40))
                let rectified = Row(
                    number: assigned.number, section: assigned.section, key: "R1", date: day,
                    usd: previous.usd * Int64(random.int(95...105)) / 100, rate: previous.rate,
                    valueAdded: previous.valueAdded, country: previous.country, rectifies: previous.number)
                rows.append(rectified)
                previous = rectified
            }
        }
        rows += realExtractShapes(random: &random)
        rows.sort { ($0.date, $0.number) < ($1.date, $1.number) }
        return rows
    }

    /// Shapes real extracts hold that the keys above do not (fiscal-years/2025/README.md): goods
    /// sent abroad for repair (BM, listed as pending return; the Data Stage also holds their
    /// return, an I1 import), a return of machinery (RT with 507 ClaveCaso AF, listed, not
    /// counted), and a rectification of a 2020 export, whose Data Stage row names the original
    /// without its leading zeros (`2327` for `0002327`): listed, never counted.
    private mutating func realExtractShapes(random: inout SampleRandom) -> [Row] {
        func rate(_ date: CalendarDate) -> Int64 { usdRate(date) * 10 + Int64(random.int(0...9)) }
        let repair = CalendarDate(year: year.value, month: 11, day: 6)!
        let machinery = CalendarDate(year: year.value, month: 12, day: 3)!
        let rectified = CalendarDate(year: year.value, month: 12, day: 9)!
        let forRepair = nextPedimento(random: &random)
        let returned = nextPedimento(random: &random)
        let rectification = nextPedimento(office: "24", random: &random)
        var machine = Row(
            number: returned.number, section: returned.section, key: "RT", date: machinery, usd: 86_300_00, rate: rate(machinery),
            valueAdded: 0, country: "USA")
        machine.fixedAsset = true
        var correction = Row(
            number: rectification.number, section: rectification.section, key: "R1", date: rectified, usd: 14_250_00,
            rate: rate(rectified), valueAdded: 1_425_00, country: "USA", rectifies: Self.rectifiedIn2020)
        correction.original = ("RT", CalendarDate(year: 2020, month: 11, day: 17)!)
        return [
            Row(
                number: forRepair.number, section: forRepair.section, key: "BM", date: repair, usd: 42_500_00, rate: rate(repair),
                valueAdded: nil, country: "USA"),
            machine, correction,
        ]
    }

    /// The 2020 pedimento the sample's other-year rectification names: its 7-digit number begins
    /// with the year's last digit, 0, which real 701 rows drop.
    static let rectifiedIn2020 = "202434210002327"

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
