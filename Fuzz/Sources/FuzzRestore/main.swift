import DocLint
import FuzzSupport
import Rules

let linter = Linter(rules: allRuleTypes, today: CivilDate(year: 2026, month: 6, day: 15)!)
let configuration = Configuration()

/// Any bytes through the diacritics restorer, whether or not they read as OCR text: it keeps
/// every line and its original text, and every column of the restored view maps into the original
/// line, in order (a word restored to another length maps onto the word it replaced); the restored
/// view parses and lints with every location inside the original.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRestore(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard case .success(let source) = TextLoader.decode(bytes: bytes, path: "fuzz.txt") else { return 0 }
    let (restored, unmended) = OCRRestorer.restoreMeasured(source)
    guard restored.lines.count == source.lines.count, (0...1).contains(unmended) else { fatalError("lines lost or share out of range") }
    for (before, after) in zip(source.lines, restored.lines) {
        guard after.original == before.original, after.number == before.number, after.originalScalarCount == before.originalScalarCount else {
            fatalError("line \(before.number): the restored line changed its original")
        }
        var previous = 1
        for column in 0...after.scalars.count {
            let mapped = after.originalColumn(column)
            guard mapped >= previous, mapped <= before.originalScalarCount + 1 else {
                fatalError("line \(before.number): column \(column) maps to \(mapped), out of order or outside the original")
            }
            previous = mapped
        }
        // A line the restorer left alone keeps exactly the original's map.
        if after.text == before.text {
            for column in 0...after.scalars.count where after.originalColumn(column) != before.originalColumn(column) {
                fatalError("line \(before.number): column \(column) maps elsewhere though nothing was restored")
            }
        }
    }
    let document = DocumentParser.parse(restored)
    for diagnostic in linter.lint(document, configuration: configuration) { FuzzCheck.inside(diagnostic, source) }
    return 0
}
