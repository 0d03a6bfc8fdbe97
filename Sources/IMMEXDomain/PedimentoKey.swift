/// A pedimento key (clave de pedimento, Anexo 22 appendix 2): two upper-case letters or digits.
public struct PedimentoKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let code: String

    public init?(_ text: some StringProtocol) {
        guard text.count == 2,
            text.allSatisfy({ ("A"..."Z").contains($0) || ($0.isASCII && $0.isNumber) })
        else { return nil }
        code = String(text)
    }

    public static func < (lhs: PedimentoKey, rhs: PedimentoKey) -> Bool { lhs.code < rhs.code }
    public var description: String { code }
}

/// What a pedimento key means for the annual report. Which key falls in which class is a setting
/// (`rules.toml`, `[keys]`); the defaults follow `domain.md` §4.
public enum KeyClass: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Goods leave the country: A1 definitive export, RT return after transformation.
    case direct
    /// Virtual transfers to another IMMEX or bonded operator: V1, V2, V7, BB.
    case indirect
    /// Returns of exported goods that reduce exports: K1.
    case subtracting
    /// A rectification that replaces the values of the pedimento it names: R1.
    case rectification
    /// Value adjustments whose effect is a judgment call: GC, CT. Not counted; listed for review.
    case review
    /// Pedimentos that are not exports: V5, F4, F5, A3, H1, imports.
    case excluded

    public static func < (lhs: KeyClass, rhs: KeyClass) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
