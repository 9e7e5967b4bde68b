/// What a .docx says about its page and type, for the layout rules (NĐ 30/2020, Phụ lục I, Phần I).
/// Text documents have none. Lines are 0-based indices into the document's text view (one paragraph
/// per line); columns are 0-based scalar offsets of the original paragraph text.
public struct DocxLayout: Sendable {
    public struct PageSection: Sendable {
        /// Twips (1/1440 inch); nil when the section does not say (Word then uses its defaults).
        public var width: Int?
        public var height: Int?
        public var landscape = false
        public var top: Int?, bottom: Int?, left: Int?, right: Int?
        /// First text line of the section.
        public var firstLine = 0
        /// "Different first page": page 1 gets its own (usually empty) header.
        public var titlePage = false
        /// The page-number field of this section's default header or footer.
        public var pageNumber: PageNumber?
        public init() {}
    }

    public struct PageNumber: Sendable, Equatable {
        public enum Place: String, Sendable { case header, footer }
        public let place: Place
        /// w:jc of the paragraph holding the field: "center", "left", "right"…; nil when unset (left).
        public let alignment: String?
    }

    public struct Run: Sendable {
        public let start: Int
        public let end: Int
        /// The effective font after styles and theme, and where it came from ("run", "style Normal", "theme minor"…).
        public let font: String?
        public let fontSource: String
        /// Half-points.
        public let size: Int?
        public let bold: Bool
        public let italic: Bool
        public var underline = false
    }

    public struct Paragraph: Sendable {
        public let line: Int
        public let runs: [Run]
        public let alignment: String?
        public let style: String?
        public let inTable: Bool
        /// Space before and after, twips, after styles and document defaults (nil: Word's 0).
        public var spacingBefore: Int? = nil
        public var spacingAfter: Int? = nil
        /// w:spacing/@line and its rule: 240ths of a line for "auto" (nil rule), twips for "exact" / "atLeast".
        public var lineSpacing: Int? = nil
        public var lineRule: String? = nil
        /// First-line indent in twips (negative: hanging); nil when nothing sets it.
        public var firstLineIndent: Int? = nil
        /// "Don't add space between paragraphs of the same style".
        public var contextualSpacing = false
        /// In a numbered list (w:numPr): its indents are the list's.
        public var numbered = false
        /// A bottom border: a rule drawn under the paragraph.
        public var bottomBorder = false
        /// Lines drawn in the paragraph's runs, with their length in twips when known.
        public var drawnLines: [Int?] = []
    }

    public var sections: [PageSection] = []
    public var paragraphs: [Paragraph] = []
    /// docProps/app.xml's page count as Word last saved it.
    public var savedPageCount: Int?
    /// Number of text lines that are paragraphs of the body (footnote lines come after).
    public var bodyParagraphCount = 0
    public init() {}

    public static func millimetres(_ twips: Int) -> Double { Double(twips) / 1440.0 * 25.4 }
}
