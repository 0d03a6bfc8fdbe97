import Foundation
import IMMEXDomain
import IMMEXIngest
import IMMEXReport

/// Renders `templates/summary.html.mustache`; a broken template is an input error at its line.
enum SummaryPageRenderer {
    static let template = "summary.html.mustache"

    static func render(root: URL, context: [String: Any]) throws(FilingError) -> String {
        let path = "templates/\(template)"
        let file: InputFile
        do { file = try InputFile.read(root.appendingPathComponent(path), displayPath: path) } catch { throw .inputErrors([error.finding]) }
        do {
            return try ReportRenderer(text: file.text ?? "", path: path).render(context)
        } catch {
            throw .inputErrors([Finding(.templateError, error.message, at: error.location, hint: "fix the template's Mustache syntax")])
        }
    }
}
