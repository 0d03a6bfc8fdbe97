import CLibXML2

/// One start tag, as the streaming reader meets it: valid only inside the call that hands it over.
public struct XMLStartTag {
    public let localName: String
    /// The element's namespace URI (empty when it has none).
    public let namespace: String
    /// Its attributes (namespace declarations left out): local name, namespace URI, value.
    public let attributes: [(name: String, namespace: String, value: String)]
    /// The line the element starts on (its node's line: a tag of many attributes may run over
    /// several lines), and column 1 (libxml2 records no column for a node).
    public let line: Int
    public let column: Int

    /// The value of the attribute `name` in no namespace.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name && $0.namespace.isEmpty }?.value
    }
}

/// libxml2's reader interface (`xmlTextReader`): a document read element by element, with no tree
/// built, no network (XML_PARSE_NONET), no DTD loaded and no entity substituted, every error
/// collected with its line and column through the reader's structured handler.
public enum XMLStreamReader {
    /// Calls `body` with each start tag in document order; throws every diagnostic of a document
    /// that is not well formed (after the tags read before the error).
    public static func startTags(_ bytes: [UInt8], name: String, _ body: (XMLStartTag) -> Void) throws(XMLSupportError) {
        xmlInitParser()
        let collector = ReaderDiagnostics()
        let box = Unmanaged.passRetained(collector)
        defer { box.release() }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue)
        let status: Int32 = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return -2 }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars -> Int32 in
                guard let reader = xmlReaderForMemory(chars, Int32(buffer.count), name, nil, options) else { return -2 }
                defer { xmlFreeTextReader(reader) }
                xmlTextReaderSetStructuredErrorHandler(reader, readerErrorHandler, box.toOpaque())
                var result: Int32 = 1
                while true {
                    result = xmlTextReaderRead(reader)
                    guard result == 1 else { break }
                    guard xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_ELEMENT.rawValue) else { continue }
                    body(startTag(reader))
                }
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

    private static func startTag(_ reader: xmlTextReaderPtr) -> XMLStartTag {
        func text(_ pointer: UnsafePointer<xmlChar>?) -> String { pointer.map { String(cString: $0) } ?? "" }
        let localName = text(xmlTextReaderConstLocalName(reader))
        let namespace = text(xmlTextReaderConstNamespaceUri(reader))
        let node = xmlTextReaderCurrentNode(reader)
        let line = node.map { Int(xmlGetLineNo($0)) } ?? Int(xmlTextReaderGetParserLineNumber(reader))
        let column = 1
        var attributes: [(name: String, namespace: String, value: String)] = []
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            let attributeNamespace = text(xmlTextReaderConstNamespaceUri(reader))
            guard attributeNamespace != "http://www.w3.org/2000/xmlns/" else { continue }
            attributes.append((text(xmlTextReaderConstLocalName(reader)), attributeNamespace, text(xmlTextReaderConstValue(reader))))
        }
        _ = xmlTextReaderMoveToElement(reader)
        return XMLStartTag(localName: localName, namespace: namespace, attributes: attributes, line: line, column: column)
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
