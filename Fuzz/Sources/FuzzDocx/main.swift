import DocLint
import Foundation
import Rules

let linter = Linter(rules: allRuleTypes, today: CivilDate(year: 2026, month: 6, day: 15)!)
let configuration = Configuration()
let options = DocxReview.Options(date: Date(timeIntervalSince1970: 0))

/// Any bytes as a .docx: an input error or a checked document, never a crash or a hang. A document
/// that reads is also reviewed (a comment per finding, the fixes as tracked changes, as
/// `--fix --annotate` writes it): the copy must read back, and with comments only its text must be
/// the original's. An input that starts with "<" is taken as document.xml and packaged here: a
/// mutated ZIP rarely passes its CRC, so the XML is where the reader and the writer get explored.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocx(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var bytes = Data(bytes: data, count: size)
    if bytes.first == UInt8(ascii: "<") {
        guard let package = try? DocxBuilder.zip([("word/document.xml", bytes)]) else { return 0 }
        bytes = package
    }
    guard case .success(let source) = DocxLoader.load(data: bytes, path: "fuzz.docx") else { return 0 }
    let findings = linter.lint(source, configuration: configuration)
    do {
        let commented = try linter.reviewDocx(data: bytes, source: source, configuration: configuration, comments: findings,
                                              fixes: false, includeUnsafe: false, options: options)
        guard case .success(let reread) = DocxLoader.load(data: commented.data, path: "fuzz.docx") else { fatalError("the commented copy does not read back") }
        guard reread.lines.map(\.original) == source.lines.map(\.original) else { fatalError("comments changed the document's text") }
        _ = try linter.reviewDocx(data: bytes, source: source, configuration: configuration, comments: findings,
                                  fixes: true, includeUnsafe: true, options: options)
    } catch DocxReview.Failure.unreadablePart {
        // A damaged part the checker did not need (a corrupt [Content_Types].xml): a clear error.
    } catch DocxReview.Failure.textWouldChange {
        // XML the reader's parser recovers from in its own way: the writer refuses rather than write
        // a copy whose text is not the clerk's.
    } catch {
        fatalError("a .docx that reads could not be reviewed: \(error)")
    }
    return 0
}
