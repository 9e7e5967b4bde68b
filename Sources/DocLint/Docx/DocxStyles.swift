import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// styles.xml and the theme's fonts: enough to resolve a run's effective font, size, bold and italic
/// along Word's chain — run properties, character style, paragraph style and its basedOn chain, the
/// default paragraph style, w:docDefaults — with theme fonts (minorHAnsi…) looked up in theme1.xml.
struct DocxStyles {
    struct Properties: Hashable {
        var font: String?
        var themeFont: String?
        var size: Int?
        var bold: Bool?
        var italic: Bool?
        var underline: Bool?
    }
    /// What the paragraph-format and header-lines rules read of w:pPr; nil where this level is silent.
    struct ParagraphProperties {
        /// Twips.
        var before: Int?, after: Int?
        /// w:spacing/@line: 240ths of a line when `lineRule` is auto (or absent), twips otherwise.
        var line: Int?
        var lineRule: String?
        /// Twips; a hanging indent is negative.
        var firstLine: Int?
        var contextualSpacing: Bool?
        var bottomBorder: Bool?
        var numbered: Bool?

        /// `self` where it speaks, `fallback` where it does not.
        func over(_ fallback: ParagraphProperties) -> ParagraphProperties {
            ParagraphProperties(before: before ?? fallback.before, after: after ?? fallback.after,
                                line: line ?? fallback.line, lineRule: line != nil ? lineRule : fallback.lineRule,
                                firstLine: firstLine ?? fallback.firstLine, contextualSpacing: contextualSpacing ?? fallback.contextualSpacing,
                                bottomBorder: bottomBorder ?? fallback.bottomBorder, numbered: numbered ?? fallback.numbered)
        }

        /// Reads one child of w:pPr (or of w:pBdr, when `inBorder`).
        mutating func apply(_ name: String, _ attributes: [String: String], inBorder: Bool) {
            // Twips within a page's reach: a hostile file's 9223372036854775807 must not overflow a sum.
            func twips(_ key: String) -> Int? { DocxXML.attribute(attributes, key).flatMap(Int.init).map { max(-100_000, min(100_000, $0)) } }
            switch name {
            case "spacing":
                if let value = twips("before") { before = value }
                if let value = twips("after") { after = value }
                if let value = twips("line") { line = value; lineRule = DocxXML.attribute(attributes, "lineRule") }
            case "ind":
                if let value = twips("hanging") { firstLine = -value }
                else if let value = twips("firstLine") { firstLine = value }
            case "contextualSpacing": contextualSpacing = DocxXML.isOn(attributes)
            case "numPr": numbered = true
            case "bottom": if inBorder { bottomBorder = !["none", "nil"].contains(DocxXML.attribute(attributes, "val") ?? "none") }
            default: break
            }
        }
    }
    struct Style {
        var name: String
        var basedOn: String?
        var properties = Properties()
        var alignment: String?
        var paragraph = ParagraphProperties()
    }

    var defaults = Properties()
    var paragraphDefaults = ParagraphProperties()
    var styles: [String: Style] = [:]
    var defaultParagraphStyle: String?
    var majorFont: String?
    var minorFont: String?

    /// "minorHAnsi" → the theme's minor Latin font.
    func themeFont(_ name: String) -> String? {
        name.lowercased().hasPrefix("major") ? majorFont : minorFont
    }

    /// Walks a style and its basedOn chain (cycle-safe), nearest first.
    func chain(_ id: String?) -> [(String, Style)] {
        var result: [(String, Style)] = []
        var seen = Set<String>()
        var current = id
        while let key = current, seen.insert(key).inserted, let style = styles[key], result.count < 32 {
            result.append((key, style)); current = style.basedOn
        }
        return result
    }

    struct Resolved { var font: String?; var fontSource: String; var size: Int?; var bold: Bool; var italic: Bool; var underline: Bool }

    /// A paragraph's properties along its style chain (the default paragraph style when it names
    /// none) down to w:pPrDefault.
    func resolve(paragraph direct: ParagraphProperties, style: String?) -> ParagraphProperties {
        var resolved = direct
        for (_, level) in chain(style ?? defaultParagraphStyle) { resolved = resolved.over(level.paragraph) }
        return resolved.over(paragraphDefaults)
    }

    func resolve(run: Properties, characterStyle: String?, paragraphStyle: String?) -> Resolved {
        var levels: [(String, Properties)] = [("định dạng trực tiếp", run)]
        for (_, style) in chain(characterStyle) { levels.append(("kiểu \(style.name)", style.properties)) }
        let paragraphChain = chain(paragraphStyle ?? defaultParagraphStyle)
        for (_, style) in paragraphChain { levels.append(("kiểu \(style.name)", style.properties)) }
        if paragraphStyle != nil, let fallback = defaultParagraphStyle, !paragraphChain.contains(where: { $0.0 == fallback }) {
            for (_, style) in chain(fallback) { levels.append(("kiểu \(style.name)", style.properties)) }
        }
        levels.append(("mặc định của tài liệu", defaults))
        var resolved = Resolved(font: nil, fontSource: "mặc định của Word", size: nil, bold: false, italic: false, underline: false)
        for (source, properties) in levels {
            if let font = properties.font { resolved.font = font; resolved.fontSource = source; break }
            if let theme = properties.themeFont { resolved.font = themeFont(theme); resolved.fontSource = "phông chủ đề (\(theme)) của \(source)"; break }
        }
        resolved.size = levels.lazy.compactMap { $0.1.size }.first
        resolved.bold = levels.lazy.compactMap { $0.1.bold }.first ?? false
        resolved.italic = levels.lazy.compactMap { $0.1.italic }.first ?? false
        resolved.underline = levels.lazy.compactMap { $0.1.underline }.first ?? false
        return resolved
    }
}

/// Reads rPr children into Properties (shared by styles.xml and document.xml).
enum RunProperties {
    static func apply(_ name: String, _ attributes: [String: String], to properties: inout DocxStyles.Properties) {
        switch name {
        case "rFonts":
            if let font = DocxXML.attribute(attributes, "ascii") ?? DocxXML.attribute(attributes, "hAnsi") { properties.font = font; properties.themeFont = nil }
            else if let theme = DocxXML.attribute(attributes, "asciiTheme") ?? DocxXML.attribute(attributes, "hAnsiTheme") { properties.themeFont = theme; properties.font = nil }
        case "sz": if let value = DocxXML.attribute(attributes, "val"), let size = Int(value) { properties.size = size }
        case "b": properties.bold = DocxXML.isOn(attributes)
        case "i": properties.italic = DocxXML.isOn(attributes)
        case "u": properties.underline = !["none", "0", "false"].contains(DocxXML.attribute(attributes, "val") ?? "single")
        default: break
        }
    }
}

final class StylesHandler: DepthLimitedDelegate {
    var styles = DocxStyles()
    private var current: (id: String, style: DocxStyles.Style, isDefault: Bool, isParagraph: Bool)?
    private var inDefaults = false
    private var inParagraphDefaults = false
    private var inRunProperties = false
    private var inParagraphProperties = false
    private var inBorder = false

    override func start(_ name: String, _ attributes: [String: String], _ parser: XMLParser) {
        if inParagraphProperties && !inRunProperties && name != "rPr" {
            if name == "pBdr" { inBorder = true }
            if inParagraphDefaults { styles.paragraphDefaults.apply(name, attributes, inBorder: inBorder) }
            else if current != nil { current!.style.paragraph.apply(name, attributes, inBorder: inBorder) }
        }
        switch name {
        case "rPrDefault": inDefaults = true
        case "pPrDefault": inParagraphDefaults = true
        case "pPr": inParagraphProperties = true
        case "style":
            let id = DocxXML.attribute(attributes, "styleId") ?? ""
            current = (id, DocxStyles.Style(name: id), DocxXML.attribute(attributes, "default") == "1", DocxXML.attribute(attributes, "type") == "paragraph")
        case "name": if current != nil, let value = DocxXML.attribute(attributes, "val") { current?.style.name = value }
        case "basedOn": if current != nil { current?.style.basedOn = DocxXML.attribute(attributes, "val") }
        case "jc": if current != nil { current?.style.alignment = DocxXML.attribute(attributes, "val") }
        case "rPr": inRunProperties = true
        default:
            guard inRunProperties else { return }
            if inDefaults { RunProperties.apply(name, attributes, to: &styles.defaults) }
            else if current != nil { RunProperties.apply(name, attributes, to: &current!.style.properties) }
        }
    }

    override func end(_ name: String, _ parser: XMLParser) {
        switch name {
        case "rPrDefault": inDefaults = false
        case "pPrDefault": inParagraphDefaults = false
        case "pPr": inParagraphProperties = false
        case "pBdr": inBorder = false
        case "rPr": inRunProperties = false
        case "style":
            if let current {
                styles.styles[current.id] = current.style
                if current.isDefault && current.isParagraph { styles.defaultParagraphStyle = current.id }
            }
            current = nil
        default: break
        }
    }
}

final class ThemeHandler: DepthLimitedDelegate {
    var major: String?
    var minor: String?
    private var inMajor = false, inMinor = false
    override func start(_ name: String, _ attributes: [String: String], _ parser: XMLParser) {
        switch name {
        case "majorFont": inMajor = true
        case "minorFont": inMinor = true
        case "latin":
            let face = DocxXML.attribute(attributes, "typeface")
            if inMajor, major == nil { major = face }
            if inMinor, minor == nil { minor = face }
        default: break
        }
    }
    override func end(_ name: String, _ parser: XMLParser) {
        if name == "majorFont" { inMajor = false }
        if name == "minorFont" { inMinor = false }
    }
}

/// document.xml.rels: relationship id → part path.
final class RelationshipsHandler: DepthLimitedDelegate {
    var targets: [String: String] = [:]
    override func start(_ name: String, _ attributes: [String: String], _ parser: XMLParser) {
        guard name == "Relationship", let id = DocxXML.attribute(attributes, "Id"), let target = DocxXML.attribute(attributes, "Target") else { return }
        targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "word/" + target
    }
}

/// A header or footer part: does it hold a PAGE field, and how is that paragraph aligned?
final class HeaderFooterHandler: DepthLimitedDelegate {
    var pageFieldAlignment: String??
    private var paragraphAlignment: String?
    private var paragraphHasPage = false
    private var inInstruction = false
    private var instruction = ""

    static func isPageField(_ instruction: String) -> Bool {
        instruction.uppercased().split(whereSeparator: { !$0.isLetter }).first == "PAGE"
    }

    override func start(_ name: String, _ attributes: [String: String], _ parser: XMLParser) {
        switch name {
        case "p": paragraphAlignment = nil; paragraphHasPage = false
        case "jc": paragraphAlignment = DocxXML.attribute(attributes, "val")
        case "fldSimple": if Self.isPageField(DocxXML.attribute(attributes, "instr") ?? "") { paragraphHasPage = true }
        case "instrText": inInstruction = true; instruction = ""
        default: break
        }
    }
    override func text(_ string: String) { if inInstruction { instruction += string } }
    override func end(_ name: String, _ parser: XMLParser) {
        switch name {
        case "instrText": inInstruction = false; if Self.isPageField(instruction) { paragraphHasPage = true }
        case "p": if paragraphHasPage, pageFieldAlignment == nil { pageFieldAlignment = .some(paragraphAlignment) }
        default: break
        }
    }
}
