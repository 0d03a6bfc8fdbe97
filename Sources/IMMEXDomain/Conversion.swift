/// An exchange rate: units of pesos for one unit of a foreign currency.
///
/// CFDI `TipoCambio` carries up to 6 decimals (Anexo 20, t_TipoCambio); pedimentos carry 5
/// (Anexo 22, field "tipo de cambio"). The rate is kept exactly as written.
public struct ExchangeRate: Sendable, Hashable, CustomStringConvertible {
    public let value: DecimalNumber

    /// Nil for zero or negative rates.
    public init?(_ value: DecimalNumber) {
        guard value.mantissa > 0 else { return nil }
        self.value = value
    }

    /// (Made where it is read: a `static let` would be fetched through a lazy initialiser on
    /// every read, and every peso invoice takes it.)
    public static var one: ExchangeRate { ExchangeRate(unchecked: DecimalNumber(mantissa: 1, scale: 0)) }

    private init(unchecked value: DecimalNumber) { self.value = value }

    public var description: String { value.description }
}

/// The only two ways an amount changes currency in this report, each rounded once, to centavos.
public enum Conversion {
    /// `amount × rate`, in pesos, rounded to centavos by `rule`.
    /// Used per invoice: (subtotal − discount) × TipoCambio.
    public static func pesos(_ amount: DecimalNumber, at rate: ExchangeRate, rounding rule: RoundingRule) -> Money<MXN>? {
        // The usual invoices and pedimentos, whose product fits 64 bits: pesos to the centavo at
        // a rate of 1 (no division by one), centavos at a CFDI rate of six decimals, dollars at
        // a pedimento rate of five. Each divided by a power of ten written out, which the
        // compiler makes a multiplication (one looked up is a division instruction).
        let scale = amount.scale + rate.value.scale
        let (narrow, overflow) = amount.mantissa.multipliedReportingOverflow(by: rate.value.mantissa)
        if !overflow {
            switch scale {
            case 2: return Money(centavos: narrow)
            case 7: return Money(centavos: rule.divide(narrow, by: 100_000))
            case 8: return Money(centavos: rule.divide(narrow, by: 1_000_000))
            default: break
            }
        }
        let product = Int128(amount.mantissa) * Int128(rate.value.mantissa)
        let centavos: Int128 =
            switch scale {
            case 2: product
            case 3...: rule.divide(product, by: Int128.power10(scale - 2))
            default: product * Int128.power10(2 - scale)
            }
        return Int64(exactly: centavos).map { Money(centavos: $0) }
    }

    /// `pesos ÷ rate`, in dollars, rounded to centavos by `rule`.
    /// Used for the USD figure when it is derived from the peso value of a pedimento.
    public static func dollars(_ amount: Money<MXN>, at rate: ExchangeRate, rounding rule: RoundingRule) -> Money<USD>? {
        let numerator = Int128(amount.centavos) * Int128.power10(rate.value.scale)
        let cents = rule.divide(numerator, by: Int128(rate.value.mantissa))
        return Int64(exactly: cents).map { Money(centavos: $0) }
    }
}
