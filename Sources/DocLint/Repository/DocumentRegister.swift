import Foundation
import Yams

/// One issued document as a văn thư registers it (sổ đăng ký văn bản đi).
public struct RegisterEntry: Sendable, Codable, Equatable {
    /// Nil for an entry of an external register.
    public var file: String?
    public var kind: String
    /// The type as a title writes it ("KẾ HOẠCH"; "CÔNG VĂN" for a V/v document).
    public var type: String?
    public var number: String?
    public var symbol: String?
    /// "15/KH-UBND" or "02-KH/BCĐ"; nil for a draft without a number.
    public var code: String?
    /// ISO date; nil for an undated draft.
    public var date: String?
    public var issuer: String
    public var title: String
    public var signer: String?
    /// 1-based line of the number (for diagnostics across files).
    public var line: Int?

    public init(file: String?, kind: String, type: String?, number: String?, symbol: String?, code: String?, date: String?,
                issuer: String, title: String, signer: String?, line: Int?) {
        self.file = file; self.kind = kind; self.type = type; self.number = number; self.symbol = symbol; self.code = code
        self.date = date; self.issuer = issuer; self.title = title; self.signer = signer; self.line = line
    }

    /// What the register knows of a parsed document.
    public init(_ document: Document) {
        let number = document.header.number
        let code = number.flatMap(RegisterEntry.code)
        self.init(file: document.file, kind: document.kind.rawValue,
                  type: document.title?.type ?? (document.subject != nil ? "CÔNG VĂN" : nil),
                  number: number?.number, symbol: number?.symbol, code: code, date: document.issueDate?.iso,
                  issuer: document.header.issuer.map(\.text).joined(separator: " "),
                  title: document.title?.summary ?? document.subject.map { "V/v " + $0.text } ?? "",
                  signer: document.signature?.name, line: number?.line)
    }
}

/// The documents of a repository (and of an external register), indexed by their code, so that
/// references resolve like a linker resolves symbols.
public struct DocumentRegister: Sendable {
    public private(set) var entries: [RegisterEntry] = []
    private var byCode: [String: [Int]] = [:]
    private var byNumbering: [String: [Int]] = [:]

    public init(entries: [RegisterEntry]) {
        self.entries.reserveCapacity(entries.count)
        for entry in entries { add(entry) }
    }

    /// Registers one more document: a repository run adds each file as its parse finishes.
    public mutating func add(_ entry: RegisterEntry) {
        let position = entries.count
        entries.append(entry)
        if let code = entry.code.map(DocumentRegister.normalise) { byCode[code, default: []].append(position) }
        if let key = entry.numberingKey, let year = entry.year { byNumbering["\(key.issuer)|\(key.type)|\(key.number)|\(year)", default: []].append(position) }
    }

    /// The first entry of one issuer, type, number and year that satisfies `predicate` (a hash
    /// look-up, not a scan of the register; the others are not copied: a repository may reuse a
    /// few numbers hundreds of times). Files come before external entries, in the order they were
    /// added (path order), wherever the external ones stand.
    public func firstEntry(issuer: String, type: String, number: Int, year: Int, where predicate: (RegisterEntry) -> Bool) -> RegisterEntry? {
        let positions = byNumbering["\(issuer)|\(type)|\(number)|\(year)"] ?? []
        for position in positions where entries[position].file != nil && predicate(entries[position]) { return entries[position] }
        for position in positions where entries[position].file == nil && predicate(entries[position]) { return entries[position] }
        return nil
    }

    /// "02-KH/BCĐ" and "2-KH/BCĐ" are one code: the number is compared as a number.
    public static func normalise(_ code: String) -> String {
        let digits = code.prefix { $0.isNumber }
        let rest = code.dropFirst(digits.count)
        return (Int(digits).map(String.init) ?? String(digits)) + rest
    }

    public func entries(code: String) -> [RegisterEntry] {
        (byCode[DocumentRegister.normalise(code)] ?? []).map { entries[$0] }
    }

    /// The issuing body's group of a code: "KH-UBND" → "UBND", "UBND-VX" → "UBND", "KH/BCĐ" → "BCĐ".
    public static func issuerGroup(symbol: String, style: CodeStyle) -> String? {
        switch style {
        case .party: return symbol.split(separator: "/").last.map(String.init)
        case .state, .normative: return symbol.split(separator: "-").dropFirst().first.map(String.init)
        case .stateCongVan: return symbol.split(separator: "-").first.map(String.init)
        case .unknown: return nil
        }
    }

    // MARK: - External registers

    /// A CSV (header: code,date,type,issuer,title) or YAML (a list of mappings with those keys).
    public static func loadExternal(path: String) throws -> [RegisterEntry] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let rows: [[String: String]]
        if path.lowercased().hasSuffix(".csv") {
            let table = CSV.parse(text)
            guard let header = table.first else { return [] }
            rows = table.dropFirst().filter { $0.contains { !$0.isEmpty } }.map { Dictionary(zip(header.map { $0.lowercased() }, $0), uniquingKeysWith: { $1 }) }
        } else {
            guard let list = try Yams.load(yaml: text) as? [[String: Any]] else { throw InputError.unreadable(path: path, reason: "cần một danh sách văn bản") }
            rows = list.map { $0.mapValues { "\($0)" } }
        }
        return rows.map { row in
            let code = row["code"] ?? ""
            let date = row["date"].flatMap { CivilDate(iso: $0) ?? CivilDate(vietnamese: $0) }
            return RegisterEntry(file: nil, kind: "", type: row["type"], number: nil, symbol: nil, code: code.isEmpty ? nil : code,
                                 date: date?.iso, issuer: row["issuer"] ?? "", title: row["title"] ?? "", signer: nil, line: nil)
        }
    }
}

extension CivilDate {
    /// "12/01/2026" or "12/1/2026".
    init?(vietnamese text: String) {
        let parts = text.split(separator: "/").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        self.init(year: parts[2], month: parts[1], day: parts[0])
    }
}

/// RFC 4180 CSV, small and strict enough for registers and for writing reports.
public enum CSV {
    public static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(text.unicodeScalars).makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? { if let p = pending { pending = nil; return p }; return iterator.next() }
        while let scalar = next() {
            if quoted {
                if scalar == "\"" {
                    if let following = next() {
                        if following == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = following }
                    } else { quoted = false }
                } else { field.unicodeScalars.append(scalar) }
                continue
            }
            switch scalar {
            case "\"": quoted = true
            case ",": row.append(field); field = ""
            case "\r": continue
            case "\n": row.append(field); rows.append(row); row = []; field = ""
            default: field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    public static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func row(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") + "\r\n" }
}

extension DocumentRegister {
    /// Lines read per file for the register (the header and title; the signer may be missing).
    public static let headLines = 40

    /// Parses every file's head (in parallel, chunked) and registers what it is; unreadable files are
    /// skipped. The entries hold what cross-references read (code, date, type, issuer, title, line);
    /// no signer, and a kind decided from the header and title only (see `DocumentParser.parseHead`).
    public static func scan(paths: [String], external: [RegisterEntry] = []) async -> DocumentRegister {
        // Many small chunks: a few large ones left a core idle while the last one finished.
        let chunkSize = 32
        let items = Array(paths.enumerated())
        let found = await withTaskGroup(of: [(Int, RegisterEntry)].self) { group in
            for start in stride(from: 0, to: paths.count, by: chunkSize) {
                let chunk = items[start..<min(paths.count, start + chunkSize)]
                group.addTask {
                    chunk.compactMap { item in
                        // The header (number, date, type, issuer, trích yếu) sits in the first lines:
                        // a second full parse of every file would double the cost of a repository run.
                        guard case .success(let source) = TextLoader.loadHead(path: item.element, maxLines: DocumentRegister.headLines) else { return nil }
                        return (item.offset, RegisterEntry(DocumentParser.parseHead(source)))
                    }
                }
            }
            var all: [(Int, RegisterEntry)] = []
            for await part in group { all.append(contentsOf: part) }
            return all.sorted { $0.0 < $1.0 }.map(\.1)
        }
        return DocumentRegister(entries: found + external)
    }
}

extension RegisterEntry {
    /// "15/KH-UBND" (State) or "02-KH/BCĐ" (Party); nil while the number is blank.
    public static func code(of number: DocumentNumber) -> String? {
        guard let digits = number.number, let symbol = number.symbol else { return nil }
        return number.style == .party ? "\(digits)-\(symbol)" : "\(digits)/\(symbol)"
    }

    /// Issuer group, type group ("CV" for a công văn) and number, from the code.
    public var numberingKey: (issuer: String, type: String, number: Int)? { code.flatMap(RegisterEntry.numberingKey) }

    public static func numberingKey(code: String) -> (issuer: String, type: String, number: Int)? {
        let number: Int, separator: Character, symbol: String
        // Every code is keyed when it is registered: read "15/…" and "02-…" as bytes; anything
        // else (a non-ASCII digit, no separator) takes the general path.
        let utf8 = code.utf8
        var end = utf8.startIndex, value = 0, count = 0
        while end < utf8.endIndex, count < 18, utf8[end] >= 0x30, utf8[end] <= 0x39 { value = value * 10 + Int(utf8[end] - 0x30); count += 1; end = utf8.index(after: end) }
        if count > 0, end < utf8.endIndex, utf8[end] == UInt8(ascii: "/") || utf8[end] == UInt8(ascii: "-") {
            number = value
            separator = utf8[end] == UInt8(ascii: "/") ? "/" : "-"
            symbol = String(code[utf8.index(after: end)...])
        } else {
            let digits = code.prefix { $0.isNumber }
            guard let parsed = Int(digits) else { return nil }
            let rest = code.dropFirst(digits.count)
            guard let first = rest.first else { return nil }
            number = parsed; separator = first; symbol = String(rest.dropFirst())
        }
        if separator == "-" {
            let parts = symbol.split(separator: "/")
            guard parts.count == 2 else { return nil }
            return (String(parts[1]), String(parts[0]), number)
        }
        let groups = symbol.split(separator: "-").map(String.init)
        guard let first = groups.first else { return nil }
        if DocumentTypes.stateCodes.contains(first), groups.count > 1 { return (groups[1], first, number) }
        return (first, "CV", number)
    }

    public var year: Int? { date.flatMap { Int($0.prefix(4)) } }
}
