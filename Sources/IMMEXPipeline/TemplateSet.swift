import Foundation
import IMMEXDomain
import IMMEXIngest
import IMMEXReport
import XMLSupport

/// The report template and the schema it must satisfy, read from `templates/`.
struct TemplateSet {
    let renderer: ReportRenderer
    let schema: XMLSchema
    let templateFile: InputFile
    let schemaFile: InputFile

    static func load(root: URL, report: ReportSettings) throws(FilingError) -> TemplateSet {
        var findings: [Finding] = []
        func read(_ name: String) -> InputFile? {
            do {
                return try InputFile.read(root.appendingPathComponent("templates/\(name)"), displayPath: "templates/\(name)")
            } catch {
                findings.append(error.finding)
                return nil
            }
        }
        let templateFile = read(report.template)
        let schemaFile = read(report.schema)
        var renderer: ReportRenderer?
        if let templateFile {
            do {
                renderer = try ReportRenderer(text: templateFile.text ?? "", path: templateFile.displayPath)
            } catch {
                findings.append(Finding(.templateError, error.message, at: error.location, hint: "fix the template's Mustache syntax"))
            }
        }
        var schema: XMLSchema?
        if let schemaFile {
            do {
                schema = try XMLSchema(contentsOf: schemaFile.displayPath, bytes: schemaFile.bytes)
            } catch {
                findings += error.diagnostics.map {
                    Finding(
                        .templateError, "the schema is not usable: \($0.message)",
                        at: SourceLocation(file: schemaFile.displayPath, line: $0.line, column: $0.column), hint: "fix the XSD")
                }
            }
        }
        guard let renderer, let schema, let templateFile, let schemaFile, findings.isEmpty else { throw .inputErrors(findings) }
        return TemplateSet(renderer: renderer, schema: schema, templateFile: templateFile, schemaFile: schemaFile)
    }

    var digests: [InputDigest] {
        [
            InputDigest(path: templateFile.displayPath, role: .template, sha256: templateFile.sha256, bytes: templateFile.size),
            InputDigest(path: schemaFile.displayPath, role: .schema, sha256: schemaFile.sha256, bytes: schemaFile.size),
        ]
    }

    /// libxml2's diagnostics on the rendered report, as findings that name the template.
    func findings(for error: XMLSupportError) -> [Finding] {
        let rendered = "\(templateFile.displayPath) (rendered)"
        let problem: Phrase
        switch error {
        case .notWellFormed: problem = "the template renders XML that is not well-formed"
        case .invalidDocument: problem = "the rendered report does not satisfy \(schemaFile.displayPath)"
        case .invalidSchema: problem = "the schema is not usable"
        }
        return error.diagnostics.map {
            Finding(
                .templateError, "\(problem): \($0.message)",
                at: SourceLocation(file: rendered, line: $0.line, column: $0.column),
                hint: "line and column are libxml2's, in the rendered report; fix the template or the schema")
        }
    }
}
