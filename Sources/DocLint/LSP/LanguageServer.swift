import Foundation

/// `doclint lsp`: the Language Server Protocol (3.17) over JSON-RPC. Messages come in one at a
/// time through `handle`; answers and diagnostics go out through `send`. Linting runs on its own
/// queue, a short pause after the last change, and a result is published only if the document
/// has not changed since it was linted (never stale results over newer ones).
public final class LanguageServer: @unchecked Sendable {
    public typealias JSON = [String: Any]

    private let linter: Linter
    private let descriptions: [RuleDescription]
    private let rules: [String: RuleDescription]
    private let send: @Sendable (JSON) -> Void
    private let debounce: DispatchTimeInterval
    private let work = DispatchQueue(label: "doclint.lsp.lint")
    private let lock = NSLock()

    // Guarded by `lock`.
    private var encoding = PositionEncoding.utf16
    private var language = Language.vi
    /// `initializationOptions.rulesDocumentation`: where a rule's page is, `{rule}` standing for
    /// its id (an office's wiki, its copy of the README). Without it no `codeDescription` is sent:
    /// doclint has no published site to point at.
    private var documentation: String?
    private var documents: [String: OpenDocument] = [:]
    private var configurations: [String: (modified: Date?, configuration: Configuration)] = [:]
    public private(set) var shutdownRequested = false

    struct OpenDocument {
        var text: LSPText
        var version: Int
        /// Bumped by every change: a scheduled lint that finds another number was overtaken.
        var generation = 0
        /// The findings last published, for code actions and hover.
        var diagnostics: [Diagnostic] = []
    }

    public init(rules: [any DocumentRule.Type], debounce: DispatchTimeInterval = .milliseconds(10), send: @escaping @Sendable (JSON) -> Void) {
        linter = Linter(rules: rules)
        descriptions = linter.descriptions
        self.rules = Dictionary(descriptions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.debounce = debounce
        self.send = send
    }

    /// Waits until scheduled lints have run (tests).
    public func drain() { work.sync {} }

    /// One incoming message. Returns false after `exit`.
    @discardableResult
    public func handle(_ message: JSON) -> Bool {
        let method = message["method"] as? String
        let id = message["id"]
        let params = message["params"] as? JSON ?? [:]
        guard let method else { return true }  // a response to us: we send no requests
        switch method {
        case "initialize":
            respond(id, initialize(params))
        case "initialized", "$/setTrace", "$/cancelRequest", "workspace/didChangeConfiguration":
            break
        case "workspace/didChangeWatchedFiles":
            lock.withLock { configurations.removeAll() }
            relintAll()
        case "textDocument/didOpen":
            guard let document = params["textDocument"] as? JSON, let uri = document["uri"] as? String else { break }
            lock.withLock {
                documents[uri] = OpenDocument(text: LSPText(document["text"] as? String ?? ""), version: document["version"] as? Int ?? 0)
            }
            schedule(uri)
        case "textDocument/didChange":
            guard let document = params["textDocument"] as? JSON, let uri = document["uri"] as? String else { break }
            let changes = params["contentChanges"] as? [JSON] ?? []
            lock.withLock {
                guard var open = documents[uri] else { return }
                for change in changes {
                    open.text.apply(range: (change["range"] as? JSON).flatMap(Self.range), text: change["text"] as? String ?? "", encoding)
                }
                open.version = document["version"] as? Int ?? open.version + 1
                open.generation += 1
                documents[uri] = open
            }
            schedule(uri)
        case "textDocument/didSave":
            if let uri = (params["textDocument"] as? JSON)?["uri"] as? String { schedule(uri) }
        case "textDocument/didClose":
            guard let uri = (params["textDocument"] as? JSON)?["uri"] as? String else { break }
            lock.withLock { _ = documents.removeValue(forKey: uri) }
            send(["jsonrpc": "2.0", "method": "textDocument/publishDiagnostics", "params": ["uri": uri, "diagnostics": [Any]()]])
        case "textDocument/codeAction":
            respond(id, codeActions(params))
        case "textDocument/hover":
            respond(id, hover(params) ?? NSNull())
        case "shutdown":
            lock.withLock { shutdownRequested = true }
            drain()
            respond(id, NSNull())
        case "exit":
            return false
        default:
            // An unknown request gets MethodNotFound; an unknown notification is ignored.
            if let id { send(["jsonrpc": "2.0", "id": id, "error": ["code": -32601, "message": "method not found: \(method)"]]) }
        }
        return true
    }

    private func respond(_ id: Any?, _ result: Any) {
        guard let id else { return }
        send(["jsonrpc": "2.0", "id": id, "result": result])
    }

    private func initialize(_ params: JSON) -> JSON {
        let offered = ((params["capabilities"] as? JSON)?["general"] as? JSON)?["positionEncodings"] as? [String] ?? []
        let options = params["initializationOptions"] as? JSON ?? [:]
        lock.withLock {
            encoding = PositionEncoding.negotiate(offered)
            language = (options["lang"] as? String) == "en" ? .en : .vi
            documentation = (options["rulesDocumentation"] as? String).flatMap { $0.contains("{rule}") ? $0 : nil }
        }
        return [
            "capabilities": [
                "positionEncoding": encoding.rawValue,
                "textDocumentSync": ["openClose": true, "change": 2, "save": ["includeText": false]],
                "codeActionProvider": ["codeActionKinds": ["quickfix"]],
                "hoverProvider": true,
            ] as JSON,
            "serverInfo": ["name": "doclint", "version": "0.1.0"],
        ]
    }

    // MARK: - Linting

    private func schedule(_ uri: String) {
        guard let generation = lock.withLock({ documents[uri]?.generation }) else { return }
        work.asyncAfter(deadline: .now() + debounce) { [self] in
            // Overtaken by a later change: that change's own lint will run.
            guard let (text, version) = lock.withLock({ () -> (LSPText, Int)? in
                guard let open = documents[uri], open.generation == generation else { return nil }
                return (open.text, open.version)
            }) else { return }
            let diagnostics = lint(text, uri: uri)
            let published: JSON? = lock.withLock {
                guard var open = documents[uri], open.generation == generation else { return nil }
                open.diagnostics = diagnostics
                documents[uri] = open
                return ["uri": uri, "version": version, "diagnostics": diagnostics.map { lspDiagnostic($0, text, uri) }]
            }
            if let published { send(["jsonrpc": "2.0", "method": "textDocument/publishDiagnostics", "params": published]) }
        }
    }

    private func relintAll() {
        let uris = lock.withLock { documents.keys.sorted() }
        for uri in uris {
            lock.withLock { documents[uri]?.generation += 1 }
            schedule(uri)
        }
    }

    private func lint(_ text: LSPText, uri: String) -> [Diagnostic] {
        let path = Self.path(uri)
        guard case .success(let source) = TextLoader.decode(bytes: Array(text.text.utf8), path: path) else { return [] }
        return linter.lint(source, configuration: configuration(for: path))
    }

    /// The rules.yml that governs `path`, re-read when its modification time changes.
    private func configuration(for path: String) -> Configuration {
        guard let file = Configuration.discover(from: path) else { return Configuration() }
        let modified = (try? FileManager.default.attributesOfItem(atPath: file))?[.modificationDate] as? Date
        if let cached = lock.withLock({ configurations[file] }), cached.modified == modified { return cached.configuration }
        let loaded = (try? Configuration.load(path: file, rules: descriptions)) ?? Configuration()
        lock.withLock { configurations[file] = (modified, loaded) }
        return loaded
    }

    static func path(_ uri: String) -> String {
        guard uri.hasPrefix("file://") else { return uri }
        let rest = String(uri.dropFirst("file://".count))
        return rest.removingPercentEncoding ?? rest
    }

    // MARK: - Conversions

    static func range(_ json: JSON) -> (start: (line: Int, character: Int), end: (line: Int, character: Int))? {
        guard let start = json["start"] as? JSON, let end = json["end"] as? JSON,
              let startLine = start["line"] as? Int, let startCharacter = start["character"] as? Int,
              let endLine = end["line"] as? Int, let endCharacter = end["character"] as? Int else { return nil }
        return ((startLine, startCharacter), (endLine, endCharacter))
    }

    private func lspRange(_ range: SourceRange, _ text: LSPText) -> JSON {
        let start = text.position(line: range.start.line, column: range.start.column, encoding)
        let end = text.position(line: range.end.line, column: range.end.column, encoding)
        return ["start": ["line": start.line, "character": start.character], "end": ["line": end.line, "character": end.character]]
    }

    private func message(_ message: Message) -> String { language == .vi ? message.vi : message.en }

    private func lspDiagnostic(_ diagnostic: Diagnostic, _ text: LSPText, _ uri: String) -> JSON {
        var result: JSON = [
            "range": lspRange(diagnostic.range, text),
            "severity": diagnostic.severity == .error ? 1 : diagnostic.severity == .warning ? 2 : 3,
            "code": diagnostic.ruleID,
            "source": "doclint",
            "message": message(diagnostic.message),
        ]
        let related: [JSON] = diagnostic.notes.compactMap { note in
            guard let range = note.range else { return nil }
            return ["location": ["uri": uri, "range": lspRange(range, text)], "message": message(note.message)]
        }
        if !related.isEmpty { result["relatedInformation"] = related }
        if let documentation {
            result["codeDescription"] = ["href": documentation.replacingOccurrences(of: "{rule}", with: diagnostic.ruleID)]
        }
        return result
    }

    // MARK: - Code actions and hover

    private func codeActions(_ params: JSON) -> [JSON] {
        guard let uri = (params["textDocument"] as? JSON)?["uri"] as? String, let asked = (params["range"] as? JSON).flatMap(Self.range) else { return [] }
        return lock.withLock {
            guard let open = documents[uri] else { return [] }
            let first = asked.start.line + 1, last = asked.end.line + 1
            var actions: [JSON] = []
            for diagnostic in open.diagnostics where diagnostic.range.start.line <= last && diagnostic.range.end.line >= first {
                let lspDiagnostic = lspDiagnostic(diagnostic, open.text, uri)
                if let fix = diagnostic.fix {
                    let edits = fix.edits.map { ["range": lspRange($0.range, open.text), "newText": $0.replacement] as JSON }
                    let unsafe = language == .vi ? " (sửa không an toàn: xem lại)" : " (unsafe fix: review it)"
                    actions.append(["title": message(fix.message) + (fix.isSafe ? "" : unsafe), "kind": "quickfix",
                                    "diagnostics": [lspDiagnostic], "isPreferred": fix.isSafe,
                                    "edit": ["changes": [uri: edits]]])
                }
                // A suppression comment on its own line above the finding's line.
                let line = diagnostic.range.start.line - 1
                let comment = "<!-- doclint-disable-next-line \(diagnostic.ruleID) -->" + (open.text.text.containsBytes("\r\n") ? "\r\n" : "\n")
                let title = language == .vi ? "Tắt quy tắc \(diagnostic.ruleID) cho dòng sau" : "Disable \(diagnostic.ruleID) for the next line"
                actions.append(["title": title, "kind": "quickfix", "diagnostics": [lspDiagnostic],
                                "edit": ["changes": [uri: [["range": ["start": ["line": line, "character": 0], "end": ["line": line, "character": 0]],
                                                            "newText": comment] as JSON]]]])
            }
            return actions
        }
    }

    private func hover(_ params: JSON) -> JSON? {
        guard let uri = (params["textDocument"] as? JSON)?["uri"] as? String, let position = params["position"] as? JSON,
              let line = position["line"] as? Int, let character = position["character"] as? Int else { return nil }
        return lock.withLock {
            guard let open = documents[uri] else { return nil }
            let column = open.text.column(line: line, character: character, encoding)
            let at = SourcePosition(line: line + 1, column: column)
            let found = open.diagnostics.filter { $0.range.start <= at && (at < $0.range.end || $0.range.start == $0.range.end && at == $0.range.start) }
            guard !found.isEmpty else { return nil }
            let sections = found.map { diagnostic -> String in
                guard let rule = rules[diagnostic.ruleID] else { return "**\(diagnostic.ruleID)**: " + message(diagnostic.message) }
                let sourceLabel = language == .vi ? "Căn cứ" : "Source"
                return "**\(rule.id)** — \(message(rule.summary))\n\n\(message(rule.rationale))\n\n\(sourceLabel): \(rule.source)"
            }
            return ["contents": ["kind": "markdown", "value": sections.joined(separator: "\n\n---\n\n")], "range": lspRange(found[0].range, open.text)]
        }
    }
}
