import DocLint
import Rules

let descriptions = allRuleTypes.map { $0.description }

/// Any text as rules.yml: a configuration or a located error, never a crash or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfig(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        let configuration = try Configuration.parse(text, path: "rules.yml", rules: descriptions)
        _ = configuration.rules(for: "van-ban/cv-01.txt")
        _ = configuration.isExcluded("van-ban/cv-01.txt")
    } catch let error as ConfigurationError {
        guard error.line >= 0, error.column >= 0 else { fatalError("error without a location: \(error)") }
    }
    return 0
}
