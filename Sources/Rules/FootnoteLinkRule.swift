import DocLint

struct FootnoteLinkRule: DocumentRule {
    static let description = RuleDescription(
        id: "footnote-link",
        name: "Chú thích khớp với dấu chú thích",
        summary: message("Mỗi dấu chú thích trong nội dung có lời chú thích, mỗi chú thích có dấu trong nội dung, đánh số liên tục", "Every footnote marker has a footnote text and vice versa, numbered in order"),
        rationale: message("Thực tiễn soạn thảo (seeds 001, 002): văn bản viện dẫn bằng chú thích cuối trang; một dấu không có lời chú thích hoặc chú thích mồ côi làm người đọc không tìm được văn bản được dẫn (NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6.b yêu cầu viện dẫn đầy đủ).",
                           "Drafting practice (seeds 001, 002): citations are moved into footnotes; a marker without its text, or an orphan footnote, leaves the reader unable to find the cited document (Decree 30/2020, Appendix I, II.6.b requires full citations)."),
        source: "Thực tiễn soạn thảo; NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6.b",
        category: .structure,
        defaultSeverity: .warning,
        nonTriggering: [
            "Thực hiện Kế hoạch của Tỉnh ủy[^1], Ủy ban nhân dân tỉnh chỉ đạo.\n\n[^1]: Kế hoạch số 24-KH/TU ngày 11/8/2025 của Tỉnh ủy.",
            // Footnote texts left mid-body at a page break, and bracketed markers.
            "1. Các xã báo cáo hằng quý theo Kế hoạch của Ban Chỉ đạo¹.\n¹ Kế hoạch số 05-KH/BCĐ ngày 12/12/2025 của Ban Chỉ đạo.\n2. Nội dung báo cáo theo đề cương kèm theo.",
            "Sau khi nghe Sở Tài chính báo cáo[1], Chủ tịch kết luận.\n\n____________\n[1] Báo cáo số 38/BC-STC ngày 06/11/2025 của Sở Tài chính.",
        ],
        triggering: [
            "Thực hiện Kế hoạch của Tỉnh ủy↓[^2], Ủy ban nhân dân tỉnh chỉ đạo.\n\n↓[^1]: Kế hoạch số 24-KH/TU ngày 11/8/2025 của Tỉnh ủy.",
        ])

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        guard !document.footnotes.isEmpty || !document.footnoteMarkers.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        let texts = Set(document.footnotes.map(\.marker))
        let markers = Set(document.footnoteMarkers.map(\.marker))
        for marker in document.footnoteMarkers where !texts.contains(marker.marker) {
            diagnostics.append(context.diagnostic(message("dấu chú thích “\(marker.marker)” không có lời chú thích tương ứng", "footnote marker “\(marker.marker)” has no footnote text"),
                                                  document.range(marker.span)))
        }
        for footnote in document.footnotes where !markers.contains(footnote.marker) {
            diagnostics.append(context.diagnostic(message("chú thích “\(footnote.marker)” không được dẫn ở đâu trong nội dung", "footnote “\(footnote.marker)” is never referenced in the text"),
                                                  document.range(footnote.span)))
        }
        // Numeric markers appear first in order 1, 2, 3…
        var seen = Set<String>()
        var expected = 1
        for marker in document.footnoteMarkers where seen.insert(marker.marker).inserted {
            guard let value = Int(marker.marker) else { continue }
            if value != expected, texts.contains(marker.marker) {
                diagnostics.append(context.diagnostic(message("chú thích đánh số không liên tục: gặp “\(value)” khi chờ “\(expected)”", "footnotes out of order: found “\(value)” where “\(expected)” was due"),
                                                      document.range(marker.span)))
            }
            expected = value + 1
        }
        return diagnostics
    }
}
