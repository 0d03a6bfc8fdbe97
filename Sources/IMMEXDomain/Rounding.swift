/// How an exact quotient is brought to whole centavos.
///
/// The default, half away from zero, is how the SAT's CFDI rules round amounts to the currency's
/// decimals (Anexo 20, "redondeo"), and how a person rounds by hand: 0.005 → 0.01, −0.005 → −0.01.
/// Half-even ("banker's rounding") is offered because some ERPs round that way; the choice is a
/// setting in `rules.toml` and is printed in the report.
public enum RoundingRule: String, Sendable, Hashable, CaseIterable {
    case halfAwayFromZero = "half-away-from-zero"
    case halfEven = "half-even"

    /// `numerator ÷ denominator` rounded to an integer by this rule. `denominator` must be positive.
    public func divide(_ numerator: Int128, by denominator: Int128) -> Int128 {
        precondition(denominator > 0, "rounding needs a positive denominator")
        // An invoice's amount in pesos fits 64 bits, whose division is a machine instruction; a
        // 128-bit one is a library call several times slower. The rounding is the same.
        if let numerator = Int64(exactly: numerator), let denominator = Int64(exactly: denominator) {
            return Int128(quotient(numerator, by: denominator))
        }
        return quotient(numerator, by: denominator)
    }

    /// The same in 64 bits, inlined, so that a constant `denominator` stays one.
    @inline(__always)
    public func divide(_ numerator: Int64, by denominator: Int64) -> Int64 {
        precondition(denominator > 0, "rounding needs a positive denominator")
        return quotient(numerator, by: denominator)
    }

    /// The rounded quotient, in either width.
    @inline(__always)
    private func quotient<Integer: FixedWidthInteger & SignedInteger>(_ numerator: Integer, by denominator: Integer) -> Integer {
        let quotient = numerator / denominator  // truncates toward zero
        let remainder = numerator % denominator  // same sign as numerator
        if remainder == 0 { return quotient }
        let twiceRemainder = remainder.magnitude * 2
        let direction: Integer = numerator < 0 ? -1 : 1
        if twiceRemainder > denominator.magnitude { return quotient + direction }
        if twiceRemainder < denominator.magnitude { return quotient }
        switch self {
        case .halfAwayFromZero:
            return quotient + direction
        case .halfEven:
            return quotient % 2 == 0 ? quotient : quotient + direction
        }
    }

    /// Brings a decimal to `scale` digits.
    public func round(_ value: DecimalNumber, toScale scale: Int) -> Int128 {
        if value.scale == scale { return Int128(value.mantissa) }  // the usual amount, to the centavo already
        if value.scale < scale { return value.mantissa(atScale: scale) }
        return divide(Int128(value.mantissa), by: Int128.power10(value.scale - scale))
    }
}
