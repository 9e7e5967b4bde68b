import DocLint
import Foundation

/// The clerk's report as an HTML fragment: summary, checklist of thể thức components, the document
/// with its findings highlighted in place, the task table. Every piece of text that comes from the
/// upload goes through `escape`; the page's Content-Security-Policy forbids inline script as a
/// second line of defence.
public enum HTMLReport {
    /// Lines longer than this are shown cut (the findings on them are still listed).
    static let displayedLineLength = 2_000
    /// Very long documents are shown up to this line; every finding is still listed.
    static let displayedLines = 20_000

    public static func render(_ check: DraftCheck, rules: [RuleDescription], language: Language, checkedAt: Date = Date()) -> String {
        let words = Words(language)
        var out = "<section class=\"report\" data-errors=\"\(count(check, .error))\" data-warnings=\"\(count(check, .warning))\" data-notes=\"\(count(check, .note))\" data-safe-fixes=\"\(check.safeFixCount)\">\n"
        out += "<header class=\"report-head\"><h2>\(words.reportTitle) <span class=\"file\">\(escape(check.name))</span></h2>\n"
        out += "<p class=\"meta\">doclint \(Reporter.toolVersion) · \(rules.count) \(words.rules) · \(words.checkedAt) \(timestamp(checkedAt))"
        if let document = check.document { out += " · \(escape(kindLabel(document, language)))" }
        out += "</p>\n"
        if let error = check.report.inputError {
            out += "<p class=\"summary input-error\" role=\"alert\">\(escape(error.message(language)))</p>\n</header>\n</section>\n"
            return out
        }
        out += "<p class=\"summary \(summaryClass(check))\" role=\"status\">\(escape(summary(check, words)))</p>\n"
        out += "<div class=\"actions no-print\">"
        if check.safeFixCount > 0 {
            out += "<button type=\"button\" data-action=\"download-fixed\">\(words.downloadFixed(check.safeFixCount))</button>"
        } else if check.isDocx {
            out += "<button type=\"button\" data-action=\"download-reviewed\">\(words.downloadReviewed)</button>"
            if check.docxSafeFixCount > 0 {
                out += "<label class=\"hint\"><input type=\"checkbox\" data-option=\"review-fixes\"> \(words.reviewWithFixes(check.docxSafeFixCount))</label>"
            }
        }
        out += "<button type=\"button\" data-action=\"print\">\(words.print)</button></div>\n</header>\n"
        if check.document?.textCondition == .ocrDegraded { out += "<p class=\"ocr-warning\">\(words.ocrWarning)</p>\n" }
        out += findingsList(check, rules: rules, words: words, language: language)
        if let document = check.document {
            out += checklist(document, words: words, language: language)
            out += documentView(check, source: document.source, rules: rules, words: words, language: language)
            out += taskTable(check.tasks, words: words)
        }
        out += "</section>\n"
        return out
    }

    // MARK: - Parts

    static func findingsList(_ check: DraftCheck, rules: [RuleDescription], words: Words, language: Language) -> String {
        guard !check.report.diagnostics.isEmpty else { return "" }
        let byID = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var out = "<details class=\"findings-list\" open><summary>\(words.findingsHeading)</summary>\n<ol class=\"findings\">\n"
        for diagnostic in check.report.diagnostics {
            let start = diagnostic.range.start
            out += "<li class=\"finding sev-\(diagnostic.severity.rawValue)\" data-rule=\"\(escape(diagnostic.ruleID))\">"
            out += "<a class=\"where\" href=\"#L\(start.line)\">\(words.lineColumn(start.line, start.column))</a> "
            out += "<span class=\"badge\">\(words.severity(diagnostic.severity))</span> "
            out += "<span class=\"message\">\(escape(diagnostic.message.text(language)))</span> <code class=\"rule\">[\(escape(diagnostic.ruleID))]</code>"
            for note in diagnostic.notes { out += "<div class=\"note\">\(escape(note.message.text(language)))</div>" }
            if let fix = diagnostic.fix { out += "<div class=\"fix\">\(fix.isSafe ? words.safeFix : words.suggestedFix): \(escape(fix.message.text(language)))</div>" }
            if let description = byID[diagnostic.ruleID] { out += "<div class=\"legal\">\(words.legalSource): \(escape(description.source))</div>" }
            out += "</li>\n"
        }
        return out + "</ol>\n</details>\n"
    }

    struct ChecklistItem {
        let component: String
        let line: Int?
        let state: State
        let detail: String?
        enum State: String { case present, missing, optional, unchecked }
    }

    /// The components of NĐ 30/2020 Điều 8.2 (State) or HD 36-HD/VPTW Mục II (Party), as the parser found them.
    static func checklistItems(_ document: Document, language: Language) -> [ChecklistItem] {
        let vi = language == .vi
        let party = document.regime == .party
        func item(_ vi1: String, _ en1: String, _ line: Int?, required: Bool = true, detail: String? = nil) -> ChecklistItem {
            ChecklistItem(component: vi ? vi1 : en1, line: line, state: line != nil ? .present : (required ? .missing : .optional), detail: detail)
        }
        var items: [ChecklistItem] = []
        if party {
            items.append(item("“ĐẢNG CỘNG SẢN VIỆT NAM”", "“ĐẢNG CỘNG SẢN VIỆT NAM”", document.header.nationalTitle?.line))
        } else {
            items.append(item("Quốc hiệu", "National title (Quốc hiệu)", document.header.nationalTitle?.line))
            items.append(item("Tiêu ngữ", "Motto (Tiêu ngữ)", document.header.motto?.line))
        }
        items.append(item("Tên cơ quan, tổ chức ban hành", "Issuing body", document.header.issuer.first?.line))
        let blankNumber = document.header.number != nil && document.header.number?.number == nil
        items.append(item("Số, ký hiệu", "Number and code", document.header.number?.line,
                          detail: blankNumber ? (vi ? "số để trống (dự thảo)" : "number left blank (draft)") : nil))
        items.append(item("Địa danh và thời gian ban hành", "Place and date", document.header.placeDate?.line,
                          detail: document.header.placeDate.map { $0.day == nil } == true ? (vi ? "ngày để trống (dự thảo)" : "day left blank (draft)") : nil))
        if document.kind == .congVan {
            items.append(item("Trích yếu (V/v)", "Subject line (V/v)", document.subject?.line))
            items.append(item("Kính gửi", "Addressees (Kính gửi)", document.kinhGui?.line))
        } else {
            items.append(item("Tên loại và trích yếu nội dung", "Document type and summary", document.title?.line))
        }
        items.append(item("Căn cứ", "Legal basis (Căn cứ)", document.basis.first?.line, required: false))
        let bodyLine = document.sections.first?.line ?? document.bodyLines.first.map { $0 + 1 }
        items.append(item("Nội dung", "Body", bodyLine))
        let signature = document.signature
        let noName = signature != nil && signature?.name == nil
        items.append(item("Chức vụ, họ tên và chữ ký", "Position, name and signature", signature?.line,
                          detail: noName ? (vi ? "chưa thấy họ tên người ký" : "no signer's name found") : nil))
        items.append(ChecklistItem(component: vi ? "Dấu, chữ ký số" : "Seal, digital signature", line: nil, state: .unchecked,
                                   detail: vi ? "kiểm tra trên bản ký" : "checked on the signed copy"))
        items.append(item("Nơi nhận", "Recipients (Nơi nhận)", document.noiNhan?.line))
        return items
    }

    static func checklist(_ document: Document, words: Words, language: Language) -> String {
        let basis = document.regime == .party ? "HD 36-HD/VPTW, Mục II" : "NĐ 30/2020/NĐ-CP, Điều 8 khoản 2"
        var out = "<section class=\"checklist\"><h3>\(words.checklistHeading) <span class=\"legal\">(\(basis))</span></h3>\n<table>\n"
        out += "<thead><tr><th>\(words.component)</th><th>\(words.status)</th><th>\(words.line)</th></tr></thead><tbody>\n"
        for item in checklistItems(document, language: language) {
            out += "<tr class=\"item-\(item.state.rawValue)\"><td>\(escape(item.component))</td><td>\(words.state(item.state))"
            if let detail = item.detail { out += " — \(escape(detail))" }
            out += "</td><td>" + (item.line.map { "<a href=\"#L\($0)\">\($0)</a>" } ?? "") + "</td></tr>\n"
        }
        return out + "</tbody></table></section>\n"
    }

    /// The text line by line, as uploaded (not normalised), with each finding's range marked and
    /// the findings of a line written under it.
    static func documentView(_ check: DraftCheck, source: SourceText, rules: [RuleDescription], words: Words, language: Language) -> String {
        var byLine: [Int: [Int]] = [:]          // 1-based line → indices of the diagnostics that start on it
        var covering: [Int: [Int]] = [:]        // 1-based line → indices of the diagnostics whose range touches it
        let diagnostics = check.report.diagnostics
        for (index, diagnostic) in diagnostics.enumerated() {
            byLine[diagnostic.range.start.line, default: []].append(index)
            let last = min(diagnostic.range.end.line, diagnostic.range.start.line + 200)
            for line in diagnostic.range.start.line...max(diagnostic.range.start.line, last) { covering[line, default: []].append(index) }
        }
        var out = "<section class=\"document no-print-if-long\"><h3>\(words.documentHeading)</h3>\n<div class=\"doc\">\n"
        for line in source.lines.prefix(displayedLines) {
            let number = line.number
            let touching = covering[number] ?? []
            let worst = touching.map { diagnostics[$0].severity }.max()
            out += "<div class=\"line\(worst.map { " flag-\($0.rawValue)" } ?? "")\" id=\"L\(number)\"><span class=\"ln\">\(number)</span><span class=\"tx\">"
            out += highlighted(line, touching.map { diagnostics[$0] }, language: language)
            // OCR text was checked in its restored view: show that reading under the original line.
            if line.isRestoredView, line.text != line.original {
                out += "<span class=\"restored\" title=\"\(words.restoredTitle)\">\(escape(line.text))</span>"
            }
            out += "</span></div>\n"
            for index in byLine[number] ?? [] {
                let diagnostic = diagnostics[index]
                out += "<div class=\"inline-finding sev-\(diagnostic.severity.rawValue)\"><span class=\"badge\">\(words.severity(diagnostic.severity))</span> "
                out += "\(escape(diagnostic.message.text(language))) <code class=\"rule\">[\(escape(diagnostic.ruleID))]</code></div>\n"
            }
        }
        if source.lines.count > displayedLines {
            out += "<p class=\"cut\">\(words.moreLines(source.lines.count - displayedLines))</p>\n"
        }
        return out + "</div></section>\n"
    }

    /// One line's original text split at the findings' column boundaries; each piece that a finding
    /// covers becomes a <mark> of the worst severity covering it, titled with the messages.
    static func highlighted(_ line: SourceLine, _ diagnostics: [Diagnostic], language: Language) -> String {
        let scalars = Array(line.original.unicodeScalars)
        let shown = min(scalars.count, displayedLineLength)
        // Each finding's columns on this line, 0-based and half-open, clipped to what is shown.
        var spans: [(Range<Int>, Diagnostic)] = []
        for diagnostic in diagnostics {
            let start = diagnostic.range.start.line == line.number ? diagnostic.range.start.column - 1 : 0
            let end = diagnostic.range.end.line == line.number ? diagnostic.range.end.column - 1 : scalars.count
            let lower = max(0, min(start, shown)), upper = max(lower, min(end, shown))
            if upper > lower { spans.append((lower..<upper, diagnostic)) }
        }
        var cuts = Set([0, shown])
        for (range, _) in spans { cuts.insert(range.lowerBound); cuts.insert(range.upperBound) }
        let points = cuts.sorted()
        var out = ""
        for (from, to) in zip(points, points.dropFirst()) where to > from {
            let piece = escape(String(String.UnicodeScalarView(scalars[from..<to])))
            let over = spans.filter { $0.0.lowerBound <= from && to <= $0.0.upperBound }.map { $0.1 }
            if let worst = over.map(\.severity).max() {
                let title = over.map { "\($0.message.text(language)) [\($0.ruleID)]" }.joined(separator: "\n")
                out += "<mark class=\"sev-\(worst.rawValue)\" title=\"\(escape(title))\">\(piece)</mark>"
            } else {
                out += piece
            }
        }
        if scalars.count > shown { out += "<span class=\"cut\">… (\(scalars.count) \(language == .vi ? "ký tự" : "characters"))</span>" }
        return out
    }

    static func taskTable(_ tasks: [TaskRow], words: Words) -> String {
        guard !tasks.isEmpty else { return "<section class=\"tasks\"><h3>\(words.tasksHeading)</h3><p>\(words.noTasks)</p></section>\n" }
        let undated = tasks.filter { $0.due == nil }.count
        var out = "<section class=\"tasks\"><h3>\(words.tasksHeading)</h3>\n<p>\(words.taskSummary(tasks.count, undated))</p>\n<table>\n"
        out += "<thead><tr><th>\(words.line)</th><th>\(words.section)</th><th>\(words.assignee)</th><th>\(words.task)</th><th>\(words.deadline)</th><th>\(words.due)</th><th>\(words.product)</th></tr></thead><tbody>\n"
        for task in tasks {
            let assignees = task.assignees.map { name in name == task.lead ? "<strong>\(escape(name))</strong>" : escape(name) }.joined(separator: ", ")
            let text = task.task.unicodeScalars.count > 400 ? String(String.UnicodeScalarView(task.task.unicodeScalars.prefix(400))) + "…" : task.task
            out += "<tr class=\"\(task.due == nil ? "undated" : "dated")\"><td><a href=\"#L\(task.line)\">\(task.line)</a></td><td>\(escape(task.section ?? ""))</td>"
            out += "<td>\(assignees)</td><td>\(escape(text))</td><td>\(escape(task.deadlineText ?? ""))</td>"
            out += "<td>\(task.due.flatMap(CivilDate.init(iso:)).map { String(format: "%02d/%02d/%04d", $0.day, $0.month, $0.year) } ?? words.flag(task.flag))</td>"
            out += "<td>\(escape(task.product ?? ""))</td></tr>\n"
        }
        return out + "</tbody></table></section>\n"
    }

    // MARK: - Helpers

    /// HTML-escapes text for element content and quoted attribute values: the reporters' XML
    /// escaping plus the apostrophe.
    public static func escape(_ text: String) -> String {
        Reporter.xmlText(text).replacingOccurrences(of: "'", with: "&#39;")
    }

    static func count(_ check: DraftCheck, _ severity: Severity) -> Int { check.report.diagnostics.filter { $0.severity == severity }.count }

    static func summary(_ check: DraftCheck, _ words: Words) -> String {
        words.summary(errors: count(check, .error), warnings: count(check, .warning), notes: count(check, .note))
    }

    static func summaryClass(_ check: DraftCheck) -> String {
        check.report.diagnostics.map(\.severity).max().map { "sev-\($0.rawValue)" } ?? "clean"
    }

    static func timestamp(_ date: Date) -> String {
        // Vietnam time (UTC+7, no daylight saving), as the clerk's wall clock shows it.
        let seconds = Int(date.timeIntervalSince1970) + 7 * 3600
        let day = CivilDate(dayNumber: Int((Double(seconds) / 86_400).rounded(.down)))
        let second = ((seconds % 86_400) + 86_400) % 86_400
        return String(format: "%02d:%02d %02d/%02d/%04d", second / 3600, second % 3600 / 60, day.day, day.month, day.year)
    }

    static func kindLabel(_ document: Document, _ language: Language) -> String {
        let vi: [DocumentKind: String] = [.congVan: "Công văn", .thongBao: "Thông báo", .keHoach: "Kế hoạch", .quyetDinh: "Quyết định",
                                          .baoCao: "Báo cáo", .toTrinh: "Tờ trình", .chiThi: "Chỉ thị", .huongDan: "Hướng dẫn",
                                          .nghiQuyet: "Nghị quyết", .ketLuan: "Kết luận", .giayMoi: "Giấy mời"]
        let kind = language == .vi ? (vi[document.kind] ?? "Chưa nhận ra loại văn bản") : document.kind.rawValue
        switch document.regime {
        case .party: return kind + (language == .vi ? " (văn bản của Đảng)" : " (Party)")
        case .state: return kind + (language == .vi ? " (cơ quan nhà nước)" : " (State)")
        case .unknown: return kind
        }
    }
}

/// The report's fixed words in the two languages.
struct Words {
    let vi: Bool
    init(_ language: Language) { vi = language == .vi }

    var reportTitle: String { vi ? "Kết quả kiểm tra" : "Check of" }
    var restoredTitle: String { vi ? "Đã khôi phục dấu (văn bản OCR): cách doclint đọc dòng này" : "Diacritics restored (OCR text): how doclint read this line" }
    var rules: String { vi ? "quy tắc" : "rules" }
    var checkedAt: String { vi ? "kiểm tra lúc" : "checked at" }
    var print: String { vi ? "In báo cáo" : "Print report" }
    var downloadReviewed: String { vi ? "Tải bản Word đã rà soát" : "Download the reviewed Word file" }
    func reviewWithFixes(_ count: Int) -> String {
        vi ? "kèm \(count) chỗ sửa an toàn, dạng thay đổi được theo dõi (chấp nhận hoặc từ chối trong Word)"
           : "with \(count) safe fixes as tracked changes (accept or reject them in Word)"
    }
    func downloadFixed(_ count: Int) -> String { vi ? "Tải bản .txt đã sửa (\(count) chỗ sửa được tự động)" : "Download the fixed .txt (\(count) automatic fixes)" }
    var ocrWarning: String { vi ? "Văn bản có dấu hiệu OCR lỗi dấu: các quy tắc cần chữ chính xác đã tạm bỏ qua, danh mục thể thức có thể thiếu chính xác." : "The text looks like damaged OCR: rules that need exact text were skipped and the checklist may be inaccurate." }
    var findingsHeading: String { vi ? "Các phát hiện" : "Findings" }
    var legalSource: String { vi ? "Căn cứ" : "Source" }
    var safeFix: String { vi ? "Sửa tự động" : "Automatic fix" }
    var suggestedFix: String { vi ? "Gợi ý sửa" : "Suggested fix" }
    var checklistHeading: String { vi ? "Thành phần thể thức" : "Format components" }
    var component: String { vi ? "Thành phần" : "Component" }
    var status: String { vi ? "Tình trạng" : "Status" }
    var line: String { vi ? "Dòng" : "Line" }
    var documentHeading: String { vi ? "Văn bản và vị trí phát hiện" : "The document with its findings" }
    var tasksHeading: String { vi ? "Nhiệm vụ được giao" : "Assigned tasks" }
    var noTasks: String { vi ? "Không thấy nhiệm vụ giao cho cơ quan, đơn vị nào." : "No assigned task found." }
    var section: String { vi ? "Mục" : "Section" }
    var assignee: String { vi ? "Cơ quan thực hiện (chủ trì in đậm)" : "Assignees (lead in bold)" }
    var task: String { vi ? "Nhiệm vụ" : "Task" }
    var deadline: String { vi ? "Thời hạn trong văn bản" : "Deadline as written" }
    var due: String { vi ? "Hạn cuối" : "Due" }
    var product: String { vi ? "Sản phẩm" : "Product" }

    func lineColumn(_ line: Int, _ column: Int) -> String { vi ? "Dòng \(line), cột \(column)" : "Line \(line), column \(column)" }
    func moreLines(_ count: Int) -> String { vi ? "… còn \(count) dòng không hiển thị (các phát hiện vẫn được liệt kê ở trên)." : "… \(count) more lines not shown (their findings are listed above)." }
    func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: return vi ? "lỗi" : "error"
        case .warning: return vi ? "cảnh báo" : "warning"
        case .note: return vi ? "ghi chú" : "note"
        }
    }
    func state(_ state: HTMLReport.ChecklistItem.State) -> String {
        switch state {
        case .present: return vi ? "có" : "present"
        case .missing: return vi ? "thiếu" : "missing"
        case .optional: return vi ? "không có (không bắt buộc)" : "absent (optional)"
        case .unchecked: return vi ? "không kiểm tra được trên bản thảo" : "not checkable on a draft"
        }
    }
    func summary(errors: Int, warnings: Int, notes: Int) -> String {
        if errors + warnings + notes == 0 { return vi ? "Không có lỗi, cảnh báo hay ghi chú." : "No errors, warnings or notes." }
        var parts: [String] = []
        if errors > 0 { parts.append(vi ? "\(errors) lỗi" : "\(errors) error\(errors == 1 ? "" : "s")") }
        if warnings > 0 { parts.append(vi ? "\(warnings) cảnh báo" : "\(warnings) warning\(warnings == 1 ? "" : "s")") }
        if notes > 0 { parts.append(vi ? "\(notes) ghi chú" : "\(notes) note\(notes == 1 ? "" : "s")") }
        return parts.joined(separator: ", ")
    }
    func taskSummary(_ count: Int, _ undated: Int) -> String {
        vi ? "\(count) nhiệm vụ, \(undated) nhiệm vụ chưa có hạn cuối." : "\(count) tasks, \(undated) without a due date."
    }
    func flag(_ flag: String?) -> String {
        switch flag {
        case "recurring": return vi ? "định kỳ" : "recurring"
        case "ongoing": return vi ? "thường xuyên" : "ongoing"
        case "relative": return vi ? "tính từ sự kiện" : "counted from an event"
        case "invalid-date": return vi ? "ngày không có thật" : "invalid date"
        default: return vi ? "chưa có thời hạn" : "no deadline"
        }
    }
}
