import Foundation

/// Known findings of a repository with a backlog. A finding is matched on path, rule, the text of
/// its line (normalised) and its message — not on line numbers — so the baseline survives edits
/// elsewhere; identical findings are counted.
public struct Baseline: Sendable, Codable {
    public struct Entry: Sendable, Codable, Hashable {
        public let path: String
        public let rule: String
        public let lineText: String
        public let message: String
        public var count: Int
        enum CodingKeys: String, CodingKey { case path, rule, lineText = "line_text", message, count }
    }
    public var version = 1
    public var tool = "doclint"
    public var findings: [Entry]

    public init(reports: [FileReport]) {
        var counts: [String: Entry] = [:]
        var order: [String] = []
        for report in reports {
            for diagnostic in report.diagnostics {
                let key = Fingerprint.key(path: report.path, report.source, diagnostic)
                if counts[key] == nil {
                    order.append(key)
                    counts[key] = Entry(path: Fingerprint.normalisedPath(report.path), rule: diagnostic.ruleID,
                                        lineText: Fingerprint.lineText(report.source, diagnostic), message: diagnostic.message.vi, count: 0)
                }
                counts[key]!.count += 1
            }
        }
        findings = order.map { counts[$0]! }
    }

    public func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self) + "\n"
    }

    public static func load(path: String) throws -> Baseline {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let baseline = try JSONDecoder().decode(Baseline.self, from: data)
        guard baseline.version == 1 else { throw InputError.unreadable(path: path, reason: "baseline version \(baseline.version) is not supported") }
        return baseline
    }

    /// Drops the findings the baseline knows; returns the filtered reports and how many were dropped.
    public func filter(_ reports: [FileReport]) -> (reports: [FileReport], matched: Int) {
        var remaining: [String: Int] = [:]
        for entry in findings { remaining[[entry.path, entry.rule, entry.lineText, entry.message].joined(separator: "\u{1F}"), default: 0] += entry.count }
        var matched = 0
        let filtered = reports.map { report in
            let kept = report.diagnostics.filter { diagnostic in
                let key = Fingerprint.key(path: report.path, report.source, diagnostic)
                guard let left = remaining[key], left > 0 else { return true }
                remaining[key] = left - 1
                matched += 1
                return false
            }
            return FileReport(path: report.path, source: report.source, diagnostics: kept, inputError: report.inputError)
        }
        return (filtered, matched)
    }
}
