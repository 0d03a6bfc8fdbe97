import CLibXML2

// Every call into libxml2 lives in this file. Errors are collected through the structured error
// callbacks of each context (never libxml2's global "last error"), the parser never touches the
// network (XML_PARSE_NONET), never substitutes entities, and never recovers from errors.

/// Collects the structured errors libxml2 reports for one operation.
private final class DiagnosticCollector {
    var diagnostics: [XMLDiagnostic] = []

    func record(_ error: UnsafePointer<xmlError>) {
        let raw = error.pointee
        let level: XMLDiagnostic.Level
        switch raw.level {
        case XML_ERR_WARNING: level = .warning
        case XML_ERR_FATAL: level = .fatal
        default: level = .error
        }
        let text = raw.message.map { String(cString: $0) } ?? "unknown libxml2 error (code \(raw.code))"
        // Schema errors report the column in int2; parser errors do too.
        diagnostics.append(
            XMLDiagnostic(
                level: level, line: Int(raw.line), column: Int(raw.int2),
                message: text.trimmingCharacters(in: [" ", "\n", "\t"])))
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}

/// The parser's errors arrive with the parser context as user data; `_private` holds the collector.
private let parserErrorHandler: xmlStructuredErrorFunc = { userData, error in
    guard let userData, let error else { return }
    let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let collector = context.pointee._private else { return }
    Unmanaged<DiagnosticCollector>.fromOpaque(collector).takeUnretainedValue().record(error)
}

/// Schema parser and validator errors arrive with the collector as user data.
private let collectorErrorHandler: xmlStructuredErrorFunc = { userData, error in
    guard let userData, let error else { return }
    Unmanaged<DiagnosticCollector>.fromOpaque(userData).takeUnretainedValue().record(error)
}

private let parseOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue)

/// An owned libxml2 document; freed when the owner goes.
private final class ParsedDocument {
    let pointer: xmlDocPtr
    init(_ pointer: xmlDocPtr) { self.pointer = pointer }
    deinit { xmlFreeDoc(pointer) }
}

/// Parses bytes into a document, or throws every diagnostic the parser gave.
private func parseDocument(_ bytes: [UInt8], name: String) throws(XMLSupportError) -> ParsedDocument {
    xmlInitParser()
    guard let context = xmlNewParserCtxt() else {
        throw .notWellFormed(document: name, [XMLDiagnostic(level: .fatal, line: 0, column: 0, message: "libxml2 could not allocate a parser")])
    }
    defer { xmlFreeParserCtxt(context) }
    let collector = DiagnosticCollector()
    let box = Unmanaged.passRetained(collector)
    defer { box.release() }
    context.pointee._private = box.toOpaque()
    context.pointee.sax.pointee.serror = parserErrorHandler
    let document = bytes.withUnsafeBufferPointer { buffer in
        buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
            xmlCtxtReadMemory(context, base, Int32(buffer.count), name, "UTF-8", parseOptions)
        }
    }
    let wellFormed = context.pointee.wellFormed != 0
    guard let document, wellFormed, !collector.diagnostics.contains(where: { $0.level != .warning }) else {
        if let document { xmlFreeDoc(document) }
        var diagnostics = collector.diagnostics.filter { $0.level != .warning }
        if diagnostics.isEmpty {
            diagnostics = [XMLDiagnostic(level: .fatal, line: 0, column: 0, message: "the document could not be parsed")]
        }
        throw .notWellFormed(document: name, diagnostics)
    }
    return ParsedDocument(document)
}

/// A compiled XML Schema (XSD), ready to validate any number of documents.
public final class XMLSchema {
    private let schema: xmlSchemaPtr
    /// The schema's own document, kept for as long as the compiled schema may point into it.
    private let document: ParsedDocument
    /// The schema's path, as given.
    public let path: String

    /// Reads and compiles the schema at `path`.
    public init(contentsOf path: String, bytes: [UInt8]) throws(XMLSupportError) {
        self.path = path
        let document: ParsedDocument
        do {
            document = try parseDocument(bytes, name: path)
        } catch {
            throw .invalidSchema(path: path, error.diagnostics)
        }
        guard let parser = xmlSchemaNewDocParserCtxt(document.pointer) else {
            throw .invalidSchema(path: path, [XMLDiagnostic(level: .fatal, line: 0, column: 0, message: "libxml2 could not start the schema parser")])
        }
        defer { xmlSchemaFreeParserCtxt(parser) }
        let collector = DiagnosticCollector()
        let box = Unmanaged.passRetained(collector)
        defer { box.release() }
        xmlSchemaSetParserStructuredErrors(parser, collectorErrorHandler, box.toOpaque())
        guard let schema = xmlSchemaParse(parser) else {
            throw .invalidSchema(
                path: path,
                collector.diagnostics.isEmpty
                    ? [XMLDiagnostic(level: .fatal, line: 0, column: 0, message: "the schema could not be compiled")]
                    : collector.diagnostics)
        }
        self.schema = schema
        self.document = document
    }

    deinit { xmlSchemaFree(schema) }

    /// Checks that `bytes` are well-formed XML satisfying this schema; throws every diagnostic.
    /// - Parameter name: how messages name the document (a path, or a description).
    public func validate(_ bytes: [UInt8], name: String) throws(XMLSupportError) {
        let document = try parseDocument(bytes, name: name)
        guard let validator = xmlSchemaNewValidCtxt(schema) else {
            throw .invalidDocument(
                document: name, schema: path, [XMLDiagnostic(level: .fatal, line: 0, column: 0, message: "libxml2 could not start the validator")])
        }
        defer { xmlSchemaFreeValidCtxt(validator) }
        let collector = DiagnosticCollector()
        let box = Unmanaged.passRetained(collector)
        defer { box.release() }
        xmlSchemaSetValidStructuredErrors(validator, collectorErrorHandler, box.toOpaque())
        let result = xmlSchemaValidateDoc(validator, document.pointer)
        if result != 0 {
            let diagnostics =
                collector.diagnostics.isEmpty
                ? [XMLDiagnostic(level: .fatal, line: 0, column: 0, message: "validation failed (libxml2 code \(result))")]
                : collector.diagnostics
            throw .invalidDocument(document: name, schema: path, diagnostics)
        }
    }
}

/// Checks well-formedness only.
public enum XMLWellFormedness {
    public static func check(_ bytes: [UInt8], name: String) throws(XMLSupportError) {
        _ = try parseDocument(bytes, name: name)
    }
}
