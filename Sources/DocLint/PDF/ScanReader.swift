import Foundation

/// Scans — PDF pages without a text layer, and images — read with Tesseract and its Vietnamese
/// data (Debian `tesseract-ocr`, `tesseract-ocr-vie`); PDF pages rendered at 300 dpi by poppler's
/// `pdftoppm` first. What Tesseract reads is cached by the file's content hash in the user's cache
/// directory (`$XDG_CACHE_HOME/doclint/ocr`, else `~/.cache/doclint/ocr`), so a scan is read
/// once; DOCLINT_NO_CACHE=1 (or `--no-cache`) reads it again. Text that still comes out damaged
/// goes through the OCR restoration like any other OCR text.
public enum ScanReader {
    struct ScanFailure: Error { let reason: String }

    public static let imageExtensions: Set<String> = ["png", "jpg", "jpeg", "tif", "tiff"]
    static let dpi = 300
    /// Seconds for one page (rendering or recognition).
    static let secondsPerPage: Double = 120
    /// Pixels at most in one image (a 100-megapixel image is refused, not read).
    static let maximumPixels = 60_000_000
    static let missingTesseract = "trang quét (không có lớp chữ) cần Tesseract với dữ liệu tiếng Việt (gói Debian tesseract-ocr và tesseract-ocr-vie: apt-get install tesseract-ocr tesseract-ocr-vie)"

    public static func isImage(_ path: String) -> Bool {
        imageExtensions.contains((path as NSString).pathExtension.lowercased())
    }

    /// An image file as one page of text.
    public static func loadImage(path: String) -> Result<SourceText, InputError> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .failure(.notFound(path: path)) }
        if isDirectory.boolValue { return .failure(.unreadable(path: path, reason: "là thư mục")) }
        switch recognise(image: path, cacheKey: contentKey(path).map { "\($0)-image" }) {
        case .failure(let failure): return .failure(.pdf(path: path, reason: failure.reason))
        case .success(let text): return PDFLoader.assemble([text], path: path, fromOCR: true)
        }
    }

    /// The given pages (1-based) of a PDF, rendered and recognised.
    static func readPDFPages(path: String, pages: [Int]) -> Result<[String], ScanFailure> {
        guard let pdftoppm = Tool.find("pdftoppm") else { return .failure(ScanFailure(reason: "cần pdftoppm (gói Debian poppler-utils)")) }
        guard Tool.find("tesseract") != nil else { return .failure(ScanFailure(reason: missingTesseract)) }
        let key = contentKey(path)
        var texts: [String] = []
        for page in pages {
            let cacheKey = key.map { "\($0)-p\(page)" }
            if let cacheKey, let cached = cached(cacheKey) { texts.append(cached); continue }
            let work = FileManager.default.temporaryDirectory.appendingPathComponent("doclint-scan-\(UUID().uuidString)")
            try? FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: work) }
            let prefix = work.appendingPathComponent("page").path
            let rendered = Tool.run(pdftoppm, ["-r", "\(dpi)", "-gray", "-png", "-singlefile", "-f", "\(page)", "-l", "\(page)", path, prefix],
                                    seconds: secondsPerPage, memoryKB: PDFLoader.memoryLimitKB)
            guard rendered.status == 0 else { return .failure(ScanFailure(reason: Tool.reason(rendered, fallback: "pdftoppm không dựng được trang \(page)"))) }
            switch recognise(image: prefix + ".png", cacheKey: cacheKey) {
            case .failure(let failure): return .failure(failure)
            case .success(let text): texts.append(text)
            }
        }
        return .success(texts)
    }

    /// Tesseract's text of one image (automatic page segmentation: the header's two columns come
    /// out as two blocks, which the parser reads as a header in any order).
    static func recognise(image: String, cacheKey: String?) -> Result<String, ScanFailure> {
        if let cacheKey, let cached = cached(cacheKey) { return .success(cached) }
        guard let tesseract = Tool.find("tesseract") else { return .failure(ScanFailure(reason: missingTesseract)) }
        if let pixels = pixelCount(image), pixels > maximumPixels {
            return .failure(ScanFailure(reason: "ảnh quá lớn (\(pixels / 1_000_000) megapixel, giới hạn \(maximumPixels / 1_000_000))"))
        }
        let read = Tool.run(tesseract, [image, "stdout", "-l", "vie", "--psm", "3", "-c", "preserve_interword_spaces=1"], seconds: secondsPerPage, memoryKB: PDFLoader.memoryLimitKB)
        guard read.status == 0 else {
            if read.errors.contains("vie.traineddata") || read.errors.contains("Failed loading language") { return .failure(ScanFailure(reason: missingTesseract)) }
            return .failure(ScanFailure(reason: Tool.reason(read, fallback: "Tesseract không đọc được ảnh")))
        }
        let text = String(decoding: read.output, as: UTF8.self)
        if let cacheKey { store(text, cacheKey) }
        return .success(text)
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
        let outcome = Tool.run(sha256sum, [path], seconds: 60, memoryKB: PDFLoader.memoryLimitKB)
        guard outcome.status == 0, let hash = String(decoding: outcome.output, as: UTF8.self).split(separator: " ").first, hash.count == 64 else { return nil }
        return "\(hash)-\(dpi)dpi-vie"
    }

    static func cached(_ key: String) -> String? {
        guard let directory = cacheDirectory else { return nil }
        return try? String(contentsOf: directory.appendingPathComponent(key + ".txt"), encoding: .utf8)
    }

    static func store(_ text: String, _ key: String) {
        guard let directory = cacheDirectory else { return }
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // Written aside and renamed: a parallel run never reads half a file.
        let target = directory.appendingPathComponent(key + ".txt")
        let temporary = directory.appendingPathComponent(key + ".\(UUID().uuidString).tmp")
        guard (try? text.write(to: temporary, atomically: false, encoding: .utf8)) != nil else { return }
        if rename(temporary.path, target.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
    }
}
