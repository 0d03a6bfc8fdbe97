/// A pedimento key (clave de pedimento, Anexo 22 appendix 2): two upper-case letters or digits.
public struct PedimentoKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The two ASCII bytes, the first in the high half: a million pedimentos each carry a key,
    /// and every key-class lookup hashes it.
    private let bytes: UInt16

    public init?(_ text: some StringProtocol) {
        let utf8 = Array(text.utf8)
        guard utf8.count == 2 else { return nil }
        self.init(ascii: utf8[0], utf8[1])
    }

    /// Two upper-case letters or digits, from bytes.
    public init?(ascii first: UInt8, _ second: UInt8) {
        func allowed(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 || byte &- 0x30 < 10 }
        guard allowed(first), allowed(second) else { return nil }
        bytes = UInt16(first) << 8 | UInt16(second)
    }

    public var code: String {
        String(unsafeUninitializedCapacity: 2) { buffer in
            (buffer[0], buffer[1]) = (UInt8(truncatingIfNeeded: bytes >> 8), UInt8(truncatingIfNeeded: bytes))
            return 2
        }
    }

    public static func < (lhs: PedimentoKey, rhs: PedimentoKey) -> Bool { lhs.bytes < rhs.bytes }

    /// Every key has a place in `0..<denseCount`: each of its two characters, a digit or a
    /// capital, counts as one of 36.
    static let denseCount = 36 * 36
    var denseIndex: Int {
        func place(_ byte: UInt8) -> Int { byte &- 0x30 < 10 ? Int(byte &- 0x30) : 10 + Int(byte &- 0x41) }
        return place(UInt8(truncatingIfNeeded: bytes >> 8)) * 36 + place(UInt8(truncatingIfNeeded: bytes))
    }
    public var description: String { code }
}

/// What a pedimento key means for the annual report, on one side of the border. Which key falls
/// in which class is the key catalogue's default (`templates/pedimento-keys.toml`, Anexo 22
/// apéndice 2), which a company's `rules.toml` `[keys]` may override (domain.md §4).
public enum KeyClass: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Goods leave the country for good: A1 definitive export, RT return after transformation.
    case direct
    /// Virtual transfers to another IMMEX or bonded operator: V1, V2, V7, BB.
    case indirect
    /// Returns of exported goods that reduce exports: K1.
    case subtracting
    /// A rectification that replaces the values of the pedimento it names: R1.
    case rectification
    /// Value adjustments whose effect is a judgment call: GC, CT. Not counted; listed for review.
    case review
    /// Goods sent abroad for transformation or repair that come back (BM, BO): not an export;
    /// listed as pending return, never counted.
    case temporaryExport = "temporary-export"
    /// Goods that enter under a temporary regime (IN, AF): the ground of the program's benefit,
    /// whose terms the temporary-imports control follows. Never an export.
    case temporaryImport = "temporary-import"
    /// Pedimentos that are not exports: V5, F4, F5, A3, H1, definitive imports.
    case excluded

    public static func < (lhs: KeyClass, rhs: KeyClass) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Whether a pedimento of this class adds to (or, for returns, takes from) the exports figure.
    public var isCounted: Bool { self == .direct || self == .indirect || self == .subtracting }
}

/// Which side of the border a pedimento declares (Data Stage `TipoOperacion`: 1 import, 2 export).
/// Several keys mean different things on each side (K1, F4, GC), so a key is classed by key and side.
public enum OperationSide: String, Sendable, Hashable, CaseIterable {
    case `import`
    case export

    /// The Data Stage's `TipoOperacion` code.
    public var code: UInt8 { self == .import ? 1 : 2 }
}
