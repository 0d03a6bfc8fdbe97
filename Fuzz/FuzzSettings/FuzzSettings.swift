import FuzzSupport

/// libFuzzer target: the TOML settings (`rules.toml`, `company.toml`), through TOMLKit and the
/// settings readers. The input's first byte picks the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSettings(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let bytes = UnsafeRawBufferPointer(start: data + 1, count: size - 1)
    FuzzYear.load(bytes, as: data[0] & 1 == 0 ? "rules.toml" : "company.toml")
    return 0
}

@_cdecl("FuzzSettings_main")
public func fuzzSettingsMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, fuzzSettings)
}
