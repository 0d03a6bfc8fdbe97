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
    public static func -= (lhs: inout ExportAmount, rhs: ExportAmount) { lhs = lhs - rhs }
}
