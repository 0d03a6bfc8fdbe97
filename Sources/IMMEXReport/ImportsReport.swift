import IMMEXDomain

/// `immex imports`' output: the terminal summary and the JSON document (`docs/imports-json.md`).
public enum ImportsReport {
    /// What every output says when the balances are not the inventory control's.
    public static let upperBoundNotice: Phrase =
        "Balances: gross imports (no inventory-control extract was given), an upper bound: nothing is taken as discharged."
    /// What they say when the inventory control's balances were read.
    public static let inventoryNotice: Phrase = "Balances: the inventory control's (imports-balances.csv); a line it does not list counts whole."

    /// The summary for the terminal, in `language`.
    public static func text(
        _ control: TemporaryImportControl, yearsRead: [FiscalYear], estimates: [LineEstimate] = [], language: SummaryLanguage = .en
    ) -> String {
        func say(_ phrase: Phrase) -> String { MessageCatalogue.say(phrase, in: language) }
        let years = yearsRead.map(\.description).joined(separator: say(" and "))
        var out = say("Temporary imports as of \(control.asOf) (Data Stage of \(years))") + "\n"
        out += say(control.hasInventoryControl ? inventoryNotice : upperBoundNotice) + "\n"
        out += "\n"
        let rows = control.byBucket.map { [label($0.bucket, language), String($0.lines), $0.valueLeft.formatted] }
        out += table(header: [say("Term"), say("Lines"), say("Value left MXN")], rows: rows)
        let soon = control.lines.filter { ($0.bucket == .expired || $0.bucket == .within30) && $0.valueLeft.centavos > 0 }.sorted {
            ($0.daysLeft ?? 0) < ($1.daysLeft ?? 0)
        }
        if !soon.isEmpty {
            out += "\n" + say("Expired or due within 30 days:") + "\n"
            out += table(
                header: ["Pedimento", say("Line"), say("Key"), say("Tariff item"), say("Entered"), say("Last day"), say("Days left"), say("Value left MXN")],
                rows: soon.prefix(40).map {
                    [
                        $0.line.pedimento.description, String($0.line.line), $0.line.key.code, $0.line.tariffItem, $0.line.enteredOn.description,
                        $0.lastDay?.description ?? "", $0.daysLeft.map(String.init) ?? "", $0.valueLeft.formatted,
                    ]
                })
            if soon.count > 40 { out += say("(\(soon.count - 40) more in the JSON output)") + "\n" }
        }
        out += estimateText(estimates, language: language)
        return out
    }

    /// The estimate's paragraph: its total, and why any line has none.
    static func estimateText(_ estimates: [LineEstimate], language: SummaryLanguage = .en) -> String {
        func say(_ phrase: Phrase) -> String { MessageCatalogue.say(phrase, in: language) }
        guard let first = estimates.first else { return "" }
        let done = estimates.compactMap { try? $0.result.get() }
        let total = done.sum(\.total)
        var out = "\n"
        out +=
            say(
                done.count == 1
                    ? "Estimated cost as of \(first.asOf) of the balances past their term (an estimate: IGI at each line's rate, DTA and IVA as [temporary_imports] sets them, updated by CFF art. 17-A, with art. 21 surcharges): \(total) for 1 line."
                    : "Estimated cost as of \(first.asOf) of the balances past their term (an estimate: IGI at each line's rate, DTA and IVA as [temporary_imports] sets them, updated by CFF art. 17-A, with art. 21 surcharges): \(total) for \(done.count) lines."
            ) + "\n"
        var reasons: [Phrase] = []
        for estimate in estimates {
            if case .failure(let problem) = estimate.result, !reasons.contains(problem.explanation) { reasons.append(problem.explanation) }
        }
        let missing = estimates.count - done.count
        if missing > 0 {
            let why = reasons.map(say).joined(separator: "; ")
            out += say(missing == 1 ? "1 line not estimated: \(why)." : "\(missing) lines not estimated: \(why).") + "\n"
        }
        return out
    }

    /// The JSON document: schema `immex-imports/1`.
    public static func json(_ control: TemporaryImportControl, yearsRead: [FiscalYear], findings: [Finding], estimates: [LineEstimate] = []) -> JSONValue {
        func money(_ value: Money<MXN>) -> JSONValue { .string(value.decimalString) }
        var estimateByLine: [Int: LineEstimate] = [:]
        for estimate in estimates { estimateByLine[estimate.line] = estimate }
        let buckets: [JSONValue] = control.byBucket.map {
            .object([("bucket", .string($0.bucket.rawValue)), ("lines", .integer($0.lines)), ("value_left_mxn", money($0.valueLeft))])
        }
        var classes: [JSONValue] = []
        for goods in TemporaryImportClass.allCases {
            let members = control.lines.filter { $0.goodsClass == goods }
            classes.append(
                .object([
                    ("class", .string(goods.rawValue)), ("lines", .integer(members.count)), ("customs_value_mxn", money(members.sum { $0.line.customsValue })),
                    ("value_left_mxn", money(members.sum { $0.valueLeft })),
                ]))
        }
        let lines: [JSONValue] = control.lines.enumerated().map { index, aged in
            let line = aged.line
            return .object([
                ("pedimento", .string(line.pedimento.digits)), ("customs_section", .string(line.customsSection.description)),
                ("line", .integer(line.line)), ("key", .string(line.key.code)), ("class", .string(aged.goodsClass.rawValue)),
                ("tariff_item", .string(line.tariffItem)),
                ("commercial_quantity", .string(line.commercialQuantity.description)), ("commercial_unit", .string(line.commercialUnit)),
                ("tariff_quantity", .string(line.tariffQuantity.description)), ("tariff_unit", .string(line.tariffUnit)),
                ("customs_value_mxn", money(line.customsValue)), ("entered_on", .string(line.enteredOn.description)),
                ("duty_percent", line.dutyPercent.map { .string($0.description) } ?? .null),
                ("payment_forms", .array(line.paymentForms.map { .string($0) })),
                ("discharged_by_sat", line.dischargedBySAT.map { .string($0.description) } ?? .null),
                (
                    "balance",
                    aged.balance.map { balance in
                        .object([
                            ("imported", .string(balance.imported.description)), ("discharged", .string(balance.discharged.description)),
                            ("left", .string(balance.balance.description)), ("as_of", balance.asOf.map { .string($0.description) } ?? .null),
                            ("source", .string(balance.location.description)),
                        ])
                    } ?? .null
                ),
                ("value_left_mxn", money(aged.valueLeft)),
                ("last_day", aged.lastDay.map { .string($0.description) } ?? .null), ("days_left", aged.daysLeft.map { .integer($0) } ?? .null),
                ("bucket", .string(aged.bucket.rawValue)), ("estimate", estimateByLine[index].map(estimateJSON) ?? .null),
                ("source", .string(line.location.description)),
            ])
        }
        return .object([
            ("schema", .string("immex-imports/1")), ("as_of", .string(control.asOf.description)),
            ("data_stage_years", .array(yearsRead.map { .integer($0.value) })),
            ("balances", .string(control.hasInventoryControl ? "inventory-control" : "gross-upper-bound")),
            ("by_bucket", .array(buckets)), ("by_class", .array(classes)),
            (
                "by_tariff_item",
                .array(
                    control.byTariffItem.map {
                        .object([("tariff_item", .string($0.tariffItem)), ("lines", .integer($0.lines)), ("value_left_mxn", money($0.valueLeft))])
                    })
            ),
            (
                "by_expiry_month",
                .array(
                    control.byExpiryMonth.map {
                        .object([("month", .string($0.month.description)), ("lines", .integer($0.lines)), ("value_left_mxn", money($0.valueLeft))])
                    })
            ),
            (
                "estimate",
                .object([
                    ("label", .string("estimate")), ("as_of", estimates.first.map { .string($0.asOf.description) } ?? .null),
                    ("lines_estimated", .integer(estimates.filter { (try? $0.result.get()) != nil }.count)),
                    ("lines_not_estimated", .integer(estimates.filter { (try? $0.result.get()) == nil }.count)),
                    ("total_mxn", money(estimates.compactMap { try? $0.result.get() }.sum(\.total))),
                ])
            ),
            ("lines", .array(lines)),
            (
                "findings",
                .array(
                    findings.map {
                        .object([
                            ("code", .string($0.code.rawValue)), ("severity", .string($0.severity.rawValue)), ("message", .string($0.message)),
                            ("location", $0.location.map { .string($0.description) } ?? .null),
                        ])
                    })
            ),
        ])
    }

    /// The bucket in words, as the page says it (`SummaryLanguage`'s buckets, in either language).
    static func label(_ bucket: AgingBucket, _ language: SummaryLanguage = .en) -> String {
        language.words.buckets[bucket] ?? bucket.rawValue
    }

    /// Left-aligned text columns, numbers right-aligned.
    static func table(header: [String], rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        func isNumber(_ text: String) -> Bool { !text.isEmpty && text.allSatisfy { $0.isNumber || $0 == "," || $0 == "." || $0 == "-" || $0 == "$" } }
        return all.map { row in
            row.enumerated().map { column, text in
                let pad = String(repeating: " ", count: widths[column] - text.count)
                return isNumber(text) ? pad + text : text + pad
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    /// One line's estimate, each figure with what it came from.
    static func estimateJSON(_ estimate: LineEstimate) -> JSONValue {
        switch estimate.result {
        case .failure(let problem):
            return .object([("as_of", .string(estimate.asOf.description)), ("not_estimated", .string(problem.explanation.description))])
        case .success(let figures):
            func money(_ value: Money<MXN>) -> JSONValue { .string(value.decimalString) }
            return .object([
                ("as_of", .string(estimate.asOf.description)), ("customs_value_mxn", money(figures.customsValue)),
                ("duty_percent", .string(figures.dutyPercent.description)), ("duty_mxn", money(figures.duty)), ("dta_mxn", money(figures.dta)),
                ("iva_mxn", money(figures.iva)), ("omitted_mxn", money(figures.omitted)),
                ("update_factor", .string(figures.update.factor.description)),
                (
                    "inpc_recent",
                    .object([("month", .string(figures.update.recent.month.description)), ("index", .string(figures.update.recent.index.description))])
                ),
                (
                    "inpc_oldest",
                    .object([("month", .string(figures.update.oldest.month.description)), ("index", .string(figures.update.oldest.index.description))])
                ),
                ("update_mxn", money(figures.updateAmount)), ("surcharge_months", .integer(figures.surchargeMonths)),
                ("surcharge_percent", .string(figures.surchargePercent.description)), ("surcharges_mxn", money(figures.surcharges)),
                ("total_mxn", money(figures.total)),
            ])
        }
    }
}
