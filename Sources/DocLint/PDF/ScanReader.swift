import Foundation

/// Scans — PDF pages without a text layer, and images — read with Tesseract and its Vietnamese
/// data (Debian `tesseract-ocr`, `tesseract-ocr-vie`); PDF pages rendered at 300 dpi by poppler's
/// `pdftoppm` first. What Tesseract reads is cached by the file's content hash in the user's cache
/// directory (`$XDG_CACHE_HOME/doclint/ocr`, else `~/.cache/doclint/ocr`), so a scan is read
/// once; DOCLINT_NO_CACHE=1 (or `--no-cache`) reads it again. Tesseract's misreadings that no
/// writer makes are undone (`ScanMending`); a page Tesseract read with confidence is then judged
/// like typed text, a page it was unsure of as OCR text (restored, typography rules stepping back),
/// and text that still looks damaged is restored like any other.
public enum ScanReader {
    struct ScanFailure: Error { let reason: String }

    public static let imageExtensions: Set<String> = ["png", "jpg", "jpeg", "tif", "tiff"]
    static let dpi = 300
    /// Seconds for one page (rendering or recognition).
    static let secondsPerPage: Double = 120
    /// Pixels at most in one image (a 100-megapixel image is refused, not read).
    static let maximumPixels = 60_000_000
    static let missingTesseract = "trang quét (không có lớp chữ) cần Tesseract với dữ liệu tiếng Việt (gói Debian tesseract-ocr và tesseract-ocr-vie: apt-get install tesseract-ocr tesseract-ocr-vie)"

    /// An image file that exists as one page of text (`TextLoader.load` checks and chooses).
    static func loadImage(path: String) -> Result<SourceText, InputError> {
        switch recognise(image: path, cacheKey: contentKey(path).map { "\($0)-image" }) {
        case .failure(let failure): return .failure(.pdf(path: path, reason: failure.reason))
        case .success(let reading): return PDFLoader.assemble([ScanMending.mend(reading.text)], path: path, fromOCR: !reading.isConfident)
        }
    }

    /// The given pages (1-based) of a PDF, rendered and recognised.
    static func readPDFPages(path: String, pages: [Int]) -> Result<[Reading], ScanFailure> {
        guard let pdftoppm = Tool.find("pdftoppm") else { return .failure(ScanFailure(reason: "cần pdftoppm (gói Debian poppler-utils)")) }
        // (Tesseract is looked for only when a page is not in the cache.)
        let key = contentKey(path)
        var texts: [Reading] = []
        for page in pages {
            let cacheKey = key.map { "\($0)-p\(page)" }
            if let cacheKey, let cached = cached(cacheKey) { texts.append(cached); continue }
            let work = FileManager.default.temporaryDirectory.appendingPathComponent("doclint-scan-\(UUID().uuidString)")
            try? FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: work) }
            let prefix = work.appendingPathComponent("page").path
            let rendered = Tool.run(pdftoppm, ["-r", "\(dpi)", "-gray", "-png", "-singlefile", "-f", "\(page)", "-l", "\(page)", Tool.argument(path), prefix],
                                    seconds: secondsPerPage, memoryKB: PDFLoader.memoryLimitKB)
            guard rendered.status == 0 else { return .failure(ScanFailure(reason: Tool.reason(rendered, fallback: "pdftoppm không dựng được trang \(page)"))) }
            switch recognise(image: prefix + ".png", cacheKey: cacheKey) {
            case .failure(let failure): return .failure(failure)
            case .success(let reading): texts.append(reading)
            }
        }
        return .success(texts)
    }

    /// What Tesseract read on one page, and how sure it was.
    struct Reading {
        let text: String
        /// Tesseract's mean word confidence (0–100), weighted by word length.
        let confidence: Double
        /// Below this the reading is judged as OCR text (restored, typography rules stepping back);
        /// at or above it, after `ScanMending`, like typed text. Clean 300 dpi pages read at 93–96,
        /// pages whose marks Tesseract could not make out at 70–80.
        static let confidentFrom = 90.0
        var isConfident: Bool { confidence >= Reading.confidentFrom }
    }

    /// Tesseract's text of one image (automatic page segmentation, the gaps between the header's
    /// columns kept as spaces) and its confidence, from the TSV written in the same run.
    static func recognise(image: String, cacheKey: String?) -> Result<Reading, ScanFailure> {
        if let cacheKey, let cached = cached(cacheKey) { return .success(cached) }
        guard let tesseract = Tool.find("tesseract") else { return .failure(ScanFailure(reason: missingTesseract)) }
        if let pixels = pixelCount(image), pixels > maximumPixels {
            return .failure(ScanFailure(reason: "ảnh quá lớn (\(pixels / 1_000_000) megapixel, giới hạn \(maximumPixels / 1_000_000))"))
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("doclint-ocr-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let base = work.appendingPathComponent("page").path
        let read = Tool.run(tesseract, [Tool.argument(image), base, "-l", "vie", "--psm", "3", "-c", "preserve_interword_spaces=1", "txt", "tsv"],
                            seconds: secondsPerPage, memoryKB: PDFLoader.memoryLimitKB)
        guard read.status == 0, let text = try? String(contentsOfFile: base + ".txt", encoding: .utf8) else {
            if read.errors.contains("vie.traineddata") || read.errors.contains("Failed loading language") { return .failure(ScanFailure(reason: missingTesseract)) }
            return .failure(ScanFailure(reason: Tool.reason(read, fallback: "Tesseract không đọc được ảnh")))
        }
        let reading = Reading(text: text, confidence: confidence(tsv: (try? String(contentsOfFile: base + ".tsv", encoding: .utf8)) ?? ""))
        if let cacheKey { store(reading, cacheKey) }
        return .success(reading)
    }

    /// The mean confidence of the words of Tesseract's TSV (level 5 rows), weighted by length.
    static func confidence(tsv: String) -> Double {
        var weighted = 0.0, letters = 0
        for row in tsv.split(separator: "\n").dropFirst() {
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 12, fields[0] == "5", let confidence = Double(fields[10]), confidence >= 0 else { continue }
            let length = fields[11].trimmingCharacters(in: .whitespaces).count
            weighted += confidence * Double(length)
            letters += length
        }
        return letters == 0 ? 0 : weighted / Double(letters)
    }

    /// Width × height from a PNG's header; nil for other formats (Tesseract's own limits apply).
    static func pixelCount(_ path: String) -> Int? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let head = [UInt8](handle.readData(ofLength: 24))
        guard head.count == 24, head[0..<8].elementsEqual([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { return nil }
        func be(_ at: Int) -> Int { head[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return be(16) * be(20)
    }

    // MARK: - Cache

    static var cacheDirectory: URL? {
        guard ProcessInfo.processInfo.environment["DOCLINT_NO_CACHE"] != "1" else { return nil }
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_CACHE_HOME"].map { URL(fileURLWithPath: $0) }
            ?? environment["HOME"].map { URL(fileURLWithPath: $0).appendingPathComponent(".cache") }
        return base?.appendingPathComponent("doclint/ocr")
    }

    /// The SHA-256 of the file's bytes (coreutils' sha256sum), with the reader's settings.
    static func contentKey(_ path: String) -> String? {
        guard cacheDirectory != nil, let sha256sum = Tool.find("sha256sum") else { return nil }
        let outcome = Tool.run(sha256sum, [Tool.argument(path)], seconds: 60, memoryKB: PDFLoader.memoryLimitKB)
        guard outcome.status == 0, let hash = String(decoding: outcome.output, as: UTF8.self).split(separator: " ").first, hash.count == 64 else { return nil }
        return "\(hash)-\(dpi)dpi-vie"
    }

    /// A cached reading: its confidence on the first line, then the text.
    static func cached(_ key: String) -> Reading? {
        guard let directory = cacheDirectory,
              let stored = try? String(contentsOf: directory.appendingPathComponent(key + ".txt"), encoding: .utf8),
              let newline = stored.firstIndex(of: "\n"), stored.hasPrefix("confidence "),
              let confidence = Double(stored[stored.index(stored.startIndex, offsetBy: 11)..<newline]) else { return nil }
        return Reading(text: String(stored[stored.index(after: newline)...]), confidence: confidence)
    }

    static func store(_ reading: Reading, _ key: String) {
        guard let directory = cacheDirectory else { return }
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // Written aside and renamed: a parallel run never reads half a file.
        let target = directory.appendingPathComponent(key + ".txt")
        let temporary = directory.appendingPathComponent(key + ".\(UUID().uuidString).tmp")
        guard (try? ("confidence \(reading.confidence)\n" + reading.text).write(to: temporary, atomically: false, encoding: .utf8)) != nil else { return }
        if rename(temporary.path, target.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
    }
}
