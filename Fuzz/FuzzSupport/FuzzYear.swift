import Foundation
import IMMEXDomain
import IMMEXIngest

/// A throw-away fiscal year folder for one fuzz input: the sample's settings and the key catalogue,
/// with the input written where a reader reads it, then read as a run reads it. A reader may report
/// anything about such an input; it must never crash, hang or grow without bound.
public enum FuzzYear {
    /// The project's root (this file is `Fuzz/FuzzSupport/FuzzYear.swift`).
    static let project = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A fresh folder for this process, made once: `<tmp>/immex-fuzz-<pid>/` with `templates/` and
    /// `fiscal-years/2025/` holding the sample's company.toml, rules.toml and sales.csv.
    static let root: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("immex-fuzz-\(getpid())")
        let year = root.appendingPathComponent("fiscal-years/2025")
        try? FileManager.default.createDirectory(at: year, withIntermediateDirectories: true)
        try? FileManager.default.createDirectory(at: root.appendingPathComponent("templates"), withIntermediateDirectories: true)
        let sample = project.appendingPathComponent("fiscal-years/2025")
        for name in ["company.toml", "rules.toml"] {
            try? FileManager.default.copyItem(at: sample.appendingPathComponent(name), to: year.appendingPathComponent(name))
        }
        try? Data(
            "uuid,issued_on,type,customer_rfc,export_code,currency,subtotal\n00000000-0000-4000-8000-000000000001,2025-01-15,I,IDN0503157K2,01,MXN,1000.00\n"
                .utf8
        )
        .write(to: year.appendingPathComponent("sales.csv"))
        try? FileManager.default.copyItem(
            at: project.appendingPathComponent("templates/pedimento-keys.toml"), to: root.appendingPathComponent("templates/pedimento-keys.toml"))
        return root
    }()

    /// Writes `bytes` at `name` inside the year folder (creating folders), reads the year as a run
    /// does (every reader, no decisions), and removes the file again.
    public static func load(_ bytes: UnsafeRawBufferPointer, as name: String) {
        let url = root.appendingPathComponent("fiscal-years/2025/\(name)")
        let saved = try? Data(contentsOf: url)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(bytes).write(to: url)
        var findings: [Finding] = []
        if var reading = YearReading.open(FiscalYearFolder(root: root, year: FiscalYear(2025)), findings: &findings) {
            reading.hashesExtracts = false
            _ = reading.readSales(part: { _ in 0 }, accept: { count, _ in count += 1 }, merge: { _ in })
            _ = reading.readDataStage()
            _ = reading.readExports()
        }
        if let saved { try? saved.write(to: url) } else { try? FileManager.default.removeItem(at: url) }
    }
}

/// libFuzzer's driver: SwiftPM links an executable target's entry point as `<Target>_main`, so
/// each target's `<Target>_main` hands its arguments and `LLVMFuzzerTestOneInput` to it.
@_silgen_name("LLVMFuzzerRunDriver")
private func llvmFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

public enum FuzzDriver {
    public static func run(
        _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt {
        var count = argc
        var arguments = argv
        return llvmFuzzerRunDriver(&count, &arguments, callback)
    }
}
