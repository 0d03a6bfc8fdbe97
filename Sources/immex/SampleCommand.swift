import ArgumentParser
import Foundation
import IMMEXDomain
import IMMEXReport
import IMMEXSample

/// `immex sample <year>`: writes a synthetic fiscal year folder, for rehearsals and benchmarks.
struct SampleCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "sample",
            abstract: helpText("Write a synthetic fiscal year (fictional company) in the real input layouts."),
            discussion: helpText(
                """
                Writes company.toml, rules.toml, sales.csv, exports.csv, the Data Stage (datastage/), the \
                inventory control's balances (imports-balances.csv) and the CFDI packages (cfdi/, unless \
                --no-cfdi) into fiscal-years/<year>/ (or --output), written beside it and moved in whole. \
                The data is made up but shaped like real extracts: several currencies, credit notes, \
                cancellations, quoted fields, and pedimentos of every key class. The same seed always \
                gives the same files.
                """)
        )
    }

    @Argument(help: helpText("The fiscal year to generate.", valueName: "year"))
    var year: Int

    @Option(help: ArgumentHelp(helpText("How many invoices (sales.csv rows).")))
    var invoices = 2_400

    @Option(help: ArgumentHelp(helpText("How many export-side pedimentos (exports.csv rows).")))
    var pedimentos = 320

    @Option(help: ArgumentHelp(helpText("How many temporary imports (IN, three lines each) the Data Stage holds beyond the sample's six.")))
    var imports = 0

    @Option(
        help: helpText(
            "consolidated: export invoices consolidated 1 to 6 to a pedimento (the shipped sample); one-per-invoice: 40% of invoices exported, each under its own pedimento, numbers in exports.csv spaced as the CFDI writes them.",
            valueName: "shape"))
    var shape: SampleYearGenerator.Shape = .consolidated

    @Flag(
        inversion: .prefixedNo,
        help: ArgumentHelp(
            helpText("Also write the invoices as the SAT's bulk download delivers them (cfdi/: ZIPs of CFDI XML, 200,000 to a package, and their metadata).")))
    var cfdi = true

    @Option(help: ArgumentHelp(helpText("The seed; the same seed gives the same files.")))
    var seed: UInt64 = 2025

    @Option(help: helpText("Write here instead of fiscal-years/<year>/.", valueName: "dir"))
    var output: String?

    @Flag(help: ArgumentHelp(helpText("Replace the folder's files if it already holds any (they are overwritten).")))
    var force = false

    @OptionGroup var options: RootOptions
    @OptionGroup var languageOption: LanguageOptions

    func validate() throws {
        try ArgumentChecks.fiscalYear(year)
        guard invoices >= 0, pedimentos >= 0, imports >= 0 else { throw ValidationError(helpText("counts cannot be negative")) }
    }

    func run() throws {
        let language = languageOption.language(root: options.rootURL, year: year)
        func say(_ phrase: Phrase) -> String { MessageCatalogue.say(phrase, in: language) }
        let folder =
            output.map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? options.rootURL.appendingPathComponent("fiscal-years/\(year)", isDirectory: true)
        // A fiscal year folder is a tax team's work: never replaced without being asked.
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let replaced = existing.filter(SampleYearGenerator.fileNames.contains).sorted()
        if !replaced.isEmpty, !force {
            printError(
                say("error: \(folder.path) already holds \(replaced.joined(separator: ", ")); nothing was written.") + "\n"
                    + say("Choose another year or --output folder, or pass --force to overwrite them.") + "\n")
            throw ExitStatus.inputErrors
        }
        var generator = SampleYearGenerator(year: FiscalYear(year), invoices: invoices, pedimentos: pedimentos, seed: seed, shape: shape)
        generator.temporaryImports = imports
        generator.writesCFDI = cfdi
        do {
            try Self.write(generator, into: folder)
        } catch {
            // The do block throws only WriteFailure (typed throws), so `error` is one.
            let failure: WriteFailure = error
            printError(say("error: the sample year could not be written to \(folder.path): \(failure.reason)") + "\n")
            printError(
                say(
                    failure.movingIn
                        ? "The folder may hold part of the new year; free space or fix the permissions, then run again with --force."
                        : "Nothing in that folder was changed; check the space left and the folder's permissions.") + "\n")
            throw ExitStatus.outputFailed
        }
        print(say("Wrote a synthetic fiscal year \(year) (\(invoices) invoices, \(pedimentos) pedimentos, seed \(seed)) to \(folder.path)"))
    }

    /// Why the year could not be written, and whether the folder was being changed then.
    struct WriteFailure: Error {
        var reason: String
        var movingIn: Bool
    }

    /// Writes the year beside `folder` first (where a full disk or a refused permission stops it
    /// before the folder is touched), then moves it in, a file or folder at a time (renames on
    /// one file system).
    private static func write(_ generator: SampleYearGenerator, into folder: URL) throws(WriteFailure) {
        let files = FileManager.default
        let parent = folder.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(folder.lastPathComponent).sample-\(UUID().uuidString)", isDirectory: true)
        defer { try? files.removeItem(at: staging) }
        do {
            try files.createDirectory(at: parent, withIntermediateDirectories: true)
            try generator.write(to: staging)
            try files.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw WriteFailure(reason: error.localizedDescription, movingIn: false)
        }
        do {
            for name in try files.contentsOfDirectory(atPath: staging.path).sorted() {
                let target = folder.appendingPathComponent(name)
                if files.fileExists(atPath: target.path) { try files.removeItem(at: target) }
                try files.moveItem(at: staging.appendingPathComponent(name), to: target)
            }
        } catch {
            throw WriteFailure(reason: error.localizedDescription, movingIn: true)
        }
    }
}

extension SampleYearGenerator.Shape: ExpressibleByArgument {}
