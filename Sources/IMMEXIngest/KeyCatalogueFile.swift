import IMMEXDomain

/// Reads the pedimento key catalogue, `templates/pedimento-keys.toml`: one table per key of
/// Anexo 22 apéndice 2, with its regime, description, and for each side its default class and
/// the reason for it.
///
/// ```toml
/// [BM]
/// regime = "temporales"
/// description = "Exportación temporal de mercancías para su transformación, elaboración o reparación"
/// export = "temporary-export"
/// export_reason = "the goods come back after their transformation abroad; not a sale abroad"
/// import = "excluded"
/// import_reason = "not an import key"
/// ```
public enum KeyCatalogueFile {
    /// Where the catalogue lives, beside the report's templates: it ships with the tool.
    public static let path = "templates/pedimento-keys.toml"

    public static func load(_ file: InputFile, findings: inout [Finding]) -> KeyCatalogue? {
        let document: SettingsDocument
        do { document = try SettingsDocument(file) } catch {
            findings.append(error.finding)
            return nil
        }
        var entries: [KeyCatalogue.Entry] = []
        var problems: [Finding] = []
        let classes = KeyClass.allCases.map(\.rawValue).joined(separator: ", ")
        for name in document.root.keys.sorted() {
            var reader = SettingsReader(document, table: name)
            guard case .table = document.root[name], let key = PedimentoKey(name) else {
                problems.append(
                    Finding(
                        .invalidSettings, "'\(name)' in the key catalogue is not a pedimento key's table", at: document.location(table: "", key: name),
                        hint: "each key is a table of its own, named by its two letters or digits, like [A1]"))
                continue
            }
            reader.rejectUnknownKeys(["regime", "description", "export", "export_reason", "import", "import_reason"])
            let regime = reader.string("regime", required: true)
            let description = reader.string("description", required: true)
            func side(_ name: String) -> KeyCatalogue.Default? {
                if reader.values[name] == nil {
                    reader.fail(nil, "key \(key) has no \(name)-side class", hint: "add \(name) = one of: \(classes)")
                }
                let keyClass = reader.choice(name, KeyClass.self)
                let reason = reader.string("\(name)_reason", required: true)
                if let reason, reason.trimmingCharacters(of: " ").isEmpty {
                    reader.fail("\(name)_reason", "key \(key) gives no reason for its \(name)-side class", hint: "say in one line why the key counts so")
                }
                guard let keyClass, let reason else { return nil }
                return KeyCatalogue.Default(keyClass, reason: reason)
            }
            let export = side("export")
            let imports = side("import")
            problems += reader.findings
            guard let regime, let description, let export, let imports, reader.findings.isEmpty else { continue }
            entries.append(KeyCatalogue.Entry(key: key, regime: regime, description: description, export: export, import: imports))
        }
        if document.root.isEmpty {
            problems.append(
                Finding(
                    .invalidSettings, "the key catalogue lists no key", at: SourceLocation(file: file.displayPath),
                    hint: "restore \(path) from the tool's release"))
        }
        findings += problems
        return problems.hasErrors ? nil : KeyCatalogue(source: file.displayPath, entries: entries)
    }

    /// A key that neither the catalogue nor `rules.toml` classes: an error, never a silent zero.
    public static func unknownKey(_ key: PedimentoKey, side: OperationSide, at location: SourceLocation?) -> Finding {
        let table = side == .export ? "[keys]" : "[keys.import]"
        return Finding(
            .unknownKey,
            side == .export
                ? "pedimento key \(key) (export side) is in neither the key catalogue \(path) nor rules.toml \(table)"
                : "pedimento key \(key) (import side) is in neither the key catalogue \(path) nor rules.toml \(table)", at: location,
            hint: "if the key is right, add it to \(path) with its Anexo 22 description, or give it a class in rules.toml \(table)")
    }
}
