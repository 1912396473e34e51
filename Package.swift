// swift-tools-version: 6.0
import PackageDescription

// Linux only: the terminal, signal and memory code is written against Glibc, so no Apple
// platform is claimed.
let package = Package(
    name: "Byline",
    products: [
        .executable(name: "byline", targets: ["byline"]),
        .library(name: "BylineCore", targets: ["BylineCore"]),
        .library(name: "BylineWeb", targets: ["BylineWeb"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    ],
    targets: [
        .target(
            name: "BylineCore",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            resources: [.copy("Resources/NER"), .copy("Resources/Lexicon")]
        ),
        .target(
            name: "BylineStore",
            dependencies: ["BylineCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "BylineReader",
            dependencies: ["BylineCore", "BylineStore", "TOMLKit"]
        ),
        .target(name: "BylineFetch"),
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(name: "CMalloc"),
        .systemLibrary(
            name: "CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(
            name: "BylineWeb",
            dependencies: ["BylineCore", "CLibXML2", "CZlib"]
        ),
        .target(name: "BylineFeeds", dependencies: ["CLibXML2"]),
        .target(
            name: "BylineTerminal",
            dependencies: ["BylineReader", "CNcursesw"]
        ),
        .executableTarget(
            name: "byline",
            dependencies: [
                "BylineCore", "BylineStore", "BylineReader", "BylineTerminal", "BylineFetch", "BylineWeb", "BylineFeeds", "CMalloc", "TOMLKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [.copy("Resources/sample.txt")]
        ),
        .executableTarget(name: "byline-train-ner", dependencies: ["BylineCore"]),
        .target(name: "BylineFuzz", dependencies: ["BylineCore"]),
        .executableTarget(
            name: "byline-fuzz",
            dependencies: ["BylineFuzz", "BylineCore", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "BylineCoreTests", dependencies: ["BylineCore", "BylineFuzz"]),
        .testTarget(name: "BylineFuzzTests", dependencies: ["BylineFuzz", "BylineCore"], exclude: ["Corpus"]),
        .testTarget(name: "BylineWebTests", dependencies: ["BylineWeb", "BylineCore"]),
        .testTarget(name: "BylineStoreTests", dependencies: ["BylineStore"]),
        .testTarget(name: "BylineFeedsTests", dependencies: ["BylineFeeds"], exclude: ["Fixtures"]),
        .testTarget(name: "BylineReaderTests", dependencies: ["BylineReader"], exclude: ["Snapshots"]),
        .testTarget(name: "BylineTerminalTests", dependencies: ["BylineTerminal", "BylineReader", "CNcursesw"]),
        .testTarget(name: "BylineEndToEndTests", dependencies: ["byline", "BylineFetch", "BylineStore"], exclude: ["Fixtures"]),
    ]
)
