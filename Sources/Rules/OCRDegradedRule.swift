import DocLint

struct OCRDegradedRule: DocumentRule {
    static let description = RuleDescription(
        id: "ocr-degraded",
        name: "Văn bản OCR mất dấu",
        summary: message("Báo một lần khi văn bản là bản OCR mất dấu, và những quy tắc đã tạm bỏ qua", "Says once that the text is OCR output with lost diacritics, and which rules stepped back"),
        rationale: message("Bản quét OCR (seeds 000, 002, 004) làm mất dấu tiếng Việt: các quy tắc cần đúng từng dấu sẽ báo nhầm hàng loạt nên tạm bỏ qua; quy tắc này cho người dùng biết điều đó thay vì im lặng (format-rules §7.5). Văn bản gửi đi phải là văn bản gốc, không phải bản OCR.",
                           "OCR scans (seeds 000, 002, 004) lose Vietnamese diacritics: rules that need exact marks would flood with false alarms, so they step back; this rule says so rather than staying silent (format-rules §7.5). A document sent out must be the original text, not an OCR copy."),
        source: "format-rules §7.5; NĐ 30/2020/NĐ-CP, Phụ lục I, mục I.4",
        category: .text,
        defaultSeverity: .note,
        nonTriggering: ["Ủy ban nhân dân tỉnh giao Sở Nội vụ hướng dẫn các cơ quan rà soát hồ sơ lưu trữ điện tử của các cơ quan, đơn vị trên địa bàn tỉnh trong tháng 5 năm 2026 và báo cáo kết quả thực hiện."],
        triggering: ["↓Uy ban nhan dan tinh giao So Noi vu huong dan cac co quan ra soat ho so luu tru dien tu cua cac co quan, don vi tren dia ban tinh trong thang 5 nam 2026 va bao cao ket qua thuc hien cua cac don vi.",
                     // A broken font dropped the accented letters.
                     "↓BAN CH O CHUY N I S T NH\nc lp - T do - Hnh phc\nThc hin K hoch ca Ban Ch o, c quan chuyn mn rà sot h s lu tr, bo co kt qu trong thng 5."])

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        guard document.textCondition == .ocrDegraded, let first = document.source.lines.firstIndex(where: { !$0.isBlank }) else { return [] }
        let skipped = context.skippedForOCR
        let list = skipped.isEmpty ? "" : "; đã tạm bỏ qua \(skipped.count) quy tắc cần đúng dấu: \(skipped.joined(separator: ", "))"
        let listEN = skipped.isEmpty ? "" : "; \(skipped.count) rules that need exact diacritics stepped back: \(skipped.joined(separator: ", "))"
        let restored = document.isRestored ? " Dấu tiếng Việt đã được khôi phục để kiểm tra cấu trúc (xem: doclint dump TỆP --text --restored)." : ""
        let restoredEN = document.isRestored ? " Its diacritics were restored to check the structure (see: doclint dump FILE --text --restored)." : ""
        return [context.diagnostic(message("văn bản có vẻ là bản OCR, bản mất dấu hoặc hỏng phông chữ tiếng Việt\(list).\(restored) Hãy kiểm tra bản gốc.", "the text looks like OCR output, or text that lost its Vietnamese diacritics or letters to a broken font\(listEN).\(restoredEN) Check the original."),
                                   document.source.lineRange(first))]
    }
}
