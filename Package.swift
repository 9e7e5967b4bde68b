// swift-tools-version:6.1
import Foundation
import PackageDescription

// jemalloc where it is installed (Debian: libjemalloc-dev), glibc's malloc otherwise. A run frees
// hundreds of thousands of small arrays and strings a second, and glibc's malloc and free were a
// tenth of the benchmark's CPU: linked with jemalloc the benchmark takes 0.91 of the time (README,
// Speed). The binary then needs libjemalloc2 beside glibc. DOCLINT_ALLOCATOR=system keeps glibc's.
let jemallocInstalled = ProcessInfo.processInfo.environment["DOCLINT_ALLOCATOR"] != "system"
    && ["/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib", "/usr/local/lib"]
        .contains { FileManager.default.fileExists(atPath: $0 + "/libjemalloc.so") }

let package = Package(
    name: "doclint",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "doclint", targets: ["doclint"]),
        .library(name: "DocLint", targets: ["DocLint"]),
        .library(name: "Rules", targets: ["Rules"]),
    ],
    // `doclint serve` (the clerk's web page) needs SwiftNIO and Hummingbird, minutes of compiling
    // that the command line, its pre-commit hook and `swift run doclint FILE` do not need: only a
    // build with `--traits Server` compiles them.
    traits: [
        .trait(name: "Server", description: "doclint serve: the clerk's web page and JSON API (SwiftNIO, Hummingbird)"),
        .default(enabledTraits: []),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // .docx is a ZIP of XML; on Linux it links zlib (zlib1g-dev).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // `doclint serve`, the clerk's web page.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // Text layer, document model and parser, configuration, engine, reporters.
        .target(name: "DocLint", dependencies: [.product(name: "Yams", package: "Yams"), .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // One rule per file; the registry of all rules is generated at build time so that
        // adding a rule touches exactly one new file.
        .target(name: "Rules", dependencies: ["DocLint"], plugins: ["RuleRegistryPlugin"]),
        .executableTarget(name: "RuleRegistryGenerator"),
        .plugin(name: "RuleRegistryPlugin", capability: .buildTool(), dependencies: ["RuleRegistryGenerator"]),
        // The web page and JSON API of `doclint serve`: renders what the library finds, decides nothing.
        // Its HTTP part (ClerkServer) is compiled with the Server trait only.
        .target(name: "DocLintServer", dependencies: [
            "DocLint", "Rules",
            .product(name: "Hummingbird", package: "hummingbird", condition: .when(traits: ["Server"])),
            .product(name: "Logging", package: "swift-log", condition: .when(traits: ["Server"])),
        ]),
        .executableTarget(name: "doclint", dependencies: [
            "DocLint", "Rules",
            .target(name: "DocLintServer", condition: .when(traits: ["Server"])),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log", condition: .when(traits: ["Server"])),
        ], linkerSettings: jemallocInstalled ? [.linkedLibrary("jemalloc", .when(platforms: [.linux]))] : []),
        .testTarget(name: "DocLintTests", dependencies: ["DocLint", "Rules"], exclude: ["Golden", "FuzzRegressions"]),
        .testTarget(name: "RulesTests", dependencies: ["DocLint", "Rules"]),
        .testTarget(name: "ServerTests", dependencies: [
            "DocLintServer", "DocLint", "Rules",
            .product(name: "Hummingbird", package: "hummingbird", condition: .when(traits: ["Server"])),
        ]),
        .testTarget(name: "CLITests", dependencies: ["doclint", "DocLint"], exclude: ["Golden", "Fixtures"]),
    ]
)
