import Foundation
import Testing

@testable import IMMEXDomain
@testable import IMMEXIngest
@testable import IMMEXPipeline

/// What a new user from a tax team met (issue "For the people who use it"): nothing of theirs
/// overwritten without being asked, dates checked, and messages that say what is wrong.
@Suite("Nothing overwritten, messages that say what to do", .serialized)
struct UserSafetyTests {
    func immex(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let binary = try #require(ExecutableTests.binary, "build the executable first: swift build --build-tests")
        return try runProcess(binary, arguments, environment: ["SOURCE_DATE_EPOCH": "1735689600"])
    }

    func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            if let data = try? Data(contentsOf: url) { files[url.path] = data }
        }
        return files
    }

    @Test("sample refuses to replace a fiscal year folder's files, which stay byte for byte; --force replaces them")
    func sampleDoesNotOverwrite() throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        try root.write("fiscal-years/2024/sales.csv", "edited by the tax team\n")
        let before = try snapshot(root.path("fiscal-years/2024"))
        let refused = try immex(["sample", "2024", "--invoices", "10", "--pedimentos", "5", "--root", root.url.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("ya contiene company.toml"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--force"))
        let inEnglish = try immex(["sample", "2024", "--invoices", "10", "--root", root.url.path, "--lang", "en"])
        #expect(inEnglish.stderr.contains("already holds company.toml"))
        #expect(try snapshot(root.path("fiscal-years/2024")) == before)
        let forced = try immex(["sample", "2024", "--invoices", "10", "--pedimentos", "5", "--force", "--root", root.url.path])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stdout.hasPrefix("Se escribió un ejercicio sintético 2024 (10 facturas, 5 pedimentos, semilla 2025)"), "\(forced.stdout)")
        #expect(try root.read("fiscal-years/2024/sales.csv") != "edited by the tax team\n")
        // Written beside the folder and moved in whole: nothing of the staging is left.
        let left = try FileManager.default.contentsOfDirectory(atPath: root.path("fiscal-years").path)
        #expect(!left.contains { $0.hasPrefix(".") }, "\(left)")
    }

    @Test("sample that cannot write says why and exits 4, leaving nothing")
    func sampleThatCannotWrite() throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        try root.write("a-file", "not a folder\n")
        let failed = try immex(["sample", "2024", "--invoices", "10", "--output", root.path("a-file/2024").path, "--root", root.url.path])
        #expect(failed.status == 4)
        #expect(failed.stderr.contains("error: el año de muestra no se pudo escribir en"), "\(failed.stderr)")
        #expect(failed.stderr.contains("No se cambió nada en esa carpeta"))
        #expect(try root.read("a-file") == "not a folder\n")
    }

    @Test("archive refuses a filing date before the year ended or before the bundle was made, and an archive already there, unless --force")
    func archiveChecksDatesAndPlace() throws {
        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        // The bundle made on 2025-02-03 (SOURCE_DATE_EPOCH 1738540800).
        let binary = try #require(ExecutableTests.binary)
        #expect(try runProcess(binary, ["file", "2024", "--unsigned", "--root", root.url.path], environment: ["SOURCE_DATE_EPOCH": "1738540800"]).status == 0)
        let acuse = root.path("acuse.pdf")
        try Data("%PDF-1.4 acuse".utf8).write(to: acuse)
        func archive(_ date: String, force: Bool = false, english: Bool = false) throws -> (status: Int32, stdout: String, stderr: String) {
            try immex(
                ["archive", "2024", "--unsigned", "--acknowledgement", acuse.path, "--filed-on", date, "--root", root.url.path]
                    + (force ? ["--force"] : []) + (english ? ["--lang", "en"] : []))
        }
        // Said in the year's language (Spanish here), and in English when asked.
        let early = try archive("2024-05-20")
        #expect(early.status == 2)
        #expect(early.stderr.contains("--filed-on 2024-05-20 es anterior al cierre del ejercicio 2024"), "\(early.stderr)")
        #expect(try archive("2024-05-20", english: true).stderr.contains("--filed-on 2024-05-20 is before the fiscal year 2024 ended"))
        let beforeBundle = try archive("2025-01-20")
        #expect(beforeBundle.status == 2)
        #expect(beforeBundle.stderr.contains("--filed-on 2025-01-20 es anterior a la creación del expediente de evidencia (2025-02-03)"))
        let archived = try archive("2025-05-20")
        #expect(archived.status == 0)
        #expect(archived.stdout == "Escrito: out/2024/immex-2024-archive.zip\n", "\(archived.stdout)")
        let written = try Data(contentsOf: root.path("out/2024/immex-2024-archive.zip"))
        let again = try archive("2025-05-21")
        #expect(again.status == 2)
        #expect(again.stderr.contains("ya existe; no se sustituyó"))
        #expect(try Data(contentsOf: root.path("out/2024/immex-2024-archive.zip")) == written)
        #expect(try archive("2025-05-21", force: true).status == 0)
    }

    @Test("--version, and a wrong command line exits 64")
    func versionAndUsage() throws {
        let version = try immex(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == IMMEXVersion.generator)
        let wrong = try immex(["file", "2024", "--no-such-option"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.hasPrefix("Error: Opción desconocida '--no-such-option'"), "\(wrong.stderr)")
        #expect(wrong.stderr.contains("Vea 'immex file --help' para más información."))
        let missing = try immex(["file"])
        #expect(missing.status == 64)
        #expect(missing.stderr.hasPrefix("Error: Falta el argumento '<year>'"), "\(missing.stderr)")
        let notAYear = try immex(["check", "25"])
        #expect(notAYear.status == 64)
        #expect(notAYear.stderr.hasPrefix("Error: '25' no es un ejercicio; escríbalo como 2025."), "\(notAYear.stderr)")
        let badValue = try immex(["check", "2025", "--format", "xml"])
        #expect(badValue.status == 64)
        #expect(badValue.stderr.hasPrefix("Error: El valor 'xml' no es válido para '--format <format>'. Indique 'text' o 'json'."), "\(badValue.stderr)")
        let inEnglish = try immex(["file", "--lang", "en"])
        #expect(inEnglish.stderr.hasPrefix("Error: Missing expected argument '<year>'"), "\(inEnglish.stderr)")
    }

    @Test(
        "each command's help is said in Spanish by default, ArgumentParser's own words too, and in English with --lang en",
        arguments: [[], ["file"], ["check"], ["imports"], ["verify"], ["archive"], ["sample"]])
    func helpInEitherLanguage(command: [String]) throws {
        let spanish = try immex(command + ["--help"])
        let english = try immex(command + ["--help", "--lang", "en"])
        #expect(spanish.status == 0 && english.status == 0)
        #expect(spanish.stdout.hasPrefix("RESUMEN: ") && english.stdout.hasPrefix("OVERVIEW: "), "\(spanish.stdout)")
        #expect(spanish.stdout.contains("\nUSO: immex") && spanish.stdout.contains("Muestra esta ayuda."))
        // No sentence of the English help is left in the Spanish one: a help text the catalogue
        // lacks would be printed as written, on the same lines.
        let sentences = english.stdout.split(separator: "\n").map { line -> String in
            // An option's or argument's line: its help follows the name's column.
            let text = line.trimmingCharacters(in: .whitespaces)
            guard text.hasPrefix("-") || text.hasPrefix("<"), let gap = text.range(of: "  ") else { return text }
            return text[gap.upperBound...].trimmingCharacters(in: .whitespaces)
        }
        .filter { $0.split(separator: " ").count >= 4 && !$0.hasPrefix("USAGE:") }
        #expect(!sentences.isEmpty)
        let untranslated = sentences.filter { spanish.stdout.contains($0) }
        #expect(untranslated.isEmpty, "\(untranslated)")
    }

    @Test(
        "an RFC is told what is wrong with it: its length, letters, date, homoclave or check character",
        arguments: [
            ("IDN0503157K", "this one has 11"), ("1DN0503157K2", "must be letters"), ("IDN0513157K2", "must be a date"),
            ("IDN050315_K2", "the homoclave"), ("IDN0503157KB", "the check character, must be a digit or A; it is 'B'"),
        ])
    func rfcProblems(text: String, expected: String) {
        #expect(RFC.problem(text)?.description.contains(expected) == true, "\(RFC.problem(text)?.description ?? "nil")")
        #expect(RFC.problem("IDN0503157K2") == nil)
    }

    @Test("a misspelt company.toml table lists every known table; a missing template points to templates/; one note is one note")
    func messages() throws {
        var findings: [Finding] = []
        let file = try InputFile(
            displayPath: "fiscal-years/2025/company.toml", url: URL(fileURLWithPath: "/nonexistent"),
            bytes: Array("rfc = \"TFX010101AB1\"\n[signign]\ncertificate = \"x\"\n".utf8))
        _ = CompanySettings.load(file, findings: &findings)
        #expect(findings.contains { $0.hint?.contains("[columns], [import], [signing]") == true }, "\(findings.map(\.hint))")

        let root = try WorkingRoot(fixture: "handworked")
        defer { root.remove() }
        try FileManager.default.removeItem(at: root.path("templates/annual-report.xsd"))
        let missing = filingErrors(root, year: 2024).first { $0.location?.file == "templates/annual-report.xsd" }
        #expect(missing?.hint?.contains("restore templates/") == true)
    }
}
