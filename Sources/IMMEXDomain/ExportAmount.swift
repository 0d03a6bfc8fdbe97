/// An export figure in both currencies of the report.
public struct ExportAmount: Sendable, Hashable {
    public var mxn: Money<MXN>
    public var usd: Money<USD>

    public init(mxn: Money<MXN> = .zero, usd: Money<USD> = .zero) {
        self.mxn = mxn
        self.usd = usd
    }

    public static let zero = ExportAmount()

    public static func + (lhs: ExportAmount, rhs: ExportAmount) -> ExportAmount {
        ExportAmount(mxn: lhs.mxn + rhs.mxn, usd: lhs.usd + rhs.usd)
    }
    public static func - (lhs: ExportAmount, rhs: ExportAmount) -> ExportAmount {
        ExportAmount(mxn: lhs.mxn - rhs.mxn, usd: lhs.usd - rhs.usd)
    }
    public static func += (lhs: inout ExportAmount, rhs: ExportAmount) { lhs = lhs + rhs }

    /// The sum in both currencies, or nil when either is beyond what the report can state.
    public func adding(_ other: ExportAmount) -> ExportAmount? {
        guard let mxn = mxn.adding(other.mxn), let usd = usd.adding(other.usd) else { return nil }
        return ExportAmount(mxn: mxn, usd: usd)
    }

    /// `amount` added to `total` in place; false, and `total` unchanged, when it would overflow.
    public static func accumulate(_ amount: ExportAmount, into total: inout ExportAmount) -> Bool {
        guard let sum = total.adding(amount) else { return false }
        total = sum
        return true
    }
    public static func -= (lhs: inout ExportAmount, rhs: ExportAmount) { lhs = lhs - rhs }
}
