/// One line (partida) of a temporary-import pedimento, as the SAT's Data Stage holds it (551, with
/// its rate from 556 and what 512 says was discharged against it).
public struct TemporaryImportLine: Sendable, Hashable {
    public var pedimento: PedimentoNumber
    public var customsSection: CustomsSection
    public var key: PedimentoKey
    /// `SecuenciaFraccion`: the line's number within its pedimento.
    public var line: Int
    /// `Fraccion` and, when given, its `SubdivisionFraccion` (NICO).
    public var tariffItem: String
    /// Quantity in the commercial unit and in the tariff's unit (Anexo 22 apéndice 7 codes).
    public var commercialQuantity: DecimalNumber
    public var commercialUnit: String
    public var tariffQuantity: DecimalNumber
    public var tariffUnit: String
    /// `ValorAduana`, whole pesos.
    public var customsValue: Money<MXN>
    /// The day the term starts: `FechaPagoReal`, the day the pedimento was paid and the goods
    /// cleared (domain.md §6: the clock starts when the pedimento clears customs).
    public var enteredOn: CalendarDate
    /// The ad valorem import duty (IGI, 556 `ClaveContribucion` 6), in percent; nil when 556
    /// gives none.
    public var dutyPercent: DecimalNumber?
    /// How the line's taxes were paid or guaranteed (557 `FormaPago` by contribution, as
    /// `contribution:form`, Anexo 22 apéndices 12 and 13).
    public var paymentForms: [String]
    /// The quantity the SAT's 512 records as discharged against this pedimento and tariff item,
    /// in the 512 row's unit (informative: the company's inventory control says what is left).
    public var dischargedBySAT: DecimalNumber?
    public var location: SourceLocation

    public init(
        pedimento: PedimentoNumber, customsSection: CustomsSection, key: PedimentoKey, line: Int, tariffItem: String,
        commercialQuantity: DecimalNumber, commercialUnit: String, tariffQuantity: DecimalNumber, tariffUnit: String,
        customsValue: Money<MXN>, enteredOn: CalendarDate, location: SourceLocation
    ) {
        self.pedimento = pedimento
        self.customsSection = customsSection
        self.key = key
        self.line = line
        self.tariffItem = tariffItem
        self.commercialQuantity = commercialQuantity
        self.commercialUnit = commercialUnit
        self.tariffQuantity = tariffQuantity
        self.tariffUnit = tariffUnit
        self.customsValue = customsValue
        self.enteredOn = enteredOn
        self.dutyPercent = nil
        self.paymentForms = []
        self.dischargedBySAT = nil
        self.location = location
    }
}

/// The settings of the temporary-imports control (`rules.toml` `[temporary_imports]`).
public struct TemporaryImportRules: Sendable, Hashable {
    public var terms = TemporaryImportTerms.statutory
    /// The class of goods each key brings in; a key not named is `inputs`. AF brings in fixed
    /// assets (machinery and equipment: Decreto IMMEX art. 4 fr. III).
    public var classByKey: [PedimentoKey: TemporaryImportClass] = [PedimentoKey("AF")!: .machinery]
    /// A line this many days or fewer from its last day is a finding (`temporary-import-expiring`).
    public var warningDays = 30
    /// The rates of the omitted-tax estimate (DTA, IVA, the IVA certification's credit).
    public var estimateRates = OmittedTaxEstimate.Rates()

    public init() {}

    public func goodsClass(of key: PedimentoKey) -> TemporaryImportClass { classByKey[key] ?? .inputs }
}

/// One line as of a date: where it stands against its term.
public struct AgedImportLine: Sendable, Hashable {
    public var line: TemporaryImportLine
    public var goodsClass: TemporaryImportClass
    /// Nil for a class with no term.
    public var lastDay: CalendarDate?
    public var daysLeft: Int?
    public var bucket: AgingBucket
    /// The inventory control's row for the line, when given.
    public var balance: InventoryBalance?
    /// The customs value still in the country: the line's share by its balance, or the whole
    /// line without a balance (an upper bound).
    public var valueLeft: Money<MXN>
}

/// The temporary imports of a company as of a date: every line aged, with totals by bucket.
public struct TemporaryImportControl: Sendable, Hashable {
    public var asOf: CalendarDate
    public var lines: [AgedImportLine]
    /// Whether the balances come from the company's inventory control; without it, every line
    /// counts its whole customs value (an upper bound: nothing is taken as discharged).
    public var hasInventoryControl: Bool

    /// Lines and the customs value left in the country, by bucket, in `AgingBucket` order.
    public var byBucket: [(bucket: AgingBucket, lines: Int, valueLeft: Money<MXN>)] {
        var counts: [AgingBucket: (lines: Int, value: Money<MXN>)] = [:]
        for aged in lines {
            let sum = counts[aged.bucket] ?? (0, .zero)
            counts[aged.bucket] = (sum.lines + 1, sum.value + aged.valueLeft)
        }
        return AgingBucket.allCases.map { ($0, counts[$0]?.lines ?? 0, counts[$0]?.value ?? .zero) }
    }

    /// Lines and value left by tariff item (its 8-digit `Fraccion`), largest value first.
    public var byTariffItem: [(tariffItem: String, lines: Int, valueLeft: Money<MXN>)] {
        Dictionary(grouping: lines) { String($0.line.tariffItem.prefix(8)) }
            .map { ($0.key, $0.value.count, $0.value.sum { $0.valueLeft }) }
            .sorted { ($1.2, $0.0) < ($0.2, $1.0) }
    }

    /// Lines and value left by the month their term ends (lines with no term left out), earliest first.
    public var byExpiryMonth: [(month: YearMonth, lines: Int, valueLeft: Money<MXN>)] {
        Dictionary(grouping: lines.filter { $0.lastDay != nil }) { YearMonth($0.lastDay!) }
            .map { ($0.key, $0.value.count, $0.value.sum { $0.valueLeft }) }
            .sorted { $0.0 < $1.0 }
    }

    /// Ages every temporary-import line (those whose key `keys` classes as a temporary import on the
    /// import side), in the order given, as of `asOf`. With the inventory control's `balances`,
    /// each line counts what is left of it; a line it does not list counts whole, and a row that
    /// names no line of these is returned as unmatched.
    public static func age(
        _ lines: [TemporaryImportLine], keys: KeyClassification, rules: TemporaryImportRules, asOf: CalendarDate, calendar: BusinessDays,
        balances: [InventoryBalance]? = nil, rounding: RoundingRule = .halfAwayFromZero
    ) -> (control: TemporaryImportControl, unmatched: [InventoryBalance]) {
        var byLine: [LineIdentity: InventoryBalance] = [:]
        for balance in balances ?? [] where byLine[LineIdentity(balance.pedimento, balance.line)] == nil {
            byLine[LineIdentity(balance.pedimento, balance.line)] = balance
        }
        var matched = Set<LineIdentity>()
        var aged: [AgedImportLine] = []
        for line in lines where keys.keyClass(of: line.key, side: .import) == .temporaryImport {
            let goods = rules.goodsClass(of: line.key)
            let standing = rules.terms.aging(of: goods, startingOn: line.enteredOn, asOf: asOf, calendar: calendar)
            let identity = LineIdentity(line.pedimento, line.line)
            let balance = byLine[identity]
            if balance != nil { matched.insert(identity) }
            aged.append(
                AgedImportLine(
                    line: line, goodsClass: goods, lastDay: standing.lastDay, daysLeft: standing.daysLeft, bucket: standing.bucket, balance: balance,
                    valueLeft: balance?.valueLeft(of: line.customsValue, rounding: rounding) ?? line.customsValue))
        }
        let unmatched = (balances ?? []).filter { !matched.contains(LineIdentity($0.pedimento, $0.line)) }
        return (TemporaryImportControl(asOf: asOf, lines: aged, hasInventoryControl: balances != nil), unmatched)
    }

    /// A pedimento and one of its lines.
    private struct LineIdentity: Hashable {
        let pedimento: PedimentoNumber
        let line: Int
        init(_ pedimento: PedimentoNumber, _ line: Int) {
            self.pedimento = pedimento
            self.line = line
        }
    }

    /// What an expired line would cost, for each line past its term with something left (and,
    /// with `until`, each whose last day is before it, as of that day): the omitted taxes on the
    /// value left, updated and with surcharges from the day its term started. An estimate: the
    /// rates are settings, the value is the customs value declared.
    public func estimates(
        rates: OmittedTaxEstimate.Rates, inpc: INPCTable, surcharges: SurchargeRates, until: CalendarDate? = nil, rounding: RoundingRule
    ) -> [LineEstimate] {
        let day = max(until ?? asOf, asOf)
        var out: [LineEstimate] = []
        for (index, aged) in lines.enumerated() {
            guard let last = aged.lastDay, last < day, aged.valueLeft.centavos > 0 else { continue }
            guard let duty = aged.line.dutyPercent else {
                out.append(LineEstimate(line: index, asOf: day, result: .failure(.missingDutyRate)))
                continue
            }
            let result = OmittedTaxEstimate.estimate(
                customsValue: aged.valueLeft, dutyPercent: duty, due: aged.line.enteredOn, asOf: day, rates: rates, inpc: inpc,
                surcharges: surcharges, rounding: rounding)
            out.append(LineEstimate(line: index, asOf: day, result: result.mapError(LineEstimate.Problem.init)))
        }
        return out
    }

    /// A finding for each line past its term, and each within `warningDays` of it.
    public func findings(warningDays: Int) -> [Finding] {
        var found: [Finding] = []
        for aged in lines {
            guard let left = aged.daysLeft, let last = aged.lastDay, left <= warningDays else { continue }
            // Nothing left of it: discharged in full.
            if let balance = aged.balance, balance.balance.isZero { continue }
            let line = aged.line
            let what: Phrase =
                if let balance = aged.balance {
                    "line \(line.line) of pedimento \(line.pedimento) (\(line.key), tariff item \(line.tariffItem), customs value \(line.customsValue), \(balance.balance) of \(balance.imported) left, worth \(aged.valueLeft))"
                } else {
                    "line \(line.line) of pedimento \(line.pedimento) (\(line.key), tariff item \(line.tariffItem), customs value \(line.customsValue))"
                }
            let upperBound: Phrase =
                aged.balance != nil
                ? ""
                : hasInventoryControl
                    ? "; the inventory control does not list it, so the whole line is counted"
                    : "; without the inventory control's balances the whole line is counted"
            if left < 0 {
                found.append(
                    Finding(
                        .temporaryImportExpired, "\(what) passed its term on \(last)\(upperBound)", at: line.location,
                        hint: "return or change the regime of what is left of it; goods past their term are deemed illegally in the country"))
            } else if left <= warningDays {
                found.append(
                    Finding(
                        .temporaryImportExpiring, "\(what) must leave by \(last), \(left) days from \(asOf)\(upperBound)", at: line.location,
                        hint: "plan its return or change of regime before \(last)"))
            }
        }
        return found
    }
}

/// One line of the company's inventory control of temporary imports (Anexo 24): what came in, what
/// has left (or changed regime), and what is left, in the line's unit.
public struct InventoryBalance: Sendable, Hashable {
    public var pedimento: PedimentoNumber
    public var line: Int
    public var imported: DecimalNumber
    public var discharged: DecimalNumber
    public var balance: DecimalNumber
    public var asOf: CalendarDate?
    public var location: SourceLocation

    public init(
        pedimento: PedimentoNumber, line: Int, imported: DecimalNumber, discharged: DecimalNumber, balance: DecimalNumber, asOf: CalendarDate?,
        location: SourceLocation
    ) {
        self.pedimento = pedimento
        self.line = line
        self.imported = imported
        self.discharged = discharged
        self.balance = balance
        self.asOf = asOf
        self.location = location
    }

    /// The share of the line's customs value still in the country: the customs value × balance ÷
    /// imported, to the centavo (nothing imported: nothing left).
    public func valueLeft(of customsValue: Money<MXN>, rounding: RoundingRule) -> Money<MXN> {
        let scale = max(balance.scale, imported.scale)
        let whole = imported.mantissa(atScale: scale)
        guard whole > 0 else { return .zero }
        return Money(centavos: Int64(rounding.divide(Int128(customsValue.centavos) * balance.mantissa(atScale: scale), by: whole)))
    }
}

/// The estimate for one aged line (by its position in the control's lines), or why there is none.
public struct LineEstimate: Sendable, Hashable {
    public enum Problem: Error, Sendable, Hashable {
        /// The Data Stage gives the line no IGI rate (556), so its duty is not known.
        case missingDutyRate
        case missingINPC(YearMonth)
        case missingSurchargeRate(year: Int)

        init(_ problem: OmittedTaxEstimate.EstimateProblem) {
            switch problem {
            case .missingINPC(let month): self = .missingINPC(month)
            case .missingSurchargeRate(let year): self = .missingSurchargeRate(year: year)
            }
        }

        /// What is missing, and where to add it.
        public var explanation: Phrase {
            switch self {
            case .missingDutyRate: "the Data Stage's 556 gives the line no IGI rate"
            case .missingINPC(let month): "the INPC of \(month) is not in templates/inpc.toml (add it from INEGI's publication)"
            case .missingSurchargeRate(let year):
                "the surcharge rate of \(year) is not in templates/surcharge-rates.toml (add it from that year's Ley de Ingresos)"
            }
        }
    }

    public let line: Int
    public let asOf: CalendarDate
    public let result: Result<OmittedTaxEstimate, Problem>
}
