import DocLint

struct TruncatedTextRule: DocumentRule {
    static let description = RuleDescription(
        id: "truncated-text",
        name: "Văn bản bị cắt",
        summary: message("Báo một lần khi văn bản dừng trước phần kết (không có Nơi nhận, chữ ký, dấu “./.”) hoặc dừng giữa Nơi nhận", "Says once that the text stops before its closing (no Nơi nhận, signature or “./.”) or inside Nơi nhận"),
        rationale: message("Bản sao từ cổng thông tin, trang lưu trữ hay bản trích thường chỉ giữ phần đầu văn bản. Khi văn bản dừng giữa chừng, doclint không báo thiếu những phần đã bị cắt (Nơi nhận, chữ ký, dấu kết thúc) mà ghi chú để người dùng kiểm tra bản đầy đủ (NĐ 30/2020/NĐ-CP, Điều 8 khoản 2 nêu các thành phần bắt buộc).",
                           "Copies from portals, archives and extracts often keep only the first part of a document. When a text stops mid-way, doclint does not report what the cut removed (Nơi nhận, signature, end mark) but notes it so that the full text gets checked (Decree 30/2020, Art. 8.2 lists the required parts)."),
        source: "NĐ 30/2020/NĐ-CP, Điều 8 khoản 2",
        category: .structure,
        defaultSeverity: .note,
        nonTriggering: [
            "1. Giao Sở Nội vụ rà soát hồ sơ.\n2. Giao Sở Tài chính bố trí kinh phí.\nYêu cầu các cơ quan triển khai thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, NC.\n                    CHỦ TỊCH\n\n                    Trần Minh Khoa",
            // A list that ends on a recipient with its stop, the Lưu line left out: luu-line's finding, not a cut.
            "Điều 2. Quyết định có hiệu lực từ ngày ký./.\nNơi nhận:\n- Như Điều 2;\n- Thường trực Tỉnh ủy.",
        ],
        triggering: [
            "I. MỤC ĐÍCH\n1. Hoàn thành số hóa hồ sơ lưu trữ của tỉnh.\n2. Bảo đảm an toàn thông tin trong quá\n↓trình số hóa và",
            // A copy cut in its recipient list: the Lưu line and the signature went with the cut.
            "Điều 2. Quyết định có hiệu lực từ ngày ký./.\nNơi nhận:\n- Như Điều 2;\n- Thường trực Tỉnh ủy;\n↓- Báo Quảng Ngãi, Đài Phát thanh và Truyền h",
        ])

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        guard document.isTruncated else { return [] }
        // Cut inside Nơi nhận: said at the recipient the cut broke off.
        if let item = document.distribution.last, item.span.startLine > (document.bodyLines.last ?? -1) {
            return [context.diagnostic(message("văn bản dừng giữa Nơi nhận (dòng cuối bị cắt dở, không có dòng “Lưu” và chữ ký): có thể là bản bị cắt; không kiểm tra các phần đã mất — hãy kiểm tra bản đầy đủ",
                                               "the text stops inside Nơi nhận (its last line is cut off, no “Lưu” line or signature): probably a cut copy; the missing parts are not checked — check the full text"),
                                       document.source.lineRange(item.span.endLine))]
        }
        guard let last = document.bodyLines.last else { return [] }
        return [context.diagnostic(message("văn bản dừng trước phần kết (không có Nơi nhận, chữ ký, dấu “./.”): có thể là bản bị cắt; không kiểm tra các phần đã mất — hãy kiểm tra bản đầy đủ",
                                           "the text stops before its closing (no Nơi nhận, signature or “./.”): probably a cut copy; the missing parts are not checked — check the full text"),
                                   document.source.lineRange(last))]
    }
}
