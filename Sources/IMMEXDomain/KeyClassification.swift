/// Which pedimento keys count how, on each side of the border: the key catalogue's defaults with a
/// company's overrides from `rules.toml` `[keys]` (`KeyCatalogue.classification`). A key in no class
/// is an input error, never a silent zero.
public struct KeyClassification: Sendable, Hashable {
    /// Export-side classes (`TipoOperacion` 2, and every row of `exports.csv`).
    public let export: [PedimentoKey: KeyClass]
    /// Import-side classes (`TipoOperacion` 1).
    public let `import`: [PedimentoKey: KeyClass]
    /// The same, by `PedimentoKey.denseIndex`. A year looks up several million keys; this reads
    /// one byte for each, where the dictionary hashes the key.
    private let exportByPlace: [KeyClass?]
    private let importByPlace: [KeyClass?]

    public init(export: [PedimentoKey: KeyClass], import imports: [PedimentoKey: KeyClass] = [:]) {
        self.export = export
        self.import = imports
        func places(_ classes: [PedimentoKey: KeyClass]) -> [KeyClass?] {
            var byPlace = [KeyClass?](repeating: nil, count: PedimentoKey.denseCount)
            for (key, keyClass) in classes { byPlace[key.denseIndex] = keyClass }
            return byPlace
        }
        exportByPlace = places(export)
        importByPlace = places(imports)
    }

    /// The class of an export-side key.
    public func keyClass(of key: PedimentoKey) -> KeyClass? { exportByPlace[key.denseIndex] }

    public func keyClass(of key: PedimentoKey, side: OperationSide) -> KeyClass? {
        side == .export ? exportByPlace[key.denseIndex] : importByPlace[key.denseIndex]
    }

    /// The keys of one class on one side, sorted.
    public func keys(in keyClass: KeyClass, side: OperationSide = .export) -> [PedimentoKey] {
        (side == .export ? export : self.import).filter { $0.value == keyClass }.map(\.key).sorted()
    }

    public static func == (lhs: KeyClassification, rhs: KeyClassification) -> Bool {
        lhs.export == rhs.export && lhs.import == rhs.import
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(export)
        hasher.combine(self.import)
    }
}
