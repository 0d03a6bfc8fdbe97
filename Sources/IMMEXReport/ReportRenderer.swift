import IMMEXDomain
import Mustache

/// A template that could not be parsed, with where the problem is.
public struct TemplateError: Error, Sendable, Hashable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: Phrase

    public var description: String { "\(location): error: \(message.description)" }
}

/// Renders a Mustache template (`templates/*.mustache`) with a report context.
///
/// Mustache's `{{value}}` escapes `& < > " '`, which is correct for XML text and attributes;
/// templates must not use the unescaped `{{{value}}}` form for data.
public struct ReportRenderer: Sendable {
    private let template: MustacheTemplate
    public let path: String

    /// Parses the template text; `path` is how errors name it.
    public init(text: String, path: String) throws(TemplateError) {
        self.path = path
        do {
            template = try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            throw TemplateError(
                location: SourceLocation(file: path, line: error.context.lineNumber, column: error.context.columnNumber),
                message: "the template cannot be parsed (\(error.error)) near: \(error.context.line.trimmingCharacters())")
        } catch {
            throw TemplateError(location: SourceLocation(file: path), message: "the template cannot be parsed: \(error)")
        }
    }

    public func render(_ context: [String: Any]) -> String {
        template.render(context)
    }
}

extension String {
    fileprivate func trimmingCharacters() -> String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return String(text)
    }
}
