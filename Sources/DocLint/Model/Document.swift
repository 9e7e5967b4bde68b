/// A span in the NFC view: 0-based line indices and NFC scalar columns, end exclusive.
/// Rules turn spans into original positions through `SourceText.range(of:)`.
public struct TextSpan: Sendable, Hashable {
    public var startLine: Int
    public var startColumn: Int
    public var endLine: Int
    public var endColumn: Int
    public init(startLine: Int, startColumn: Int, endLine: Int, endColumn: Int) {
        self.startLine = startLine; self.startColumn = startColumn
        self.endLine = endLine; self.endColumn = endColumn
    }
    public init(line: Int, columns: Range<Int>) {
        self.init(startLine: line, startColumn: columns.lowerBound, endLine: line, endColumn: columns.upperBound)
    }
}

extension SourceText {
    /// The original-text range of a span.
    public func range(of span: TextSpan) -> SourceRange {
        SourceRange(start: position(line: span.startLine, column: span.startColumn),
                    end: position(line: span.endLine, column: span.endColumn))
    }

    public func position(line: Int, column: Int) -> SourcePosition {
        guard lines.indices.contains(line) else { return SourcePosition(line: max(1, line + 1), column: 1) }
        return SourcePosition(line: line + 1, column: lines[line].originalColumn(column))
    }

    /// A range covering a whole line's text (without leading and trailing blanks).
    public func lineRange(_ line: Int) -> SourceRange {
        let source = lines[line]
        let start = source.indentation
        return range(of: TextSpan(line: line, columns: start..<max(start, source.trimmedEnd)))
    }
}

public enum DocumentKind: String, Sendable, Encodable, CaseIterable {
    case congVan = "cong-van", thongBao = "thong-bao", keHoach = "ke-hoach", quyetDinh = "quyet-dinh"
    case baoCao = "bao-cao", toTrinh = "to-trinh", chiThi = "chi-thi", huongDan = "huong-dan"
    case nghiQuyet = "nghi-quyet", ketLuan = "ket-luan", giayMoi = "giay-moi", unknown
}

public enum Regime: String, Sendable, Encodable { case state, party, unknown }

public enum TextCondition: String, Sendable, Encodable {
    case clean
    case ocrDegraded = "ocr-degraded"
}

public struct LineText: Sendable, Encodable {
    public let line: Int
    public let text: String
    public let span: TextSpan
    enum CodingKeys: String, CodingKey { case line, text }
    public init(span: TextSpan, text: String) { self.span = span; self.line = span.startLine + 1; self.text = text }
}

public struct NationalTitle: Sendable, Encodable {
    public let line: Int
    public let text: String
    /// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" or "ĐẢNG CỘNG SẢN VIỆT NAM".
    public let isParty: Bool
    public let span: TextSpan
    enum CodingKeys: String, CodingKey { case line, text, isParty }
}

public struct Motto: Sendable, Encodable {
    public let line: Int
    public let text: String
    public let span: TextSpan
    enum CodingKeys: String, CodingKey { case line, text }
}

/// "Số: 10/TB-UBND" (State) or "Số 02-KH/BCĐ" (Party). A blank draft number is legal.
public struct DocumentNumber: Sendable, Encodable {
    public let line: Int
    public let raw: String
    @NullCoded public var number: String?
    @NullCoded public var symbol: String?
    @NullCoded public var typeCode: String?
    public let style: CodeStyle
    public let hasColon: Bool
    /// Span of "Số…" up to the end of the symbol.
    public let span: TextSpan
    public let numberSpan: TextSpan?
    public let symbolSpan: TextSpan?
    /// Whitespace found inside the code ("84 /TB-VP").
    public let spacesInside: [TextSpan]
    /// A letter glued to the number ("1234b/UBND").
    public var letterSuffix: TextSpan? = nil
    enum CodingKeys: String, CodingKey { case line, raw, number, symbol, typeCode, style, hasColon }
}

/// "Tuyên Quang, ngày 15 tháng 7 năm 2025"; blanks ("ngày   tháng   năm 2025") give nil fields.
public struct PlaceDate: Sendable, Encodable {
    public let line: Int
    public let raw: String
    @NullCoded public var place: String?
    @NullCoded public var date: String?
    @NullCoded public var day: Int?
    @NullCoded public var month: Int?
    @NullCoded public var year: Int?
    public let span: TextSpan
    /// Where the comma after the place should be (end of the place name), and whether it is there.
    public let hasCommaAfterPlace: Bool
    public let placeEnd: TextSpan?
    public let dayToken: DateToken?
    public let monthToken: DateToken?
    /// The word "ngày" (an impossible date is reported from there to the year).
    public let ngaySpan: TextSpan
    /// Where a space is missing between "ngày"/"tháng" and its number ("tháng11").
    public let gluedNumbers: [TextSpan]
    /// The blank inside a year cut in two ("năm 20 26").
    public let splitYear: TextSpan?
    /// The date in figures ("ngày 05/01/2027"), where the header writes it in words.
    public var numericForm: TextSpan? = nil
    /// Where "ngày " is missing before the day ("Hà Nội, 05 tháng 01 năm 2027").
    public var missingNgay: TextSpan? = nil
    enum CodingKeys: String, CodingKey { case line, raw, place, date, day, month, year }
}

/// A number as written ("05", "5") and where.
public struct DateToken: Sendable {
    public let text: String
    public let value: Int
    public let span: TextSpan
}

public struct Header: Sendable, Encodable {
    public var issuer: [LineText] = []
    public var nationalTitle: NationalTitle?
    public var motto: Motto?
    public var number: DocumentNumber?
    public var placeDate: PlaceDate?
    enum CodingKeys: String, CodingKey { case issuer, nationalTitle, motto, number, placeDate }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(issuer, forKey: .issuer)
        try container.encodeNil(or: nationalTitle, forKey: .nationalTitle)
        try container.encodeNil(or: motto, forKey: .motto)
        try container.encodeNil(or: number, forKey: .number)
        try container.encodeNil(or: placeDate, forKey: .placeDate)
    }
}

public struct Title: Sendable, Encodable {
    public let line: Int
    /// The type name as written ("THÔNG BÁO").
    public let type: String
    public let summary: String
    public let span: TextSpan
    public let summaryLines: [Int]
    enum CodingKeys: String, CodingKey { case line, type, summary }
}

public enum SectionStyle: String, Sendable, Encodable {
    case part, chapter, heading = "muc", article = "dieu", roman, arabic, letter, dash, plus
}

public struct Section: Sendable, Encodable {
    public let line: Int
    public let marker: String
    public let style: SectionStyle
    @NullCoded public var number: String?
    public let title: String
    public var children: [Section]
    /// Last line (1-based) that belongs to this section, children included.
    public var endLine: Int
    public let markerSpan: TextSpan
    enum CodingKeys: String, CodingKey { case line, marker, style, number, title, children, endLine }

    /// Depth-first list of this section and its descendants.
    public func flattened() -> [Section] { [self] + children.flatMap { $0.flattened() } }
}

public struct Deadline: Sendable, Encodable {
    public enum Kind: String, Sendable, Encodable {
        case byDate = "by-date", withinMonth = "within-month", withinQuarter = "within-quarter"
        case withinYear = "within-year", recurring, ongoing
        /// A time limit counted from an event ("trong vòng 24 giờ kể từ khi …", "trong thời hạn 10 ngày").
        case relative
        /// The day an activity is held ("tổ chức vào ngày 16/02/2026"): no working-day rule applies.
        case onDay = "on-day"
    }
    public let line: Int
    public let text: String
    /// The resolved last day, "YYYY-MM-DD"; nil for recurring/ongoing or an impossible date.
    @NullCoded public var date: String?
    public let kind: Kind
    public let span: TextSpan
    /// The date as written when it was a calendar date (kept even when impossible, e.g. 31/02).
    public let writtenDate: WrittenDate?
    /// False when the year was not written and was taken from the document ("trước ngày 20/6").
    public var yearWritten: Bool = true
    enum CodingKeys: String, CodingKey { case line, text, date, kind }
}

public struct WrittenDate: Sendable, Hashable {
    public let day: Int
    public let month: Int
    public let year: Int
    public var civil: CivilDate? { CivilDate(year: year, month: month, day: day) }
}

public struct Task: Sendable, Encodable {
    public let line: Int
    public let endLine: Int
    /// Number of the section that holds the task ("1.2"), nil for an unnumbered paragraph.
    @NullCoded public var section: String?
    public let assignees: [String]
    @NullCoded public var lead: String?
    /// Bodies named "chủ trì" in this task (more than one is a "rõ người" defect).
    public let leadMentions: [String]
    public let deadline: Deadline?
    public let deadlines: [Deadline]
    public let text: String
    public let span: TextSpan
    enum CodingKeys: String, CodingKey { case line, endLine, section, assignees, lead, deadline, deadlines, text }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(line, forKey: .line)
        try container.encode(endLine, forKey: .endLine)
        try container.encodeNil(or: section, forKey: .section)
        try container.encode(assignees, forKey: .assignees)
        try container.encodeNil(or: lead, forKey: .lead)
        try container.encodeNil(or: deadline, forKey: .deadline)
        try container.encode(deadlines, forKey: .deadlines)
        try container.encode(text, forKey: .text)
    }
}

public enum CodeStyle: String, Sendable, Encodable {
    /// 29/KH-UBND
    case state
    /// 12/UBND-VX — a công văn: no type group.
    case stateCongVan = "state-cong-van"
    /// 30/2020/NĐ-CP — legal normative documents carry the year.
    case normative
    /// 02-KH/BCĐ
    case party
    case unknown
}

public struct Reference: Sendable, Encodable {
    public let line: Int
    public var column: Int
    public let raw: String
    @NullCoded public var typeWord: String?
    public let number: String
    public let symbol: String
    @NullCoded public var typeCode: String?
    public let style: CodeStyle
    /// The code without stray spaces: "02-KH/BCĐ", "29/KH-UBND".
    public let code: String
    @NullCoded public var date: String?
    @NullCoded public var year: String?
    @NullCoded public var issuer: String?
    public let hasSoWord: Bool
    public let inFootnote: Bool
    public let span: TextSpan
    public let codeSpan: TextSpan
    public let writtenDate: WrittenDate?
    public let dateSpan: TextSpan?
    /// Whitespace inside the code ("01- KH/BCĐTW").
    public let spacesInside: [TextSpan]
    /// The type the type word names exactly ("Kế hoạch" → KẾ HOẠCH); nil without a type word or
    /// when the word is an OCR misreading. Several rules ask, so it is looked up once here.
    public var namedType: DocumentType? { namedTypeIndex.map { DocumentTypes.all[Int($0)] } }
    /// (An index into `DocumentTypes.all`: a 100,000-citation file keeps 100,000 of these.)
    let namedTypeIndex: Int16?
    enum CodingKeys: String, CodingKey {
        case line, column, raw, typeWord, number, symbol, typeCode, style, code, date, year, issuer, hasSoWord, inFootnote
    }
}

public struct Signature: Sendable, Encodable {
    public let line: Int
    /// "TM.", "KT.", "TL.", "TUQ.", "Q." (State) or "T/M", "K/T", "T/L" (Party); nil when the head signs.
    @NullCoded public var authority: String?
    @NullCoded public var onBehalfOf: String?
    @NullCoded public var position: String?
    @NullCoded public var name: String?
    /// Every line of the block, top to bottom ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH").
    public let chain: [LineText]
    public let nameLine: LineText?
    public let authoritySpan: TextSpan?
    enum CodingKeys: String, CodingKey { case line, authority, onBehalfOf, position, name, chain }
}

public struct FootnoteMarker: Sendable, Encodable {
    public let line: Int
    public let column: Int
    public let marker: String
    public let span: TextSpan
    enum CodingKeys: String, CodingKey { case line, column, marker }
}

public struct Footnote: Sendable, Encodable {
    public let line: Int
    public let marker: String
    public let text: String
    public let span: TextSpan
    enum CodingKeys: String, CodingKey { case line, marker, text }
}

/// The parsed document. Every rule reads this; none re-parses the text.
public struct Document: Sendable, Encodable {
    public let source: SourceText
    public var file: String { source.path }
    public var kind: DocumentKind = .unknown
    public var regime: Regime = .unknown
    public var textCondition: TextCondition = .clean
    /// The lines are the restored view of OCR text (`OCRRestorer`); `source.lines[i].original` is
    /// what the file holds.
    public var isRestored = false
    public var header = Header()
    public var title: Title?
    public var subject: LineText?
    public var kinhGui: LineText?
    public var recipients: [LineText] = []
    public var basis: [LineText] = []
    public var sections: [Section] = []
    public var tasks: [Task] = []
    public var references: [Reference] = []
    public var noiNhan: LineText?
    public var signature: Signature?
    public var distribution: [LineText] = []
    public var footnoteMarkers: [FootnoteMarker] = []
    public var footnotes: [Footnote] = []
    /// 0-based indices of the lines that carry the body (between the basis and the closing),
    /// footnote texts excluded.
    public var bodyLines: [Int] = []
    /// 0-based indices of the running text a reader reads as prose: the V/v, the căn cứ and the
    /// body, in order (footnotes excluded). Text rules scan these.
    public var proseLines: [Int] { parsedProseLines ?? computedProseLines }
    /// Set by the parser once the body is known (five readers per document computed it anew);
    /// nil for a document put together by hand, which computes it at each read.
    var parsedProseLines: [Int]?
    var computedProseLines: [Int] {
        // Flags, not a Set and a sort.
        var isProse = [Bool](copies: false, count: source.lines.count)
        func mark(_ range: ClosedRange<Int>) { for index in range where isProse.indices.contains(index) { isProse[index] = true } }
        for index in bodyLines { mark(index...index) }
        if let subject { mark(subject.span.startLine...subject.span.endLine) }
        for item in basis { mark(item.span.startLine...item.span.endLine) }
        // Oversized lines are not read word by word (see SourceLine.oversizedLength).
        return isProse.indices.filter { isProse[$0] && !source.lines[$0].isOversized }
    }
    /// 0-based indices of the footnote text lines.
    public var footnoteLines: Set<Int> = []
    /// True when the text stops before its closing: no Nơi nhận, no signature, and the body does not
    /// end with "./." (a web copy cut after its first page, an extract); or it stops inside Nơi nhận,
    /// on a recipient cut off mid-word, with no signature. Nothing the cut removed is a finding;
    /// `truncated-text` says so once.
    public var isTruncated = false
    /// Calendar deadlines set in running text outside any task ("Hồ sơ gửi về trước ngày 15/4/2026."),
    /// on or after the document's own date (an earlier date there is history, not a time limit).
    public var bodyDeadlines: [Deadline] = []
    /// True when the document looks like a draft: the number or the day is still blank.
    public var isDraft: Bool { (header.number != nil && header.number?.number == nil) || (header.placeDate != nil && header.placeDate?.day == nil) }
    /// The document's own date, when written in full.
    /// A text of the Đoàn TNCS Hồ Chí Minh, by its title or its code ("…/TWĐTN-…", "…/TĐTN-…"). The
    /// Đoàn's own guidance (HD 29-HD/TWĐTN-VP, 2013) keeps the Party's code form ("215-KH/TĐTN-PT")
    /// but writes "Số:" with its colon and signs "TM. BAN THƯỜNG VỤ", as its own texts show.
    public var isYouthUnion: Bool {
        // The titles the header parser reads as the Đoàn's.
        if let title = header.nationalTitle {
            let words = FoldedWords(VietnameseFold.fold(title.text.scalarArray))
            if ParserState.youthUnionTitles.contains(where: { words.find($0, fuzzy: false) != nil }) { return true }
        }
        return header.number?.symbol.map { $0.uppercased().contains("ĐTN") } ?? false
    }

    public var issueDate: CivilDate? {
        guard let placeDate = header.placeDate, let day = placeDate.day, let month = placeDate.month, let year = placeDate.year else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    public init(source: SourceText) { self.source = source }

    enum CodingKeys: String, CodingKey {
        case file, kind, regime, textCondition, header, title, subject, recipients, basis, sections, tasks, references
        case signature, distribution, footnotes, footnoteMarkers
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(kind, forKey: .kind)
        try container.encode(regime, forKey: .regime)
        try container.encode(textCondition, forKey: .textCondition)
        try container.encode(header, forKey: .header)
        try container.encodeNil(or: title, forKey: .title)
        try container.encodeNil(or: subject, forKey: .subject)
        try container.encode(recipients, forKey: .recipients)
        try container.encode(basis, forKey: .basis)
        try container.encode(sections, forKey: .sections)
        try container.encode(tasks, forKey: .tasks)
        try container.encode(references, forKey: .references)
        try container.encodeNil(or: signature, forKey: .signature)
        try container.encode(distribution, forKey: .distribution)
        try container.encode(footnotes, forKey: .footnotes)
        try container.encode(footnoteMarkers, forKey: .footnoteMarkers)
    }
}

extension KeyedEncodingContainer {
    /// Encodes `null` for a missing value: the dump contract spells absent parts as null.
    mutating func encodeNil<T: Encodable>(or value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
}
