import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// SAX helpers shared by the .docx part readers: namespace-aware names, attributes by local name,
/// a depth cap, and no DTDs or entities at all (a .docx never needs one; an entity bomb needs one).
enum DocxXML {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let maximumDepth = 256

    struct Refused: Error { let reason: String }

    /// Refuses a part that is not UTF-8 or declares a DTD before any parser sees it.
    static func precheck(_ data: Data, part: String) throws(Refused) {
        // FoundationXML traps on a name that is not valid UTF-8 ("<\u{E1}\u{BB}D", found by
        // FuzzDocx), so no invalid byte reaches it. Word writes its parts in UTF-8.
        guard String(validating: data, as: UTF8.self) != nil else {
            throw Refused(reason: "\(part): không phải UTF-8 hợp lệ")
        }
        let head = data.prefix(8_192)
        if head.range(of: Data("<!DOCTYPE".utf8)) != nil || head.range(of: Data("<!ENTITY".utf8)) != nil {
            throw Refused(reason: "\(part): có khai báo DTD/ENTITY (không hợp lệ trong .docx)")
        }
    }

    static func localName(_ name: String) -> String {
        if let colon = name.lastIndex(of: ":") { return String(name[name.index(after: colon)...]) }
        return name
    }

    /// Attribute by local name ("w:val" and "val" both answer "val").
    static func attribute(_ attributes: [String: String], _ name: String) -> String? {
        if let value = attributes[name] { return value }
        for (key, value) in attributes where localName(key) == name { return value }
        return nil
    }

    /// Parses `data` with `delegate`; entities are never resolved.
    static func parse(_ data: Data, part: String, delegate: DepthLimitedDelegate) throws(Refused) {
        try precheck(data, part: part)
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        if !parser.parse() {
            if let refusal = delegate.refusal { throw Refused(reason: "\(part): \(refusal)") }
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "XML không hợp lệ"
            throw Refused(reason: "\(part): \(reason) (dòng \(parser.lineNumber))")
        }
        // FoundationXML on Linux reports success for a document cut off mid-way: insist that the
        // root element was closed.
        if !delegate.rootClosed { throw Refused(reason: "\(part): XML không trọn vẹn (tệp bị cắt?)") }
        // It also reports success after errors it recovered from (a mismatched end tag, an undeclared
        // prefix), with a text that silently stops or changes there: a damaged file, not a document.
        if let error = delegate.parseError {
            throw Refused(reason: "\(part): XML hỏng (mã lỗi \(error.code) của libxml2, dòng \(error.line))")
        }
    }

    /// An OOXML on/off property: present without w:val, or w:val not in {0, false, off}.
    static func isOn(_ attributes: [String: String]) -> Bool {
        guard let value = attribute(attributes, "val") else { return true }
        return !["0", "false", "off", "none"].contains(value.lowercased())
    }
}

/// Base delegate: tracks depth and aborts on DTD declarations or absurd nesting.
class DepthLimitedDelegate: NSObject, XMLParserDelegate {
    var depth = 0
    var refusal: String?
    /// The root element ended: the part was read to its end.
    var rootClosed = false

    /// The first error the parser reported, even one it then recovered from.
    var parseError: (code: Int, line: Int)?

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if self.parseError == nil { self.parseError = ((parseError as NSError).code, parser.lineNumber) }
    }

    func refuse(_ parser: XMLParser, _ reason: String) {
        if refusal == nil { refusal = reason }
        parser.abortParsing()
    }

    func start(_ name: String, _ attributes: [String: String], _ parser: XMLParser) {}
    func end(_ name: String, _ parser: XMLParser) {}
    func text(_ string: String) {}

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
                attributes attributeDict: [String: String] = [:]) {
        depth += 1
        if depth > DocxXML.maximumDepth { refuse(parser, "lồng phần tử quá \(DocxXML.maximumDepth) cấp"); return }
        start(DocxXML.localName(elementName), attributeDict, parser)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        depth -= 1
        if depth == 0 { rootClosed = true }
        end(DocxXML.localName(elementName), parser)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text(string) }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        refuse(parser, "có khai báo ENTITY")
    }

    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
        refuse(parser, "có khai báo ENTITY ngoài")
    }
}
