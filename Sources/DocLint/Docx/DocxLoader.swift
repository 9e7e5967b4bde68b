import Foundation

/// Turns a .docx into the text view the parser understands — one paragraph per line, table cells
/// as lines (so the header table's two columns become separate lines), footnotes after a separator
/// line at the end — plus the layout the page and type rules check. Line N is paragraph N.
public enum DocxLoader {
    public static func load(path: String) -> Result<SourceText, InputError> {
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if let size = attributes[.size] as? NSNumber, size.intValue > DocxArchive.maximumFileSize {
                return .failure(.docx(path: path, reason: "tệp lớn hơn \(DocxArchive.maximumFileSize >> 20) MB"))
            }
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            return .failure(.unreadable(path: path, reason: error.localizedDescription))
        }
        return load(data: data, path: path)
    }

    public static func load(data: Data, path: String) -> Result<SourceText, InputError> {
        do {
            return .success(try read(data: data, path: path))
        } catch let failure as DocxArchive.Failure {
            switch failure {
            case .notZip: return .failure(.docx(path: path, reason: "không phải tệp Word .docx (không đọc được dạng ZIP)"))
            case .tooLarge(let reason): return .failure(.docx(path: path, reason: reason))
            case .bomb(let reason): return .failure(.docx(path: path, reason: "nghi là “bom nén”, từ chối đọc: \(reason)"))
            case .missing(let part): return .failure(.docx(path: path, reason: "thiếu phần \(part)"))
            case .corrupt(let reason): return .failure(.docx(path: path, reason: "tệp hỏng: \(reason)"))
            }
        } catch let refused as DocxXML.Refused {
            return .failure(.docx(path: path, reason: refused.reason))
        } catch {
            return .failure(.docx(path: path, reason: "\(error)"))
        }
    }

    static func parse<H: DepthLimitedDelegate>(_ archive: inout DocxArchive, _ part: String, _ handler: H) throws -> H? {
        guard let data = try archive.read(part) else { return nil }
        try DocxXML.parse(data, part: part, delegate: handler)
        return handler
    }

    static func read(data: Data, path: String) throws -> SourceText {
        var archive = try DocxArchive(data: data)
        guard archive.has("word/document.xml") else { throw DocxArchive.Failure.missing("word/document.xml") }
        var styles = try parse(&archive, "word/styles.xml", StylesHandler())?.styles ?? DocxStyles()
        if let theme = try parse(&archive, "word/theme/theme1.xml", ThemeHandler()) { styles.majorFont = theme.major; styles.minorFont = theme.minor }
        let relationships = try parse(&archive, "word/_rels/document.xml.rels", RelationshipsHandler())?.targets ?? [:]
        guard let body = try parse(&archive, "word/document.xml", DocxBodyHandler()) else { throw DocxArchive.Failure.missing("word/document.xml") }
        let footnotes = body.footnoteOrder.isEmpty ? nil : try parse(&archive, "word/footnotes.xml", DocxBodyHandler(footnotes: true))

        var layout = DocxLayout()
        var lines: [String] = []
        // Body paragraphs and sections.
        var sectionStart = 0
        func pageNumber(_ raw: DocxBodyHandler.RawSection) throws -> DocxLayout.PageNumber? {
            for (place, id) in [(DocxLayout.PageNumber.Place.header, raw.headerDefault), (.footer, raw.footerDefault)] {
                guard let id, let target = relationships[id],
                      let handler = try parse(&archive, target, HeaderFooterHandler()), let alignment = handler.pageFieldAlignment else { continue }
                return DocxLayout.PageNumber(place: place, alignment: alignment)
            }
            return nil
        }
        var headerCache: [String: DocxLayout.PageNumber?] = [:]
        func addSection(_ raw: DocxBodyHandler.RawSection, endingAt line: Int) throws {
            var section = raw.section
            section.firstLine = sectionStart
            let key = "\(raw.headerDefault ?? "-")|\(raw.footerDefault ?? "-")"
            if let cached = headerCache[key] { section.pageNumber = cached } else {
                let found = try pageNumber(raw); headerCache[key] = found; section.pageNumber = found
            }
            layout.sections.append(section)
            sectionStart = line + 1
        }
        var resolved: [ResolveKey: DocxStyles.Resolved] = [:]
        for raw in body.paragraphs {
            let line = lines.count
            lines.append(String(raw.text))
            layout.paragraphs.append(paragraphLayout(raw, line: line, styles: styles, cache: &resolved))
            if let section = raw.section { try addSection(section, endingAt: line) }
        }
        try addSection(body.finalSection ?? DocxBodyHandler.RawSection(), endingAt: max(0, lines.count - 1))
        layout.bodyParagraphCount = lines.count

        // Footnotes: a separator line, then "n text" per footnote, in the order they are cited.
        if let footnotes {
            lines.append("__________")
            for (index, id) in body.footnoteOrder.enumerated() {
                let text = footnotes.paragraphs.filter { $0.footnoteID == id }.map { String($0.text).trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
                lines.append("\(index + 1) \(text)")
            }
        }
        if let app = try archive.read("docProps/app.xml"), let text = String(data: app, encoding: .utf8),
           let open = text.range(of: "<Pages>"), let close = text.range(of: "</Pages>", range: open.upperBound..<text.endIndex) {
            layout.savedPageCount = Int(text[open.upperBound..<close.lowerBound])
        }
        var source = SourceText(path: path, lines: SourceText.splitLines(validUTF8: Array(lines.joined(separator: "\n").utf8) + [0x0A]))
        source.layout = layout
        return source
    }

    struct ResolveKey: Hashable { let run: DocxStyles.Properties; let characterStyle: String?; let paragraphStyle: String? }

    /// Runs repeat the same few property sets thousands of times: resolve each once.
    static func paragraphLayout(_ raw: DocxBodyHandler.RawParagraph, line: Int, styles: DocxStyles,
                                cache: inout [ResolveKey: DocxStyles.Resolved]) -> DocxLayout.Paragraph {
        let runs = raw.runs.map { run -> DocxLayout.Run in
            let key = ResolveKey(run: run.properties, characterStyle: run.characterStyle, paragraphStyle: raw.style)
            let resolved = cache[key] ?? styles.resolve(run: run.properties, characterStyle: run.characterStyle, paragraphStyle: raw.style)
            cache[key] = resolved
            return DocxLayout.Run(start: run.start, end: run.end, font: resolved.font, fontSource: resolved.fontSource,
                                  size: resolved.size, bold: resolved.bold, italic: resolved.italic, underline: resolved.underline)
        }
        let alignment = raw.alignment ?? styles.chain(raw.style ?? styles.defaultParagraphStyle).lazy.compactMap { $0.1.alignment }.first
        let properties = styles.resolve(paragraph: raw.properties, style: raw.style)
        return DocxLayout.Paragraph(line: line, runs: runs, alignment: alignment, style: raw.style.flatMap { styles.styles[$0]?.name } ?? raw.style, inTable: raw.inTable,
                                    spacingBefore: properties.before, spacingAfter: properties.after,
                                    lineSpacing: properties.line, lineRule: properties.lineRule, firstLineIndent: properties.firstLine,
                                    contextualSpacing: properties.contextualSpacing ?? false, numbered: properties.numbered ?? false,
                                    bottomBorder: properties.bottomBorder ?? false, drawnLines: raw.drawnLines)
    }
}
