import Foundation

/// Reports for machines: SARIF 2.1.0 (GitHub code scanning), GitHub workflow commands,
/// JUnit XML and GitLab Code Quality JSON.
extension Reporter {
    // MARK: - SARIF 2.1.0

    func sarif(_ reports: [FileReport]) -> String {
        let sorted = rules.sorted { $0.id < $1.id }
        let ruleIndex = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1.id, $0) })
        var results: [[String: Any]] = []
        var notifications: [[String: Any]] = []
        for report in reports {
            if let error = report.inputError {
                notifications.append([
                    "level": "error",
                    "message": ["text": error.message(language)],
                    "locations": [["physicalLocation": ["artifactLocation": ["uri": Self.uri(report.path), "uriBaseId": "%SRCROOT%"]]]],
                ])
            }
            for (diagnostic, fingerprint) in zip(report.diagnostics, Fingerprint.fingerprints(report)) {
                var result: [String: Any] = [
                    "ruleId": diagnostic.ruleID,
                    "level": Self.sarifLevel(diagnostic.severity),
                    "message": ["text": diagnostic.message.text(language)],
                    "locations": [["physicalLocation": [
                        "artifactLocation": ["uri": Self.uri(report.path), "uriBaseId": "%SRCROOT%"],
                        "region": ["startLine": diagnostic.range.start.line, "startColumn": diagnostic.range.start.column,
                                   "endLine": diagnostic.range.end.line, "endColumn": max(diagnostic.range.end.column, diagnostic.range.start.column + (diagnostic.range.end.line == diagnostic.range.start.line ? 1 : 0))],
                    ]]],
                    "partialFingerprints": ["primaryLocationLineHash": fingerprint],
                ]
                if let index = ruleIndex[diagnostic.ruleID] { result["ruleIndex"] = index }
                if let fix = diagnostic.fix {
                    result["fixes"] = [[
                        "description": ["text": fix.message.text(language)],
                        "artifactChanges": [[
                            "artifactLocation": ["uri": Self.uri(report.path), "uriBaseId": "%SRCROOT%"],
                            "replacements": fix.edits.map { edit in [
                                "deletedRegion": ["startLine": edit.range.start.line, "startColumn": edit.range.start.column,
                                                  "endLine": edit.range.end.line, "endColumn": edit.range.end.column],
                                "insertedContent": ["text": edit.replacement],
                            ] },
                        ]],
                    ]]
                }
                results.append(result)
            }
        }
        let driverRules: [[String: Any]] = sorted.map { rule in
            [
                "id": rule.id,
                "name": Self.pascalCase(rule.id),
                "shortDescription": ["text": rule.summary.text(language)],
                "fullDescription": ["text": rule.rationale.text(language)],
                "help": ["text": "\(rule.rationale.text(language))\n\(rule.source)\n\ndoclint rules \(rule.id)",
                         "markdown": "\(rule.rationale.text(language))\n\n**\(language == .vi ? "Căn cứ" : "Source")**: \(rule.source)\n\n`doclint rules \(rule.id)`"],
                "defaultConfiguration": ["level": Self.sarifLevel(rule.defaultSeverity), "enabled": !rule.isOptIn],
                "properties": ["category": rule.category.rawValue, "tags": [rule.category.rawValue, "documentation"]],
            ]
        }
        let run: [String: Any] = [
            "tool": ["driver": ["name": "doclint", "version": Reporter.toolVersion, "semanticVersion": Reporter.toolVersion, "rules": driverRules]],
            "columnKind": "unicodeCodePoints",
            "originalUriBaseIds": ["%SRCROOT%": ["uri": Self.currentDirectoryURI()]],
            "invocations": [["executionSuccessful": notifications.isEmpty, "toolExecutionNotifications": notifications]],
            "results": results,
        ]
        let log: [String: Any] = ["$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": [run]]
        let data = (try? JSONSerialization.data(withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    public static let toolVersion = "0.1.0"

    static func sarifLevel(_ severity: Severity) -> String {
        switch severity { case .error: "error"; case .warning: "warning"; case .note: "note" }
    }

    /// A relative URI reference: path segments percent-encoded, "/" kept.
    static func uri(_ path: String) -> String {
        let relative = Fingerprint.normalisedPath(path)
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":?#[]@!$&'()*+,;=")
        allowed.insert("/")
        return relative.addingPercentEncoding(withAllowedCharacters: allowed) ?? relative
    }

    static func currentDirectoryURI() -> String {
        URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true).absoluteString
    }

    static func pascalCase(_ id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    // MARK: - GitHub workflow commands

    /// `::error file=…,line=…::message`, escaped like @actions/core (escapeData / escapeProperty).
    func github(_ reports: [FileReport]) -> String {
        var out = ""
        for report in reports {
            if let error = report.inputError {
                out += "::error file=\(Self.escapeProperty(report.path)),title=\(Self.escapeProperty("doclint"))::\(Self.escapeData(error.message(language)))\n"
            }
            for diagnostic in report.diagnostics {
                let command = switch diagnostic.severity { case .error: "error"; case .warning: "warning"; case .note: "notice" }
                let properties = [
                    "file=\(Self.escapeProperty(report.path))",
                    "line=\(diagnostic.range.start.line)", "col=\(diagnostic.range.start.column)",
                    "endLine=\(diagnostic.range.end.line)", "endColumn=\(diagnostic.range.end.column)",
                    "title=\(Self.escapeProperty("doclint " + diagnostic.ruleID))",
                ].joined(separator: ",")
                out += "::\(command) \(properties)::\(Self.escapeData(diagnostic.message.text(language) + " [" + diagnostic.ruleID + "]"))\n"
            }
        }
        return out
    }

    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    // MARK: - JUnit XML

    /// One test suite per file, one failing test case per finding (a clean file is one passing case).
    func junit(_ reports: [FileReport]) -> String {
        var suites = ""
        var totalTests = 0, totalFailures = 0, totalErrors = 0
        for report in reports {
            var cases = ""
            var failures = 0, errors = 0
            if let error = report.inputError {
                errors += 1
                cases += "    <testcase classname=\"doclint\" name=\(Self.xmlAttribute(report.path))>\n      <error type=\"input\" message=\(Self.xmlAttribute(error.message(language)))/>\n    </testcase>\n"
            } else if report.diagnostics.isEmpty {
                cases += "    <testcase classname=\"doclint\" name=\(Self.xmlAttribute(report.path))/>\n"
            }
            for diagnostic in report.diagnostics {
                failures += 1
                let name = "\(report.path):\(diagnostic.range.start.line):\(diagnostic.range.start.column) [\(diagnostic.ruleID)]"
                let message = diagnostic.message.text(language)
                cases += "    <testcase classname=\(Self.xmlAttribute("doclint." + diagnostic.ruleID)) name=\(Self.xmlAttribute(name)) file=\(Self.xmlAttribute(report.path)) line=\"\(diagnostic.range.start.line)\">\n"
                cases += "      <failure type=\(Self.xmlAttribute(diagnostic.severity.rawValue)) message=\(Self.xmlAttribute(message))>\(Self.xmlText("\(report.path):\(diagnostic.range.start.line):\(diagnostic.range.start.column): \(diagnostic.severity.rawValue): \(message) [\(diagnostic.ruleID)]"))</failure>\n"
                cases += "    </testcase>\n"
            }
            let tests = max(1, report.diagnostics.count + (report.inputError == nil ? 0 : 1))
            totalTests += tests; totalFailures += failures; totalErrors += errors
            suites += "  <testsuite name=\(Self.xmlAttribute(report.path)) tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\">\n\(cases)  </testsuite>\n"
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"doclint\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"\(totalErrors)\">\n\(suites)</testsuites>\n"
    }

    /// Text escaped for XML (and HTML) element content and quoted attributes; control characters XML
    /// forbids become U+FFFD.
    public static func xmlText(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\t", "\r": out.unicodeScalars.append(scalar)
            // XML 1.0 forbids other control characters even as references.
            default: if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { out += "\u{FFFD}" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    static func xmlAttribute(_ text: String) -> String {
        "\"" + xmlText(text).replacingOccurrences(of: "\n", with: "&#10;").replacingOccurrences(of: "\t", with: "&#9;").replacingOccurrences(of: "\r", with: "&#13;") + "\""
    }

    // MARK: - GitLab Code Quality

    func gitlab(_ reports: [FileReport]) -> String {
        var issues: [[String: Any]] = []
        for report in reports {
            for (diagnostic, fingerprint) in zip(report.diagnostics, Fingerprint.fingerprints(report)) {
                let severity = switch diagnostic.severity { case .error: "major"; case .warning: "minor"; case .note: "info" }
                issues.append([
                    "type": "issue",
                    "check_name": diagnostic.ruleID,
                    "description": diagnostic.message.text(language),
                    "categories": ["Style"],
                    "severity": severity,
                    "fingerprint": Fingerprint.hash(fingerprint),
                    "location": ["path": Fingerprint.normalisedPath(report.path),
                                 "positions": ["begin": ["line": diagnostic.range.start.line, "column": diagnostic.range.start.column],
                                               "end": ["line": diagnostic.range.end.line, "column": diagnostic.range.end.column]]],
                ])
            }
        }
        let data = (try? JSONSerialization.data(withJSONObject: issues, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
