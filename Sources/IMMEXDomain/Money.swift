/// A currency the report states amounts in.
public protocol ReportCurrency: Sendable {
    /// ISO 4217 code.
    static var code: String { get }
}

/// Mexican pesos: the currency of the report's figures.
public enum MXN: ReportCurrency { public static let code = "MXN" }
/// US dollars: the currency of the USD 500,000 test.
public enum USD: ReportCurrency { public static let code = "USD" }

/// An exact amount of money in whole centavos (cents), tagged with its currency so that pesos and
/// dollars cannot be added by mistake. Only the operations the domain has are offered: sums,
/// differences, and conversion at an exchange rate (see `Conversion.swift`).
public struct Money<Currency: ReportCurrency>: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var centavos: Int64

    public init(centavos: Int64) { self.centavos = centavos }

    public static var zero: Money { Money(centavos: 0) }

    /// The largest amount one invoice or pedimento may state: 10,000,000,000,000.00 (ten trillion,
    /// a third of Mexico's yearly GDP). Larger is a typing error, and refusing it at the row keeps
    /// every total exact: a total is checked as it grows (`adding(_:)`), so a year would need
    /// thousands of rows at this limit before its totals left `Int64`, and that is an error too.
    public static var largestStatedAmount: Int64 { 1_000_000_000_000_000 }

    /// The largest total the report states: what `Int64` centavos hold, 92,233,720,368,547,758.07.
    public static var largestTotal: Money { Money(centavos: .max) }

    /// An amount from a decimal with at most two significant decimals (`"1234.50"`, `"1234.5000"`).
    /// Returns nil when a third decimal is not zero: such a value must be rounded on purpose, with
    /// `RoundingRule`, never silently; and when it is beyond `largestStatedAmount` either way.
    public init?(exactly value: DecimalNumber) {
        guard let reduced = value.reduced(toScale: 2) else { return nil }
        let scaled = reduced.mantissa(atScale: 2)
        guard let centavos = Int64(exactly: scaled), centavos.magnitude <= UInt64(Self.largestStatedAmount) else { return nil }
        self.centavos = centavos
    }

    /// Whether this is an amount one row may state (`largestStatedAmount` either way).
    public var isStatable: Bool { centavos.magnitude <= UInt64(Self.largestStatedAmount) }

    /// The sum, or nil when it is beyond what the report can state: a total that grows past
    /// `largestTotal` is an error at the row that pushed it over, never a crash.
    public func adding(_ other: Money) -> Money? {
        let (sum, overflow) = centavos.addingReportingOverflow(other.centavos)
        return overflow ? nil : Money(centavos: sum)
    }

    /// The difference, or nil past `largestTotal`.
    public func subtracting(_ other: Money) -> Money? {
        let (difference, overflow) = centavos.subtractingReportingOverflow(other.centavos)
        return overflow ? nil : Money(centavos: difference)
    }

    public static func + (lhs: Money, rhs: Money) -> Money { Money(centavos: lhs.centavos + rhs.centavos) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(centavos: lhs.centavos - rhs.centavos) }
    public static prefix func - (value: Money) -> Money { Money(centavos: -value.centavos) }
    public static func += (lhs: inout Money, rhs: Money) { lhs.centavos += rhs.centavos }
    public static func -= (lhs: inout Money, rhs: Money) { lhs.centavos -= rhs.centavos }
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.centavos < rhs.centavos }

    public var isNegative: Bool { centavos < 0 }

    /// The amount as the decimal the XML and CSV outputs carry: `-1234.50` (POSIX, no grouping).
    public var decimalString: String { DecimalNumber(mantissa: centavos, scale: 2).description }

    /// The amount as a reader expects it: `$1,234,567.89`, `-$12.00`.
    public var formatted: String {
        let magnitude = centavos.magnitude
        let whole = String(magnitude / 100)
        var grouped = ""
        for (offset, digit) in whole.enumerated() {
            if offset > 0, (whole.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        let cents = magnitude % 100
        return (centavos < 0 ? "-" : "") + "$" + grouped + "." + (cents < 10 ? "0" : "") + String(cents)
    }

    public var description: String { "\(formatted) \(Currency.code)" }
}

extension Sequence {
    /// The sum of the amounts this closure picks out.
    public func sum<C>(_ amount: (Element) -> Money<C>) -> Money<C> {
        reduce(Money<C>.zero) { $0 + amount($1) }
    }
}
