import FuzzSupport

/// libFuzzer target: the Data Stage's pipe tables. The input's first byte picks the table the rest
/// is read as (501, 505, 507, 512, 551, 701 or Resumen).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDataStage(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let tables = ["501", "505", "507", "512", "551", "701", "Resumen"]
    let bytes = UnsafeRawBufferPointer(start: data + 1, count: size - 1)
    FuzzYear.load(bytes, as: "datastage/900_\(tables[Int(data[0]) % tables.count]).asc")
    return 0
}

@_cdecl("FuzzDataStage_main")
public func fuzzDataStageMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, fuzzDataStage)
}
