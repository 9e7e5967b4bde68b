// swift-tools-version:6.0
// libFuzzer targets for doclint, built and run by scripts/fuzz.sh (see the README), never by the
// main build. The DocLint and Rules sources are compiled here through symlinks rather than taken
// as a package dependency: `--sanitize=fuzzer` would otherwise instrument and link libFuzzer into
// the rule-registry build tool too, whose own `main` then clashes. scripts/fuzz.sh writes the
// registry the build plugin would generate into Sources/Rules/.
import PackageDescription

let package = Package(
    name: "doclint-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .target(name: "DocLint", dependencies: [.product(name: "Yams", package: "Yams"), .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "Rules", dependencies: ["DocLint"]),
        // What the targets check of every finding (locations inside the original text).
        .target(name: "FuzzSupport", dependencies: ["DocLint"]),
        // The text loader, parser, every rule and --fix on arbitrary bytes.
        .executableTarget(name: "FuzzDocument", dependencies: ["DocLint", "Rules", "FuzzSupport"]),
        // rules.yml on arbitrary text.
        .executableTarget(name: "FuzzConfig", dependencies: ["DocLint", "Rules"]),
        // The .docx reader (ZIP + XML) and every rule on arbitrary bytes.
        .executableTarget(name: "FuzzDocx", dependencies: ["DocLint", "Rules"]),
        // The diacritics restorer on arbitrary text: lines, originals and columns kept.
        .executableTarget(name: "FuzzRestore", dependencies: ["DocLint", "Rules", "FuzzSupport"]),
    ]
)
