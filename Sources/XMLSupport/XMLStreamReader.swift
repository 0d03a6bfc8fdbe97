import CLibXML2

/// A qualified name to compare start tags with, without making strings: its namespace URI and
/// local name as the C strings libxml2 hands over.
public struct XMLName: Sendable {
    fileprivate let namespace: [xmlChar]
    fileprivate let localName: [xmlChar]

    public init(_ localName: String, namespace: String) {
        self.namespace = Array(namespace.utf8) + [0]
        self.localName = Array(localName.utf8) + [0]
    }
}

/// One start tag, as the streaming reader meets it: read through the reader, so valid only inside
/// the call that hands it over. Nothing is copied unless asked: a CFDI's seals and certificate are
/// attributes of thousands of characters that the annual report never reads.
public struct XMLStartTag: ~Copyable {
    fileprivate let reader: OpaquePointer

    /// Whether the tag is `name` (local name and namespace URI).
    public func `is`(_ name: XMLName) -> Bool {
        guard let local = xmlTextReaderConstLocalName(reader) else { return false }
        let uri = xmlTextReaderConstNamespaceUri(reader)
        guard name.localName.withUnsafeBufferPointer({ xmlStrEqual(local, $0.baseAddress) == 1 }) else { return false }
        return name.namespace.withUnsafeBufferPointer { wanted in
            guard let uri else { return wanted.count == 1 }
            return xmlStrEqual(uri, wanted.baseAddress) == 1
        }
    }

    public var localName: String { text(xmlTextReaderConstLocalName(reader)) }
    /// The element's namespace URI (empty when it has none).
    public var namespace: String { text(xmlTextReaderConstNamespaceUri(reader)) }

    /// The element with the attributes (in no namespace) named in `names`, copied: what a reader
    /// keeps of a tag after the call.
    public func element(keeping names: [String]) -> XMLElement {
        let node = xmlTextReaderCurrentNode(reader)
        let line = node.map { Int(xmlGetLineNo($0)) } ?? Int(xmlTextReaderGetParserLineNumber(reader))
        var attributes: [(name: String, value: String)] = []
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            // Namespace declarations and attributes in a namespace are not the CFDI's own.
            guard xmlTextReaderConstNamespaceUri(reader) == nil, let local = xmlTextReaderConstLocalName(reader) else { continue }
            let name = String(cString: local)
            guard names.contains(name) else { continue }
            attributes.append((name, text(xmlTextReaderConstValue(reader))))
        }
        _ = xmlTextReaderMoveToElement(reader)
        return XMLElement(localName: localName, namespace: namespace, attributes: attributes, line: line)
    }
}

/// What a reader keeps of a start tag: its name, the attributes it asked for, its line.
public struct XMLElement: Sendable {
    public let localName: String
    public let namespace: String
    public let attributes: [(name: String, value: String)]
    /// The line the element starts on (its node's line: a tag of many attributes may run over
    /// several lines), and column 1 (libxml2 records no column for a node).
    public let line: Int
    public var column: Int { 1 }

    /// The value of the attribute `name` in no namespace, if it was kept.
    public func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
}

private func text(_ pointer: UnsafePointer<xmlChar>?) -> String { pointer.map { String(cString: $0) } ?? "" }

/// libxml2's reader interface (`xmlTextReader`): a document read element by element, with no tree
/// built, no network (XML_PARSE_NONET), no DTD loaded and no entity substituted, every error
/// collected with its line and column through the reader's structured handler. One reader is used
/// again for each document it is given (`xmlReaderNewMemory`): a thread reading a million CFDI
/// makes it once.
public final class XMLStreamReader {
    private var reader: OpaquePointer?

    public init() {}

    deinit { if let reader { xmlFreeTextReader(reader) } }

    /// Calls `body` with each start tag of a document in document order; throws every diagnostic of
    /// a document that is not well formed (after the tags read before the error).
    public static func startTags(_ bytes: [UInt8], name: String, _ body: (borrowing XMLStartTag) -> Void) throws(XMLSupportError) {
        try XMLStreamReader().startTags(bytes, name: name, body)
    }

    /// The same, with this reader.
    public func startTags(_ bytes: [UInt8], name: String, _ body: (borrowing XMLStartTag) -> Void) throws(XMLSupportError) {
        let reused = reader != nil
        do { try scan(bytes, name: name, body) } catch {
            // A reader used again can lose the diagnostics of a document that is not well formed
            // (libxml2 reports some before the handler reaches the new parser): the document is read
            // once more by a fresh reader, for its diagnostics only. Errors are rare; this costs
            // nothing otherwise.
            guard reused, case .notWellFormed(_, let diagnostics) = error, diagnostics.allSatisfy({ $0.line == 0 }) else { throw error }
            if let reader { xmlFreeTextReader(reader) }
            reader = nil
            try scan(bytes, name: name) { _ in }
            throw error
        }
    }

    private func scan(_ bytes: [UInt8], name: String, _ body: (borrowing XMLStartTag) -> Void) throws(XMLSupportError) {
        xmlInitParser()
        let collector = ReaderDiagnostics()
        let box = Unmanaged.passRetained(collector)
        defer { box.release() }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue)
        let status: Int32 = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return -2 }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars -> Int32 in
                if let reader {
                    guard xmlReaderNewMemory(reader, chars, Int32(buffer.count), name, nil, options) == 0 else { return -2 }
                } else {
                    reader = xmlReaderForMemory(chars, Int32(buffer.count), name, nil, options)
                }
                guard let reader else { return -2 }
                xmlTextReaderSetStructuredErrorHandler(reader, readerErrorHandler, box.toOpaque())
                defer { xmlTextReaderSetStructuredErrorHandler(reader, nil, nil) }
                var result: Int32 = 1
                while true {
                    result = xmlTextReaderRead(reader)
                    guard result == 1 else { break }
                    guard xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_ELEMENT.rawValue) else { continue }
                    body(XMLStartTag(reader: reader))
                }
                // (The document is done with; the reader keeps no pointer into `bytes`.)
                _ = xmlTextReaderClose(reader)
                return result
            }
        }
        let errors = collector.diagnostics.filter { $0.level != .warning }
        guard status == 0, errors.isEmpty else {
            throw .notWellFormed(
                document: name,
                errors.isEmpty
                    ? [XMLDiagnostic(level: .fatal, line: 0, column: 0, message: status == -2 ? "the document is empty" : "the document could not be read")]
                    : errors)
        }
    }
}

/// The reader's errors, collected (a class: the handler reaches it through an opaque pointer).
private final class ReaderDiagnostics {
    var diagnostics: [XMLDiagnostic] = []
}

private let readerErrorHandler: xmlStructuredErrorFunc = { userData, error in
    guard let userData, let error else { return }
    let raw = error.pointee
    let level: XMLDiagnostic.Level = raw.level == XML_ERR_WARNING ? .warning : raw.level == XML_ERR_FATAL ? .fatal : .error
    var message = raw.message.map { String(cString: $0) } ?? "unknown libxml2 error (code \(raw.code))"
    while let last = message.last, last == "\n" || last == " " { message.removeLast() }
    Unmanaged<ReaderDiagnostics>.fromOpaque(userData).takeUnretainedValue().diagnostics.append(
        XMLDiagnostic(level: level, line: Int(raw.line), column: Int(raw.int2), message: message))
}
