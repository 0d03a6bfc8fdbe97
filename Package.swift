// swift-tools-version: 6.0
//
// The IMMEX annual report generator.
//
// Layout (see README.md, "How the code is organised"):
//   C system targets (headers only)   CLibXML2, CLibZip, CISAL, COpenSSL, CXLSXWriter, CMalloc, CIntrinsics
//   one Swift wrapper per C library   XMLSupport (libxml2), ZipArchive (libzip; ISA-L's deflate for large
//                                     entries), CryptoSupport (libcrypto), SpreadsheetSupport (libxlsxwriter)
//   pure domain                       IMMEXDomain
//   reading a fiscal year folder      IMMEXIngest
//   rendering outputs                 IMMEXReport
//   sealed, signed evidence           IMMEXEvidence
//   the filing run                    IMMEXPipeline
//   synthetic fiscal years            IMMEXSample
//   the command line                  immex
import Foundation
import PackageDescription

let package = Package(
    name: "immex",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "immex", targets: ["immex"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
    ],
    targets: [
        // MARK: - C libraries (headers only)
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CLibZip",
            pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"])]
        ),
        // Intel's ISA-L: a deflate several times faster than zlib's, for the large extracts.
        .systemLibrary(
            name: "CISAL",
            pkgConfig: "libisal",
            providers: [.apt(["libisal-dev"])]
        ),
        .systemLibrary(
            name: "COpenSSL",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        // The Excel workbook beside the CSVs.
        .systemLibrary(
            name: "CXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // glibc's allocator controls (part of libc: nothing to link or install).
        .systemLibrary(name: "CMalloc"),
        // Processor instructions Swift does not expose: a prefetch, SSE2 byte classing (a header only).
        .systemLibrary(name: "CIntrinsics"),

        // MARK: - One wrapper per C library
        .target(name: "XMLSupport", dependencies: ["CLibXML2"]),
        .target(name: "ZipArchive", dependencies: ["CLibZip", "CISAL"]),
        .target(name: "CryptoSupport", dependencies: ["COpenSSL"]),
        .target(name: "SpreadsheetSupport", dependencies: ["CXLSXWriter"]),

        // MARK: - Machinery, domain, engine, ingest, report, pipeline
        // Tables, mapped pages, two cores, the allocator: generic, knowing nothing of the domain.
        .target(
            name: "Machinery",
            dependencies: [.target(name: "CMalloc", condition: .when(platforms: [.linux])), "CIntrinsics"],
            swiftSettings: [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]
        ),
        // The tax rules and their types: plain Swift, no C module, no Glibc, no Dispatch.
        .target(
            name: "IMMEXDomain",
            swiftSettings: [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]
        ),
        // The year's figures at scale: the domain's rules run over packed lists and indexes, on two cores.
        .target(
            name: "IMMEXEngine",
            dependencies: ["IMMEXDomain", "Machinery", "CIntrinsics"],
            swiftSettings: [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]
        ),
        .target(
            name: "IMMEXIngest",
            dependencies: [
                "IMMEXDomain", "Machinery", "CIntrinsics", "CryptoSupport", "ZipArchive", "XMLSupport", .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .target(
            name: "IMMEXReport",
            dependencies: ["IMMEXDomain", "SpreadsheetSupport", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .target(name: "IMMEXEvidence", dependencies: ["IMMEXDomain", "ZipArchive", "CryptoSupport"]),
        .target(
            name: "IMMEXPipeline",
            dependencies: [
                "IMMEXDomain", "IMMEXEngine", "Machinery", "IMMEXIngest", "IMMEXReport", "IMMEXEvidence", "XMLSupport", "SpreadsheetSupport", "CryptoSupport",
            ]
        ),
        .target(name: "IMMEXSample", dependencies: ["IMMEXDomain", "ZipArchive"]),
        .executableTarget(
            name: "immex",
            // Every module it imports, named: an import reached only through another target is not
            // an input of this target's incremental build, which then linked stale code after a
            // change to IMMEXDomain's layouts (and crashed).
            dependencies: [
                "IMMEXPipeline", "IMMEXSample", "IMMEXDomain", "IMMEXEngine", "Machinery", "IMMEXIngest", "IMMEXReport", "IMMEXEvidence",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: - Tests
        .testTarget(name: "XMLSupportTests", dependencies: ["XMLSupport"]),
        .testTarget(name: "CryptoSupportTests", dependencies: ["CryptoSupport"]),
        .testTarget(name: "ZipArchiveTests", dependencies: ["ZipArchive"]),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "MachineryTests", dependencies: ["Machinery"]),
        // (The aggregation and working-paper tests run the rules through the engine, as a run does.)
        .testTarget(name: "IMMEXDomainTests", dependencies: ["IMMEXDomain", "IMMEXEngine", "TestSupport"]),
        .testTarget(name: "IMMEXEngineTests", dependencies: ["IMMEXEngine", "IMMEXDomain", "Machinery", "TestSupport"]),
        .testTarget(name: "IMMEXIngestTests", dependencies: ["IMMEXIngest", "IMMEXDomain", "Machinery", "CryptoSupport", "TestSupport"]),
        .testTarget(name: "IMMEXReportTests", dependencies: ["IMMEXReport", "IMMEXDomain"]),
        .testTarget(name: "IMMEXSampleTests", dependencies: ["IMMEXSample", "IMMEXDomain"]),
        .testTarget(name: "IMMEXEvidenceTests", dependencies: ["IMMEXEvidence", "IMMEXDomain", "CryptoSupport", "ZipArchive"]),
        .testTarget(
            name: "IMMEXPipelineTests",
            dependencies: [
                "IMMEXPipeline", "IMMEXIngest", "IMMEXDomain", "IMMEXEngine", "IMMEXReport", "IMMEXEvidence", "IMMEXSample", "XMLSupport", "ZipArchive",
                "SpreadsheetSupport", "TestSupport",
            ],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// MARK: - Fuzz targets (`make fuzz` only)
// libFuzzer entry points, which have no `main` of their own: declared only when IMMEX_FUZZ is set,
// so that an ordinary build never tries to link them. `make fuzz` builds them with
// `-sanitize=fuzzer,address` (scripts/fuzz.sh).
if ProcessInfo.processInfo.environment["IMMEX_FUZZ"] != nil {
    package.targets += [
        .target(name: "FuzzSupport", dependencies: ["IMMEXIngest", "IMMEXDomain", "Machinery"], path: "Fuzz/FuzzSupport"),
        .executableTarget(name: "FuzzCSV", dependencies: ["FuzzSupport"], path: "Fuzz/FuzzCSV"),
        .executableTarget(name: "FuzzDataStage", dependencies: ["FuzzSupport"], path: "Fuzz/FuzzDataStage"),
        .executableTarget(name: "FuzzSettings", dependencies: ["FuzzSupport"], path: "Fuzz/FuzzSettings"),
        .executableTarget(name: "FuzzZip", dependencies: ["FuzzSupport", "IMMEXEvidence"], path: "Fuzz/FuzzZip"),
    ]
    package.products += ["FuzzCSV", "FuzzDataStage", "FuzzSettings", "FuzzZip"].map { .executable(name: $0, targets: [$0]) }
}
