import DocLint

struct NoiNhanRequiredRule: DocumentRule {
    static let description = RuleDescription(
        id: "noi-nhan-required",
        name: "Văn bản có Nơi nhận",
        summary: message("Văn bản có phần “Nơi nhận:” dưới nội dung, bên trái chữ ký", "The document has a “Nơi nhận:” block below the content, left of the signature"),
        rationale: message("NĐ 30/2020/NĐ-CP, Điều 8 khoản 2 điểm i và Phụ lục I, mục II.9: nơi nhận là thành phần bắt buộc của văn bản hành chính; cuối danh sách là dòng “Lưu”. Chỉ kiểm tra khi văn bản đã có khối chữ ký, tức là đã soạn đến phần kết.",
                           "Decree 30/2020, Art. 8.2.i and Appendix I, II.9: the recipients block is a mandatory component, closed by the “Lưu” line. Checked only once the signature block exists, i.e. the draft reached its closing."),
        source: "NĐ 30/2020/NĐ-CP, Điều 8.2.i; Phụ lục I, mục II.9",
        category: .recipients,
        defaultSeverity: .error,
        nonTriggering: [
            "1. Giao Sở Nội vụ rà soát./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, VX.\n                    CHỦ TỊCH\n\n                    Trần Minh Khoa",
            "1. Giao Sở Nội vụ rà soát hồ sơ.",
        ],
        triggering: [
            "1. Giao Sở Nội vụ rà soát./.\n\n                    ↓KT. CHỦ TỊCH\n                    PHÓ CHỦ TỊCH\n\n                    Trần Minh Khoa",
        ])

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        guard document.noiNhan == nil, let signature = document.signature, let first = signature.chain.first else { return [] }
        return [context.diagnostic(message("thiếu phần “Nơi nhận:” (bên trái khối chữ ký), kết thúc bằng dòng “- Lưu: VT, …”", "the “Nơi nhận:” block (left of the signature), closed by “- Lưu: VT, …”, is missing"),
                                   document.range(first.span))]
    }
}
