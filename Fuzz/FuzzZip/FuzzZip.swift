import Foundation
import FuzzSupport
import IMMEXEvidence

/// libFuzzer target: ZIP members through libzip, as a Data Stage request (nested ZIPs, members,
/// limits) or, with the first byte odd, as a bundle `immex verify` checks.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzZip(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let bytes = UnsafeRawBufferPointer(start: data + 1, count: size - 1)
    if data[0] & 1 == 0 {
        FuzzYear.load(bytes, as: "datastage/900_solicitudes.zip")
    } else {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("immex-fuzz-bundle-\(getpid()).zip").path
        try? Data(bytes).write(to: URL(fileURLWithPath: path))
        _ = BundleVerifier.verify(path: path)
    }
    return 0
}

@_cdecl("FuzzZip_main")
public func fuzzZipMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, fuzzZip)
}
