import DocLint
import FuzzSupport
import Rules

let linter = Linter(rules: allRuleTypes, today: CivilDate(year: 2026, month: 6, day: 15)!)
let configuration = Configuration()

/// Any bytes: an input error or diagnostics that point into the text; and for small inputs,
/// `--fix` that is idempotent and keeps the text valid.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocument(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard case .success(let source) = TextLoader.decode(bytes: bytes, path: "fuzz.txt") else { return 0 }
    let document = DocumentParser.parse(source)
    _ = DocumentDump.json(document)
    let diagnostics = linter.lint(document, configuration: configuration)
    for diagnostic in diagnostics { FuzzCheck.inside(diagnostic, source) }
    if size <= 4_096 {
        let once = linter.fix(source, configuration: configuration, includeUnsafe: true)
        if let fixed = once.fixedText {
            guard case .success(let again) = TextLoader.decode(bytes: Array(fixed.utf8), path: "fuzz.txt") else {
                fatalError("--fix produced text that does not load again")
            }
            let twice = linter.fix(again, configuration: configuration, includeUnsafe: true)
            // Fixes run until nothing more applies, so a second run may change nothing.
            if let more = twice.fixedText, !more.utf8.elementsEqual(fixed.utf8) { fatalError("--fix is not idempotent") }
        }
    }
    return 0
}
