// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "doclint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "doclint", targets: ["doclint"]),
        .library(name: "DocLint", targets: ["DocLint"]),
        .library(name: "Rules", targets: ["Rules"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // .docx is a ZIP of XML; on Linux it links zlib (zlib1g-dev).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // Text layer, document model and parser, configuration, engine, reporters.
        .target(name: "DocLint", dependencies: [.product(name: "Yams", package: "Yams"), .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // One rule per file; the registry of all rules is generated at build time so that
        // adding a rule touches exactly one new file.
        .target(name: "Rules", dependencies: ["DocLint"], plugins: ["RuleRegistryPlugin"]),
        .executableTarget(name: "RuleRegistryGenerator"),
        .plugin(name: "RuleRegistryPlugin", capability: .buildTool(), dependencies: ["RuleRegistryGenerator"]),
        .executableTarget(name: "doclint", dependencies: [
            "DocLint", "Rules",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "DocLintTests", dependencies: ["DocLint", "Rules"], exclude: ["Golden"]),
        .testTarget(name: "RulesTests", dependencies: ["DocLint", "Rules"]),
        .testTarget(name: "CLITests", dependencies: ["doclint", "DocLint"], exclude: ["Golden"]),
    ]
)
