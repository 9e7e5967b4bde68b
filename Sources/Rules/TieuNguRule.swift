import DocLint

struct TieuNguRule: DocumentRule {
    static let canonical = "Độc lập - Tự do - Hạnh phúc"

    static let description = RuleDescription(
        id: "tieu-ngu",
        name: "Tiêu ngữ",
        summary: Message(vi: "Tiêu ngữ viết đúng “Độc lập - Tự do - Hạnh phúc”, gạch nối (-) có cách trước và sau", en: "The motto reads “Độc lập - Tự do - Hạnh phúc” with ASCII hyphens and single spaces"),
        rationale: Message(vi: "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.1.b: giữa các cụm từ của Tiêu ngữ có gạch nối (-), có cách chữ; không dùng gạch ngang dài (–, —).",
                           en: "Decree 30/2020, Appendix I, II.1.b: the phrases of the motto are joined by a hyphen (-) with spaces, not by en or em dashes."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.1.b",
        category: .header,
        defaultSeverity: .warning,
        needsExactText: true,
        nonTriggering: [
            // A whole document flattened onto one line: the motto ends at "phúc".
            "ỦY BAN NHÂN DÂN XÃ AN PHÚ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 15/QĐ-UBND An Phú, ngày 05 tháng 3 năm 2026 QUYẾT ĐỊNH Về việc thành lập Tổ công tác","CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
        triggering: [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n↓Độc lập – Tự do – Hạnh phúc",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n↓Độc lập-Tự do-Hạnh phúc",
        ],
        corrections: [RuleCorrection("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")])

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        guard let motto = document.header.motto else { return [] }
        let text = motto.text.trimmingWhitespace
        guard text != Self.canonical else { return [] }
        let range = document.source.range(of: motto.span)
        // Same words, other dashes or spacing: a safe mechanical fix.
        let words = text.split(whereSeparator: { " -–—‐".contains($0) }).joined(separator: " ")
        if words == Self.canonical.replacingOccurrences(of: " - ", with: " ") {
            return [context.diagnostic(
                Message(vi: "Tiêu ngữ phải dùng gạch nối (-) có cách trước và sau: “\(Self.canonical)”", en: "the motto must use hyphens (-) with spaces: “\(Self.canonical)”"),
                range, fix: Fix(message: Message(vi: "viết lại Tiêu ngữ", en: "rewrite the motto"), edits: [TextEdit(range: range, replacement: Self.canonical)]),
                // Dash variants are typography a văn thư lets pass (docs/severity-policy.md): a note.
                severity: .note)]
        }
        return [context.diagnostic(Message(vi: "Tiêu ngữ phải là “\(Self.canonical)”", en: "the motto must read “\(Self.canonical)”"), range, severity: .error)]
    }
}
