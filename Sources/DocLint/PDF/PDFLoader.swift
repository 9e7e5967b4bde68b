import Foundation

/// Reads a PDF into one text view: the text layer of a born-digital PDF through poppler's
/// `pdftotext -layout`, which keeps the two header columns side by side on one line as the parser
/// reads flattened layouts; a page without a text layer (a scan) through Tesseract with its
/// Vietnamese data (`ScanReader`, `ScanMending`). Each line remembers its page, so that findings
/// say "trang 2".
///
/// The tools run as separate processes under a time limit and a memory cap, and a PDF beyond
/// `maximumPages` is refused: a hostile file ends with a clear input error, never a hang.
public enum PDFLoader {
    /// Pages read at most (DOCLINT_PDF_MAX_PAGES overrides): an issued document is a few pages.
    public static var maximumPages: Int {
        ProcessInfo.processInfo.environment["DOCLINT_PDF_MAX_PAGES"].flatMap(Int.init) ?? 200
    }
    static let secondsPerTool: Double = 60
    /// Address space for poppler and Tesseract, in kB.
    static let memoryLimitKB = 2_000_000
    /// A page with fewer visible characters than this holds no text layer worth reading.
    static let scannedPageCharacters = 40

    /// A PDF file that exists (`TextLoader.load` checks that and chooses the loader).
    static func load(path: String) -> Result<SourceText, InputError> {
        guard let pdftotext = Tool.find("pdftotext"), let pdfinfo = Tool.find("pdfinfo") else {
            return .failure(.pdf(path: path, reason: "cần pdftotext và pdfinfo (gói Debian poppler-utils: apt-get install poppler-utils)"))
        }
        let file = Tool.argument(path)
        // Pages and encryption first: a PDF of 10,000 pages is refused before it is read.
        let info = Tool.run(pdfinfo, [file], seconds: 20, memoryKB: memoryLimitKB)
        guard info.status == 0 else { return .failure(.pdf(path: path, reason: Tool.reason(info, fallback: "pdfinfo không đọc được tệp"))) }
        let infoText = String(decoding: info.output, as: UTF8.self)
        let pages = infoText.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) } ?? 0
        guard pages > 0 else { return .failure(.pdf(path: path, reason: "tệp PDF không có trang nào")) }
        guard pages <= maximumPages else {
            return .failure(.pdf(path: path, reason: "tệp có \(pages) trang, quá giới hạn \(maximumPages) trang (đặt DOCLINT_PDF_MAX_PAGES để đọc nhiều hơn)"))
        }
        let text = Tool.run(pdftotext, ["-layout", "-enc", "UTF-8", "-eol", "unix", file, "-"], seconds: secondsPerTool, memoryKB: memoryLimitKB)
        guard text.status == 0 else { return .failure(.pdf(path: path, reason: Tool.reason(text, fallback: "pdftotext không đọc được tệp"))) }
        var pageTexts = String(decoding: text.output, as: UTF8.self).components(separatedBy: "\u{0C}")
        if pageTexts.count > pages { pageTexts.removeLast(pageTexts.count - pages) }
        // Pages without a text layer are scans: read them with OCR, or say what is missing.
        let scanned = pageTexts.indices.filter { pageTexts[$0].unicodeScalars.count(where: { !$0.properties.isWhitespace }) < scannedPageCharacters }
        if !scanned.isEmpty {
            switch ScanReader.readPDFPages(path: path, pages: scanned.map { $0 + 1 }) {
            case .failure(let failure): return .failure(.pdf(path: path, reason: failure.reason))
            case .success(let readings):
                for (page, reading) in zip(scanned, readings) { pageTexts[page] = ScanMending.mend(reading.text) }
                // One unsure page makes the whole text OCR text: it is judged as one document.
                return assemble(pageTexts, path: path, fromOCR: readings.contains { !$0.isConfident })
            }
        }
        return assemble(pageTexts, path: path, fromOCR: false)
    }

    /// The pages as one text, each line with its page (1-based).
    static func assemble(_ pageTexts: [String], path: String, fromOCR: Bool) -> Result<SourceText, InputError> {
        var lines: [String] = [], pages: [Int] = []
        for (index, page) in pageTexts.enumerated() {
            var pageLines = page.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
            while pageLines.last?.isEmpty == true { pageLines.removeLast() }
            lines += pageLines
            pages += Array(repeating: index + 1, count: pageLines.count)
        }
        switch TextLoader.decode(bytes: Array((lines.joined(separator: "\n") + "\n").utf8), path: path) {
        case .failure(let error): return .failure(error)
        case .success(var source):
            source.pages = pages
            source.isOCRText = fromOCR
            return .success(source)
        }
    }
}

/// External programs (poppler, Tesseract) run with a time limit, a memory cap and their output
/// bounded; stdin closed.
enum Tool {
    struct Outcome { let status: Int32; let output: [UInt8]; let errors: String }
    static let maximumOutput = 64 * 1024 * 1024

    /// A path as an argument: one starting with "-" would read as an option.
    static func argument(_ path: String) -> String { path.hasPrefix("-") ? "./" + path : path }

    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs `executable` through `sh -c 'ulimit -v …; exec "$0" "$@"'` (the arguments are never
    /// interpreted by the shell) and kills it when `seconds` pass.
    static func run(_ executable: String, _ arguments: [String], seconds: Double, memoryKB: Int) -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -v \(memoryKB) 2>/dev/null; exec \"$0\" \"$@\"", executable] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["OMP_THREAD_LIMIT"] = environment["OMP_THREAD_LIMIT"] ?? "2"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return Outcome(status: 127, output: [], errors: "\(error)") }
        // Killed when time is up; the error pipe is drained on another thread, so that a tool
        // filling it never blocks while stdout is read here.
        let timedOut = Locked(false), errors = Locked(Data())
        let watchdog = DispatchWorkItem { if process.isRunning { timedOut.value = true; process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: watchdog)
        let drained = DispatchGroup()
        DispatchQueue.global().async(group: drained) { errors.value = err.fileHandleForReading.readDataToEndOfFile() }
        var output: [UInt8] = []
        while true {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            if output.count < maximumOutput { output += chunk.prefix(maximumOutput - output.count) }
        }
        process.waitUntilExit()
        watchdog.cancel()
        drained.wait()
        if timedOut.value { return Outcome(status: 124, output: [], errors: "quá \(Int(seconds)) giây") }
        return Outcome(status: process.terminationStatus, output: output, errors: String(decoding: errors.value, as: UTF8.self))
    }

    /// A value the watchdog or the draining thread writes and `run` reads.
    final class Locked<Value>: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: Value
        init(_ value: Value) { stored = value }
        var value: Value {
            get { lock.withLock { stored } }
            set { lock.withLock { stored = newValue } }
        }
    }

    /// A short reason from a failed run: the tool's first error line.
    static func reason(_ outcome: Outcome, fallback: String) -> String {
        if outcome.status == 124 { return "\(fallback): \(outcome.errors)" }
        let first = outcome.errors.split(separator: "\n").first.map(String.init) ?? ""
        if first.localizedCaseInsensitiveContains("password") || first.localizedCaseInsensitiveContains("encrypt") {
            return "tệp PDF được mã hóa bằng mật khẩu; hãy gỡ mật khẩu rồi kiểm tra lại (\(first))"
        }
        return first.isEmpty ? fallback : "\(fallback) (\(first))"
    }
}
