import DocLint
import Foundation
import Rules

let linter = Linter(rules: allRuleTypes, today: CivilDate(year: 2026, month: 6, day: 15)!)
let configuration = Configuration()

/// Any bytes as a .docx: an input error or a checked document, never a crash or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocx(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard case .success(let source) = DocxLoader.load(data: Data(bytes: data, count: size), path: "fuzz.docx") else { return 0 }
    _ = linter.lint(source, configuration: configuration)
    return 0
}
