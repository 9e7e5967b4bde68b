/// A house rule written in rules.yml under `custom_rules:`, in Vale's vocabulary: an office's own
/// conventions (words it never uses, names it always writes one way) without code. Each is checked
/// on the NFC view of one part of the document and reported like a built-in rule (suppressions,
/// baselines, path overrides and severities apply by its id).
public struct CustomRule: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        /// `tokens` that must not appear.
        case existence
        /// `swap`: wrong → right, with a safe fix.
        case substitution
        /// `token` at most `max` / at least `min` times in the scope.
        case occurrence
        /// `either`: pairs of spellings, one of each pair per document.
        case consistency
        /// `match`: phrases that must be written exactly so (capitals included).
        case capitalization
    }

    /// The part of the document a rule reads.
    public enum Scope: String, Sendable, CaseIterable {
        case whole, header, title, body, recipients
        case noiNhan = "noi-nhan"
    }

    public let id: String
    public let kind: Kind
    /// "%s" placeholders, in order — existence: the text as written; substitution: the right form,
    /// then the text as written (Vale's order); consistency and capitalization: the text as
    /// written, then the expected form; occurrence: the count, then the limit.
    public let message: Message
    public let severity: Severity
    public let ignoreCase: Bool
    public let scope: Scope
    /// existence: the tokens; substitution: the wrong forms; occurrence: the one token;
    /// consistency: the first spelling of each pair; capitalization: the exact forms.
    let phrases: [ExactPhrase]
    /// substitution: the right form of each phrase; consistency: the other spelling of each pair.
    let counterparts: [ExactPhrase]
    let maximum: Int?
    let minimum: Int?
    /// Where the rule is defined (rules.yml, 1-based), for messages about the rule itself.
    public let definedAt: Int
    public let description: RuleDescription

    init(id: String, kind: Kind, message: Message, severity: Severity, ignoreCase: Bool, scope: Scope, phrases: [String],
         counterparts: [String] = [], maximum: Int? = nil, minimum: Int? = nil, definedAt: Int,
         nonTriggering: [String], triggering: [String]) {
        self.id = id; self.kind = kind; self.message = message; self.severity = severity
        // Capitals are what a capitalization rule judges, and a spelling variant is one whatever its
        // case ("Uỷ" against "ủy"): both find their phrases in any case.
        self.ignoreCase = ignoreCase || kind == .capitalization || kind == .consistency
        self.scope = scope
        self.phrases = phrases.map(ExactPhrase.init)
        self.counterparts = counterparts.map(ExactPhrase.init)
        self.maximum = maximum; self.minimum = minimum; self.definedAt = definedAt
        let what: Message = switch kind {
        case .existence: Message(vi: "Không dùng: \(phrases.joined(separator: ", "))", en: "Not used: \(phrases.joined(separator: ", "))")
        case .substitution: Message(vi: "Viết " + zip(phrases, counterparts).map { "“\($1)” thay cho “\($0)”" }.joined(separator: ", "),
                                    en: "Write " + zip(phrases, counterparts).map { "“\($1)” instead of “\($0)”" }.joined(separator: ", "))
        case .occurrence: Message(vi: "“\(phrases[0])”: " + [minimum.map { "ít nhất \($0) lần" }, maximum.map { "nhiều nhất \($0) lần" }].compactMap { $0 }.joined(separator: ", "),
                                  en: "“\(phrases[0])”: " + [minimum.map { "at least \($0) times" }, maximum.map { "at most \($0) times" }].compactMap { $0 }.joined(separator: ", "))
        case .consistency: Message(vi: "Một cách viết trong một văn bản: " + zip(phrases, counterparts).map { "“\($0)” hoặc “\($1)”" }.joined(separator: "; "),
                                   en: "One spelling per document: " + zip(phrases, counterparts).map { "“\($0)” or “\($1)”" }.joined(separator: "; "))
        case .capitalization: Message(vi: "Viết đúng hoa thường: \(phrases.joined(separator: ", "))", en: "Exact capitals: \(phrases.joined(separator: ", "))")
        }
        description = RuleDescription(
            id: id, name: "Quy tắc riêng (\(kind.rawValue))", summary: what,
            rationale: Message(vi: "Quy ước riêng của cơ quan, khai báo trong rules.yml (custom_rules, dòng \(definedAt)).",
                               en: "The office's own convention, declared in rules.yml (custom_rules, line \(definedAt))."),
            source: "rules.yml", category: .text, defaultSeverity: severity, needsExactText: true,
            nonTriggering: nonTriggering, triggering: triggering,
            offersFixes: kind == .substitution || kind == .capitalization || kind == .consistency)
    }

    /// An occurrence: line index and NFC columns.
    struct Match { let line: Int; let columns: Range<Int>; let phrase: Int }

    // MARK: - Checking

    public func check(_ document: Document, severity: Severity) -> [Diagnostic] {
        let lines = scopeLines(document)
        func range(_ match: Match) -> SourceRange { document.source.range(of: TextSpan(line: match.line, columns: match.columns)) }
        func written(_ match: Match) -> String { document.source.lines[match.line].slice(match.columns) }
        func finding(_ text: Message, _ match: Match, fix replacement: String? = nil, safe: Bool = true) -> Diagnostic {
            let fix = replacement.map { Fix(message: Message(vi: "viết “\($0)”", en: "write “\($0)”"),
                                             edits: [TextEdit(range: range(match), replacement: $0)], isSafe: safe) }
            return Diagnostic(ruleID: id, severity: severity, message: text, range: range(match), fix: fix)
        }
        switch kind {
        case .existence:
            return matches(of: phrases, in: document, lines).map { finding(filled(written($0)), $0) }
        case .substitution:
            return matches(of: phrases, in: document, lines).map { match in
                let text = written(match)
                let right = ignoreCase ? Letters.matchingCase(counterparts[match.phrase].text, as: text) : counterparts[match.phrase].text
                return finding(filled(right, text), match, fix: right)
            }
        case .capitalization:
            return matches(of: phrases, in: document, lines).compactMap { match in
                let text = written(match), exact = phrases[match.phrase].text
                // Text in capitals (a header, a title) and the phrase as written are both right;
                // so is the exact form with a capital opening a sentence.
                guard text != exact, !Letters.isAllCapitals(document.source.lines[match.line].scalars[match.columns]),
                      text != Letters.matchingCase(exact, as: "X") || !Letters.opensSentence(document.source.lines[match.line].scalars, at: match.columns.lowerBound) else { return nil }
                return finding(filled(text, exact), match, fix: exact)
            }
        case .occurrence:
            let found = matches(of: phrases, in: document, lines)
            var diagnostics: [Diagnostic] = []
            if let maximum, found.count > maximum {
                diagnostics.append(finding(filled(String(found.count), String(maximum)), found[maximum]))
            }
            if let minimum, found.count < minimum {
                let line = lines.first ?? 0
                let anchor = Match(line: line, columns: 0..<(document.source.lines.indices.contains(line) ? document.source.lines[line].trimmedEnd : 0), phrase: 0)
                diagnostics.append(finding(filled(String(found.count), String(minimum)), anchor))
            }
            return diagnostics
        case .consistency:
            var diagnostics: [Diagnostic] = []
            for pair in phrases.indices {
                let first = matches(of: [phrases[pair]], in: document, lines)
                let second = matches(of: [counterparts[pair]], in: document, lines)
                guard !first.isEmpty, !second.isEmpty else { continue }
                // The spelling the document uses more often stands (on a tie, the one it uses first).
                let firstStands = first.count > second.count
                    || (first.count == second.count && (first[0].line, first[0].columns.lowerBound) < (second[0].line, second[0].columns.lowerBound))
                let (odd, standing) = firstStands ? (second, phrases[pair]) : (first, counterparts[pair])
                for match in odd {
                    let text = written(match)
                    let right = Letters.matchingCase(standing.text, as: text)
                    // Unsafe: which spelling the office wants is its choice, not the count's.
                    diagnostics.append(finding(filled(text, right), match, fix: right, safe: false))
                }
            }
            return diagnostics
        }
    }

    /// The message with its "%s" placeholders filled in order.
    func filled(_ values: String...) -> Message {
        func fill(_ template: String) -> String {
            var result = "", rest = Substring(template), index = 0
            while let marker = rest.range(of: "%s") {
                result += rest[..<marker.lowerBound] + (index < values.count ? values[index] : "")
                index += 1
                rest = rest[marker.upperBound...]
            }
            return result + rest
        }
        return Message(vi: fill(message.vi), en: fill(message.en))
    }

    /// The 0-based lines of the rule's scope, in order.
    func scopeLines(_ document: Document) -> [Int] {
        let all = Array(document.source.lines.indices)
        switch scope {
        case .whole: return all
        case .header:
            // Up to the title (or, without one, the V/v line or the body).
            let end = document.title?.span.startLine ?? document.subject?.span.startLine ?? document.bodyLines.first ?? all.count
            return Array(all.prefix(end))
        case .title:
            guard let title = document.title else { return [] }
            // (summaryLines are 1-based line numbers.)
            return Array(Set([title.span.startLine] + title.summaryLines.map { $0 - 1 })).sorted()
        case .body: return document.bodyLines
        case .recipients: return Array(Set(([document.kinhGui].compactMap { $0 } + document.recipients).map(\.span.startLine))).sorted()
        case .noiNhan: return Array(Set(([document.noiNhan].compactMap { $0 } + document.distribution).map(\.span.startLine))).sorted()
        }
    }

    /// Every occurrence of the phrases on the lines, left to right, not overlapping.
    func matches(of phrases: [ExactPhrase], in document: Document, _ lines: [Int]) -> [Match] {
        var found: [Match] = []
        for index in lines {
            let line = document.source.lines[index]
            let scalars = line.scalars
            var column = 0
            while column < scalars.count {
                var matched: Match?
                for (number, phrase) in phrases.enumerated() {
                    if let end = phrase.match(in: line, at: column, ignoreCase: ignoreCase) { matched = Match(line: index, columns: column..<end, phrase: number); break }
                }
                if let matched { found.append(matched); column = matched.columns.upperBound } else { column += 1 }
            }
        }
        return found
    }
}
