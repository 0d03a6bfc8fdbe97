/// The catalogue of pedimento keys (Anexo 22 de las RGCE, apéndice 2), each with its description
/// and, for each side of the border, the class it takes by default and why.
///
/// It ships as data (`templates/pedimento-keys.toml`), not code, so that a tax team can read every
/// default and its reason, and a new key published in the DOF needs no new build. A company's
/// `rules.toml` `[keys]` lists override it (`classification(overriding:)`).
public struct KeyCatalogue: Sendable, Hashable {
    /// One key's default on one side: its class and a one-line reason.
    public struct Default: Sendable, Hashable {
        public var keyClass: KeyClass
        public var reason: String

        public init(_ keyClass: KeyClass, reason: String) {
            self.keyClass = keyClass
            self.reason = reason
        }
    }

    public struct Entry: Sendable, Hashable {
        public var key: PedimentoKey
        /// The regime the appendix lists it under (definitivo, temporales, virtuales, ...).
        public var regime: String
        public var description: String
        public var export: Default
        public var `import`: Default

        public init(key: PedimentoKey, regime: String, description: String, export: Default, import imports: Default) {
            self.key = key
            self.regime = regime
            self.description = description
            self.export = export
            self.import = imports
        }

        public func `default`(on side: OperationSide) -> Default { side == .export ? export : self.import }
    }

    /// Where the catalogue was read from, for messages (`templates/pedimento-keys.toml`).
    public var source: String
    public var entries: [PedimentoKey: Entry]

    public init(source: String, entries: [Entry]) {
        self.source = source
        self.entries = Dictionary(entries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The classes in force: the catalogue's defaults, each replaced where the company's settings
    /// name the key on that side. A key the settings name that the catalogue lacks is classed as
    /// they say (a key newer than the catalogue).
    public func classification(overriding overrides: [OperationSide: [PedimentoKey: KeyClass]] = [:]) -> KeyClassification {
        var export: [PedimentoKey: KeyClass] = [:]
        var imports: [PedimentoKey: KeyClass] = [:]
        for (key, entry) in entries {
            export[key] = entry.export.keyClass
            imports[key] = entry.import.keyClass
        }
        export.merge(overrides[.export] ?? [:]) { _, override in override }
        imports.merge(overrides[.import] ?? [:]) { _, override in override }
        return KeyClassification(export: export, import: imports)
    }
}
