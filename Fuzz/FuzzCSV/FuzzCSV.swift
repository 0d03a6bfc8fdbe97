import FuzzSupport

/// libFuzzer target: the CSV readers (`sales.csv`, `exports.csv`), fast and checked paths alike.
/// The input's first byte picks the file; the rest is its content.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let bytes = UnsafeRawBufferPointer(start: data + 1, count: size - 1)
    FuzzYear.load(bytes, as: data[0] & 1 == 0 ? "sales.csv" : "exports.csv")
    return 0
}

@_cdecl("FuzzCSV_main")
public func fuzzCSVMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, fuzzCSV)
}
