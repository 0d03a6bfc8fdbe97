/// Which pedimento keys count how. Built from `rules.toml` `[keys]`; a key in no class is an
/// input error, never a silent zero.
public struct KeyClassification: Sendable, Hashable {
    public let classes: [PedimentoKey: KeyClass]
    /// The same, by `PedimentoKey.denseIndex`. A year looks up several million keys; this reads
    /// one byte for each, where the dictionary hashes the key.
    private let byPlace: [KeyClass?]

    public init(_ classes: [PedimentoKey: KeyClass]) {
        self.classes = classes
        var byPlace = [KeyClass?](repeating: nil, count: PedimentoKey.denseCount)
        for (key, keyClass) in classes { byPlace[key.denseIndex] = keyClass }
        self.byPlace = byPlace
    }

    public func keyClass(of key: PedimentoKey) -> KeyClass? { byPlace[key.denseIndex] }

    /// The keys of one class, sorted.
    public func keys(in keyClass: KeyClass) -> [PedimentoKey] {
        classes.filter { $0.value == keyClass }.map(\.key).sorted()
    }

    /// domain.md §4.
    public static let defaults: KeyClassification = {
        var classes: [PedimentoKey: KeyClass] = [:]
        func put(_ codes: [String], _ keyClass: KeyClass) {
            for code in codes { classes[PedimentoKey(code)!] = keyClass }
        }
        put(["A1", "RT"], .direct)
        put(["V1", "V2", "V7", "BB"], .indirect)
        put(["K1"], .subtracting)
        put(["R1"], .rectification)
        put(["GC", "CT"], .review)
        put(["V5", "IN", "AF", "F4", "F5", "A3", "H1"], .excluded)
        return KeyClassification(classes)
    }()
}
