import ArgumentParser
import DocLint
import Foundation
import Rules

struct Dump: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "In mô hình văn bản đã phân tích. / Print the parsed document model.")

    @Argument(help: "Tệp văn bản.")
    var file: String

    @Option(name: .long, help: "json (mặc định).")
    var format: String = "json"

    @Flag(name: .long, help: "In văn bản đã kiểm tra kèm số dòng. / Print the checked text with line numbers.")
    var text = false

    @Flag(name: .long, help: "Với --text: in văn bản OCR đã khôi phục dấu (văn bản khác in nguyên). / With --text: print OCR text with its diacritics restored (other text as it is).")
    var restored = false

    @OptionGroup var shared: Shared

    func validate() throws {
        try shared.validateLanguage()
        guard format == "json" else { throw ValidationError("--format: json") }
        guard !restored || text else { throw ValidationError("--restored: dùng cùng --text / use with --text") }
    }

    func run() async throws {
        switch TextLoader.load(path: file) {
        case .failure(let error):
            writeError(error.message(shared.language))
            throw ExitCode(Exit.inputError)
        case .success(let source):
            if text {
                writeOut(DocumentDump.text(restored ? DocumentParser.parse(source).source : source))
            } else {
                writeOut(DocumentDump.json(DocumentParser.parse(source)))
            }
        }
    }
}
