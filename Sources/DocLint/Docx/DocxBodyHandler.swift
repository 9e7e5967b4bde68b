import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// document.xml (and footnotes.xml) as paragraphs: text with `w:tab` as a tab and `w:br` as a space
/// (one paragraph stays one line), deleted text of tracked changes dropped, field codes and the VML
/// fallback copy of text boxes skipped, text boxes' own paragraphs kept (a stack: they nest inside
/// a paragraph), runs with their properties, and every section's page setup.
final class DocxBodyHandler: DepthLimitedDelegate {
    struct RawRun { var start: Int; var end: Int; var properties: DocxStyles.Properties; var characterStyle: String? }
    struct RawParagraph {
        var text = String.UnicodeScalarView()
        /// Scalars in `text` (UnicodeScalarView.count walks the string).
        var length = 0
        var runs: [RawRun] = []
        var style: String?
        var alignment: String?
        var properties = DocxStyles.ParagraphProperties()
        /// Lines drawn in this paragraph's runs (a DrawingML line or connector, a VML line): their
        /// length in twips when the file gives it.
        var drawnLines: [Int?] = []
        var inTable = false
        var section: RawSection?
        /// footnotes.xml: the w:id of the footnote this paragraph belongs to.
        var footnoteID: String?
    }
    struct RawSection {
        var section = DocxLayout.PageSection()
        var headerDefault: String?
        var footerDefault: String?
    }

    var paragraphs: [RawParagraph] = []
    var finalSection: RawSection?
    /// Footnote ids in order of first reference, for numbering the markers.
    var footnoteOrder: [String] = []

    private var stack: [RawParagraph] = []
    private var runProperties = DocxStyles.Properties()
    private var runStyle: String?
    private var runStart = 0
    private var inRun = false
    private var inRunProperties = false
    private var inParagraphProperties = false
    private var inText = false
    private var tableDepth = 0
    private var fallbackDepth = 0
    private var inBorder = false
    /// Inside a w:drawing: is its shape a line, and how wide is it (EMU)?
    private var drawing: (isLine: Bool, width: Int?)?
    private var section: RawSection?
    private var footnoteID: String?
    private let isFootnotes: Bool

    init(footnotes: Bool = false) { isFootnotes = footnotes }

    static let superscriptDigits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]

    private func append(_ string: String) {
        guard !stack.isEmpty else { return }
        for scalar in string.unicodeScalars {
            // A paragraph is one line: no line breaks inside it.
            stack[stack.count - 1].text.append(scalar == "\n" || scalar == "\r" ? " " : scalar)
            stack[stack.count - 1].length += 1
        }
    }

    override func start(_ name: String, _ attributes: [String: String], _ parser: XMLParser) {
        if fallbackDepth > 0 { if name == "Fallback" { fallbackDepth += 1 }; return }
        switch name {
        case "Fallback": fallbackDepth = 1
        case "footnote": footnoteID = DocxXML.attribute(attributes, "id")
        case "tbl": tableDepth += 1
        case "p":
            var paragraph = RawParagraph()
            paragraph.inTable = tableDepth > 0
            paragraph.footnoteID = footnoteID
            stack.append(paragraph)
        case "pPr": inParagraphProperties = true
        case "pBdr": if inParagraphProperties { inBorder = true }
        case "spacing", "ind", "contextualSpacing", "numPr", "bottom":
            if inParagraphProperties, !inRunProperties, !stack.isEmpty { stack[stack.count - 1].properties.apply(name, attributes, inBorder: inBorder) }
            else if inRunProperties && inRun && !inParagraphProperties { RunProperties.apply(name, attributes, to: &runProperties) }
        case "drawing": if inRun { drawing = (false, nil) }
        case "extent": if drawing != nil, drawing?.width == nil { drawing?.width = DocxXML.attribute(attributes, "cx").flatMap(Int.init) }
        case "prstGeom": if drawing != nil, ["line", "straightConnector1"].contains(DocxXML.attribute(attributes, "prst") ?? "") { drawing?.isLine = true }
        case "shape":
            // VML's straight connector (shape type 32), as older Word draws a rule.
            if inRun, !stack.isEmpty, (DocxXML.attribute(attributes, "type") ?? "").hasSuffix("_x0000_t32") { stack[stack.count - 1].drawnLines.append(nil) }
        case "line":
            // VML (a file from older Word): from="0,0" to="171pt,0".
            if inRun, !stack.isEmpty { stack[stack.count - 1].drawnLines.append(Self.vmlLength(DocxXML.attribute(attributes, "from"), DocxXML.attribute(attributes, "to"))) }
        case "pStyle": if inParagraphProperties, !stack.isEmpty { stack[stack.count - 1].style = DocxXML.attribute(attributes, "val") }
        case "jc": if inParagraphProperties, !inRunProperties, !stack.isEmpty { stack[stack.count - 1].alignment = DocxXML.attribute(attributes, "val") }
        case "r":
            inRun = true; runProperties = DocxStyles.Properties(); runStyle = nil
            runStart = stack.last?.length ?? 0
        case "rPr": inRunProperties = true
        case "rStyle": if inRunProperties, inRun { runStyle = DocxXML.attribute(attributes, "val") }
        case "t": inText = true
        case "tab": if inRun && !inParagraphProperties { append("\t") }
        case "br", "cr": if inRun { append(" ") }
        case "noBreakHyphen": if inRun { append("-") }
        case "footnoteReference":
            guard let id = DocxXML.attribute(attributes, "id") else { return }
            if !footnoteOrder.contains(id) { footnoteOrder.append(id) }
            let number = footnoteOrder.firstIndex(of: id)! + 1
            append(String(String(number).map { Self.superscriptDigits[Int(String($0))!] }))
        case "sectPr": section = RawSection()
        case "pgSz":
            section?.section.width = DocxXML.attribute(attributes, "w").flatMap { Int($0) }
            section?.section.height = DocxXML.attribute(attributes, "h").flatMap { Int($0) }
            section?.section.landscape = DocxXML.attribute(attributes, "orient") == "landscape"
        case "pgMar":
            section?.section.top = DocxXML.attribute(attributes, "top").flatMap { Int($0) }.map(abs)
            section?.section.bottom = DocxXML.attribute(attributes, "bottom").flatMap { Int($0) }.map(abs)
            section?.section.left = DocxXML.attribute(attributes, "left").flatMap { Int($0) }
            section?.section.right = DocxXML.attribute(attributes, "right").flatMap { Int($0) }
        case "titlePg": section?.section.titlePage = DocxXML.isOn(attributes)
        case "headerReference", "footerReference":
            guard section != nil, DocxXML.attribute(attributes, "type") ?? "default" == "default" else { return }
            let id = DocxXML.attribute(attributes, "id")
            if name == "headerReference" { section?.headerDefault = id } else { section?.footerDefault = id }
        default:
            if inRunProperties && inRun && !inParagraphProperties { RunProperties.apply(name, attributes, to: &runProperties) }
        }
    }

    /// The length in twips of a VML line from its two ends ("0,0", "171pt,0"; a bare number is px).
    static func vmlLength(_ from: String?, _ to: String?) -> Int? {
        func point(_ text: String?) -> (Double, Double)? {
            guard let parts = text?.split(separator: ","), parts.count == 2 else { return nil }
            func value(_ raw: Substring) -> Double? {
                let trimmed = raw.trimmingCharacters(in: .whitespaces)
                for (unit, twips) in [("pt", 20.0), ("in", 1440.0), ("cm", 566.93), ("mm", 56.693), ("px", 15.0)] where trimmed.hasSuffix(unit) {
                    return Double(trimmed.dropLast(unit.count)).map { $0 * twips }
                }
                return Double(trimmed).map { $0 * 15 }
            }
            guard let x = value(parts[0]), let y = value(parts[1]) else { return nil }
            return (x, y)
        }
        guard let start = point(from), let end = point(to) else { return nil }
        let length = ((end.0 - start.0) * (end.0 - start.0) + (end.1 - start.1) * (end.1 - start.1)).squareRoot()
        // "1e308pt" is a number too: Int() of an infinite or huge length would trap.
        guard length.isFinite, length < 1e9 else { return nil }
        return Int(length)
    }

    override func text(_ string: String) {
        if inText && inRun && fallbackDepth == 0 { append(string) }
    }

    override func end(_ name: String, _ parser: XMLParser) {
        if fallbackDepth > 0 { if name == "Fallback" { fallbackDepth -= 1 }; return }
        switch name {
        case "footnote": footnoteID = nil
        case "tbl": tableDepth -= 1
        case "pPr": inParagraphProperties = false
        case "pBdr": inBorder = false
        case "drawing":
            if let drawing, drawing.isLine, !stack.isEmpty { stack[stack.count - 1].drawnLines.append(drawing.width.map { $0 / 635 }) }
            drawing = nil
        case "rPr": inRunProperties = false
        case "t": inText = false
        case "r":
            inRun = false
            if var paragraph = stack.popLast() {
                if paragraph.length > runStart {
                    paragraph.runs.append(RawRun(start: runStart, end: paragraph.length, properties: runProperties, characterStyle: runStyle))
                }
                stack.append(paragraph)
            }
        case "sectPr":
            if inParagraphProperties, !stack.isEmpty { stack[stack.count - 1].section = section } else { finalSection = section }
            section = nil
        case "p":
            if let paragraph = stack.popLast() { paragraphs.append(paragraph) }
        default: break
        }
    }
}
