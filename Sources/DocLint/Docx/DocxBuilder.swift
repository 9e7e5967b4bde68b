import Foundation
import ZIPFoundation

/// Writes small, valid .docx files from a plain-text spec, for rule examples, tests and fixtures.
/// Each spec line is a paragraph, except directives:
///
///     @page 210 297          page size in mm (default A4 portrait)     @landscape
///     @margins 20 20 30 15   top bottom left right in mm (default)     @section  (ends a section)
///     @font Times New Roman  the document default font                 @size 14  (default size, pt)
///     @theme-font Calibri    the default font comes from the theme (minorHAnsi)
///     @page-number header center   (or footer/left/right)               @title-page   @pages 3
///     @table / @cell / @end-table  a one-row borderless table; @cell starts the next cell
///     @footnote 1 Kế hoạch số …    footnote text; cite it with [^1] in a paragraph
///     @paragraphs after=6 line=1 indent=1.27   paragraph defaults (w:pPrDefault), as below
///
/// A paragraph may start with properties: `{font=Arial size=12 b i u center split}`; `split` cuts
/// the text into many runs (as Word does), `~~x~~` is tracked-deleted text, `++x++` tracked-inserted.
/// Paragraph layout: `before=PT after=PT line=1.5` (auto, in lines) or `exact=PT`, `indent=CM`
/// (first line; `hanging=CM`), `border` (a bottom border), `drawn=MM` (a drawn line that long in a
/// run of its own), `list` (a numbered-list paragraph).
public enum DocxBuilder {
    struct Paragraph {
        var text: String; var font: String?; var size: Double?; var bold = false; var italic = false; var underline = false
        var alignment: String?; var split = false
        var layout: [String: String] = [:]
    }

    /// w:pPr children for `before after line exact indent hanging border list`.
    static func paragraphProperties(_ layout: [String: String]) -> String {
        func twips(_ key: String, _ scale: Double) -> Int? { layout[key].flatMap(Double.init).map { Int(($0 * scale).rounded()) } }
        var xml = ""
        if layout["list"] != nil { xml += "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>" }
        if layout["border"] != nil { xml += "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"auto\"/></w:pBdr>" }
        var spacing = ""
        if let before = twips("before", 20) { spacing += " w:before=\"\(before)\"" }
        if let after = twips("after", 20) { spacing += " w:after=\"\(after)\"" }
        if let line = twips("line", 240) { spacing += " w:line=\"\(line)\" w:lineRule=\"auto\"" }
        if let exact = twips("exact", 20) { spacing += " w:line=\"\(exact)\" w:lineRule=\"exact\"" }
        if !spacing.isEmpty { xml += "<w:spacing\(spacing)/>" }
        if let indent = twips("indent", 1440 / 2.54) { xml += "<w:ind w:firstLine=\"\(indent)\"/>" }
        if let hanging = twips("hanging", 1440 / 2.54) { xml += "<w:ind w:left=\"\(hanging)\" w:hanging=\"\(hanging)\"/>" }
        return xml
    }

    static func layoutPairs(_ text: String) -> [String: String] {
        var layout: [String: String] = [:]
        for token in text.split(separator: " ") {
            let pair = token.split(separator: "=", maxSplits: 1).map(String.init)
            layout[pair[0]] = pair.count > 1 ? pair[1] : ""
        }
        return layout
    }

    public static func build(_ spec: String) throws -> Data {
        var body = ""
        var pageWidth = 210.0, pageHeight = 297.0, landscape = false
        var margins = [20.0, 20.0, 30.0, 15.0]
        var defaultFont: String? = "Times New Roman", themeFont: String?, defaultSize = 14.0
        var pageNumber: (String, String)?
        var titlePage = false
        var pages: Int?
        var footnotes: [(String, String)] = []
        var paragraphDefaults: [String: String] = [:]

        func twips(_ mm: Double) -> Int { Int((mm / 25.4 * 1440).rounded()) }
        func sectionProperties() -> String {
            let (width, height) = landscape ? (pageHeight, pageWidth) : (pageWidth, pageHeight)
            var xml = "<w:sectPr>"
            if pageNumber != nil { xml += "<w:\(pageNumber!.0)Reference w:type=\"default\" r:id=\"rIdPage\"/>" }
            xml += "<w:pgSz w:w=\"\(twips(width))\" w:h=\"\(twips(height))\"\(landscape ? " w:orient=\"landscape\"" : "")/>"
            xml += "<w:pgMar w:top=\"\(twips(margins[0]))\" w:bottom=\"\(twips(margins[1]))\" w:left=\"\(twips(margins[2]))\" w:right=\"\(twips(margins[3]))\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/>"
            if titlePage { xml += "<w:titlePg/>" }
            return xml + "</w:sectPr>"
        }
        var lastParagraphXML: String?
        func flush() { if let last = lastParagraphXML { body += last; lastParagraphXML = nil } }

        for raw in spec.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if raw.hasPrefix("@") {
                let parts = raw.split(separator: " ", maxSplits: 1).map(String.init)
                let argument = parts.count > 1 ? parts[1] : ""
                let numbers = argument.split(separator: " ").compactMap { Double($0) }
                switch parts[0] {
                case "@docx": break
                case "@page": if numbers.count == 2 { pageWidth = numbers[0]; pageHeight = numbers[1] }
                case "@landscape": landscape = true
                case "@margins": if numbers.count == 4 { margins = numbers }
                case "@font": defaultFont = argument; themeFont = nil
                case "@theme-font": themeFont = argument; defaultFont = nil
                case "@size": defaultSize = numbers.first ?? 14
                case "@page-number":
                    let words = argument.split(separator: " ").map(String.init)
                    pageNumber = (words.first ?? "header", words.count > 1 ? words[1] : "center")
                case "@title-page": titlePage = true
                case "@pages": pages = numbers.first.map { Int($0) }
                case "@paragraphs": paragraphDefaults = layoutPairs(argument)
                case "@table": flush(); body += "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tr><w:tc>"
                case "@cell": flush(); body += "</w:tc><w:tc>"
                case "@end-table": flush(); body += "</w:tc></w:tr></w:tbl>"
                case "@section":
                    // The section ends with the previous paragraph: its pPr carries the sectPr.
                    if let last = lastParagraphXML {
                        lastParagraphXML = last.replacingOccurrences(of: "<w:pPr>", with: "<w:pPr>" + sectionProperties())
                    }
                    flush()
                case "@footnote":
                    let words = argument.split(separator: " ", maxSplits: 1).map(String.init)
                    if words.count == 2 { footnotes.append((words[0], words[1])) }
                default: throw CocoaError(.coderReadCorrupt, userInfo: [NSLocalizedDescriptionKey: "unknown directive \(parts[0])"])
                }
                continue
            }
            flush()
            lastParagraphXML = paragraphXML(parseParagraph(raw))
        }
        flush()
        body += sectionProperties()

        var defaults = "<w:rPr>"
        if let defaultFont { defaults += "<w:rFonts w:ascii=\"\(escape(defaultFont))\" w:hAnsi=\"\(escape(defaultFont))\" w:cs=\"\(escape(defaultFont))\"/>" }
        if themeFont != nil { defaults += "<w:rFonts w:asciiTheme=\"minorHAnsi\" w:hAnsiTheme=\"minorHAnsi\"/>" }
        defaults += "<w:sz w:val=\"\(Int(defaultSize * 2))\"/></w:rPr>"
        let paragraphDefaultsXML = paragraphDefaults.isEmpty ? "" : "<w:pPrDefault><w:pPr>\(paragraphProperties(paragraphDefaults))</w:pPr></w:pPrDefault>"

        let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
        var parts: [(String, String)] = [
            ("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>
            """),
            ("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
            """),
            ("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document \(w)><w:body>\(body)</w:body></w:document>"),
            ("word/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles \(w)><w:docDefaults><w:rPrDefault>\(defaults)</w:rPrDefault>\(paragraphDefaultsXML)</w:docDefaults><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style></w:styles>"),
        ]
        var relationships = ""
        if let (place, alignment) = pageNumber {
            let tag = place == "footer" ? "ftr" : "hdr"
            parts.append(("word/\(place)1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:\(tag) \(w)><w:p><w:pPr><w:jc w:val=\"\(alignment)\"/></w:pPr><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE \\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:\(tag)>"))
            relationships += "<Relationship Id=\"rIdPage\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/\(place)\" Target=\"\(place)1.xml\"/>"
        }
        if let themeFont {
            parts.append(("word/theme/theme1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Office\"><a:themeElements><a:fontScheme name=\"Office\"><a:majorFont><a:latin typeface=\"\(escape(themeFont))\"/></a:majorFont><a:minorFont><a:latin typeface=\"\(escape(themeFont))\"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>"))
        }
        if !footnotes.isEmpty {
            var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:footnotes \(w)>"
            xml += "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
            for (id, text) in footnotes { xml += "<w:footnote w:id=\"\(id)\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> \(escape(text))</w:t></w:r></w:p></w:footnote>" }
            parts.append(("word/footnotes.xml", xml + "</w:footnotes>"))
            relationships += "<Relationship Id=\"rIdNotes\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/>"
        }
        parts.append(("word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>\(relationships)</Relationships>"))
        if let pages { parts.append(("docProps/app.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Pages>\(pages)</Pages></Properties>")) }
        return try zip(parts.map { ($0.0, Data($0.1.utf8)) })
    }

    /// A ZIP of the given parts, deflated, in memory.
    public static func zip(_ parts: [(String, Data)], compression: CompressionMethod = .deflate) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: compression) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }

    static func parseParagraph(_ raw: String) -> Paragraph {
        var paragraph = Paragraph(text: raw)
        guard raw.hasPrefix("{"), let close = raw.firstIndex(of: "}") else { return paragraph }
        for token in raw[raw.index(after: raw.startIndex)..<close].split(separator: " ") {
            let pair = token.split(separator: "=", maxSplits: 1).map(String.init)
            switch pair[0] {
            case "font": paragraph.font = pair.count > 1 ? pair[1].replacingOccurrences(of: "_", with: " ") : nil
            case "size": paragraph.size = pair.count > 1 ? Double(pair[1]) : nil
            case "b": paragraph.bold = true
            case "i": paragraph.italic = true
            case "u": paragraph.underline = true
            case "before", "after", "line", "exact", "indent", "hanging", "border", "drawn", "list": paragraph.layout[pair[0]] = pair.count > 1 ? pair[1] : ""
            case "center", "left", "right", "both": paragraph.alignment = pair[0]
            case "split": paragraph.split = true
            default: break
            }
        }
        paragraph.text = String(raw[raw.index(after: close)...])
        return paragraph
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func paragraphXML(_ paragraph: Paragraph) -> String {
        var properties = ""
        if paragraph.font != nil || paragraph.size != nil || paragraph.bold || paragraph.italic || paragraph.underline {
            if let font = paragraph.font { properties += "<w:rFonts w:ascii=\"\(escape(font))\" w:hAnsi=\"\(escape(font))\"/>" }
            if paragraph.bold { properties += "<w:b/>" }
            if paragraph.italic { properties += "<w:i/>" }
            if paragraph.underline { properties += "<w:u w:val=\"single\"/>" }
            if let size = paragraph.size { properties += "<w:sz w:val=\"\(Int(size * 2))\"/>" }
        }
        let runProperties = properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>"
        func run(_ text: String) -> String {
            // "\t" becomes w:tab; every other character stays in w:t.
            text.split(separator: "\t", omittingEmptySubsequences: false).enumerated().map { index, piece in
                (index > 0 ? "<w:r>\(runProperties)<w:tab/></w:r>" : "") + (piece.isEmpty ? "" : "<w:r>\(runProperties)<w:t xml:space=\"preserve\">\(escape(String(piece)))</w:t></w:r>")
            }.joined()
        }
        var runs = ""
        if let length = paragraph.layout["drawn"].flatMap(Double.init) {
            // A line shape as Word 2010+ writes it (the VML fallback copy left out).
            let emu = Int(length * 36_000)
            runs += "<w:r><w:drawing><wp:anchor xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" behindDoc=\"0\" distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\" relativeHeight=\"1\"><wp:simplePos x=\"0\" y=\"0\"/><wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx=\"\(emu)\" cy=\"0\"/><wp:wrapNone/><wp:docPr id=\"1\" name=\"Line\"/><a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(emu)\" cy=\"0\"/></a:xfrm><a:prstGeom prst=\"line\"><a:avLst/></a:prstGeom><a:ln w=\"9525\"/></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"
        }
        var rest = Substring(paragraph.text)
        while !rest.isEmpty {
            if rest.hasPrefix("~~"), let end = rest.dropFirst(2).range(of: "~~") {
                let deleted = rest[rest.index(rest.startIndex, offsetBy: 2)..<end.lowerBound]
                runs += "<w:del w:id=\"90\" w:author=\"doclint\"><w:r>\(runProperties)<w:delText xml:space=\"preserve\">\(escape(String(deleted)))</w:delText></w:r></w:del>"
                rest = rest[end.upperBound...]; continue
            }
            if rest.hasPrefix("++"), let end = rest.dropFirst(2).range(of: "++") {
                let inserted = rest[rest.index(rest.startIndex, offsetBy: 2)..<end.lowerBound]
                runs += "<w:ins w:id=\"91\" w:author=\"doclint\">\(run(String(inserted)))</w:ins>"
                rest = rest[end.upperBound...]; continue
            }
            if rest.hasPrefix("[^"), let close = rest.firstIndex(of: "]") {
                let id = rest[rest.index(rest.startIndex, offsetBy: 2)..<close]
                runs += "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteReference w:id=\"\(id)\"/></w:r>"
                rest = rest[rest.index(after: close)...]; continue
            }
            var end = rest.index(after: rest.startIndex)
            while end < rest.endIndex, !rest[end...].hasPrefix("~~"), !rest[end...].hasPrefix("++"), !rest[end...].hasPrefix("[^") { end = rest.index(after: end) }
            let piece = String(rest[..<end])
            if paragraph.split {
                // Word splits runs anywhere (spell-check marks, edits): three characters each.
                var characters = Substring(piece)
                while !characters.isEmpty { runs += run(String(characters.prefix(3))); characters = characters.dropFirst(3) }
            } else {
                runs += run(piece)
            }
            rest = rest[end...]
        }
        return "<w:p><w:pPr>\(paragraphProperties(paragraph.layout))\(paragraph.alignment.map { "<w:jc w:val=\"\($0)\"/>" } ?? "")</w:pPr>\(runs)</w:p>"
    }
}
