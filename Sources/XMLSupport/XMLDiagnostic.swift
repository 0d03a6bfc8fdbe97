/// One message libxml2 reported, with where it points.
public struct XMLDiagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Level: String, Sendable, Hashable {
        case warning, error, fatal
    }

    public var level: Level
    /// 1-based; 0 when libxml2 gives no line.
    public var line: Int
    /// 1-based; 0 when libxml2 gives no column.
    public var column: Int
    /// libxml2's own text, trimmed.
    public var message: String

    public init(level: Level, line: Int, column: Int, message: String) {
        self.level = level
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(line):\(column): \(level.rawValue): \(message)" }
}

/// Why an XML document or schema was refused. Each case carries every diagnostic libxml2 gave.
public enum XMLSupportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The document is not well-formed XML (the first fatal error stops the parser).
    case notWellFormed(document: String, [XMLDiagnostic])
    /// The schema file could not be read or is not a valid XSD.
    case invalidSchema(path: String, [XMLDiagnostic])
    /// The document is well-formed but does not satisfy the schema.
    case invalidDocument(document: String, schema: String, [XMLDiagnostic])

    public var diagnostics: [XMLDiagnostic] {
        switch self {
        case .notWellFormed(_, let diagnostics), .invalidSchema(_, let diagnostics),
            .invalidDocument(_, _, let diagnostics):
            diagnostics
        }
    }

    public var description: String {
        switch self {
        case .notWellFormed(let document, let diagnostics):
            "\(document) is not well-formed XML:\n" + diagnostics.map { "\(document):\($0)" }.joined(separator: "\n")
        case .invalidSchema(let path, let diagnostics):
            "\(path) is not a usable XML schema:\n" + diagnostics.map { "\(path):\($0)" }.joined(separator: "\n")
        case .invalidDocument(let document, let schema, let diagnostics):
            "\(document) does not satisfy \(schema):\n" + diagnostics.map { "\(document):\($0)" }.joined(separator: "\n")
        }
    }
}
