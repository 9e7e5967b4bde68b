import DocLint

struct EndMarkRule: DocumentRule {
    static let description = RuleDescription(
        id: "end-mark",
        name: "Dấu kết thúc nội dung “./.”",
        summary: message("Phần nội dung văn bản kết thúc bằng “./.”", "The content ends with “./.”"),
        rationale: message("NĐ 30/2020/NĐ-CP, Phụ lục III (các mẫu văn bản): câu cuối của nội dung kết thúc bằng dấu “./.” để đánh dấu hết văn bản, tránh thêm nội dung sau khi ký. Áp dụng cho văn bản nhà nước đã soạn đến phần kết (có Nơi nhận hoặc chữ ký).",
                           "Decree 30/2020, Appendix III (the templates): the last sentence of the content ends with “./.”, marking the end so nothing is added after signing. Applies to State documents that reached their closing (Nơi nhận or signature)."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục III, các mẫu 1.1–1.5",
        category: .structure,
        defaultSeverity: .note,
        needsExactText: true,
        nonTriggering: [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nV/v rà soát\n\nĐề nghị Sở Nội vụ rà soát hồ sơ./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, VX.",
            // Minutes (Mẫu 1.9): the secretary and the chair sign above the Nơi nhận, with no authority line.
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBIÊN BẢN\nHọp Hội đồng thi đua\n\nCuộc họp kết thúc lúc 11 giờ cùng ngày./.\n\nTHƯ KÝ                              CHỦ TỌA\n(Ký, ghi rõ họ tên)                 (Ký, ghi rõ họ tên)\n\nLê Thị Mai                          Hồ Văn Nam\n\nNơi nhận:\n- Các thành viên Hội đồng;\n- Lưu: VT.",
        ],
        triggering: [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nV/v rà soát\n\nĐề nghị Sở Nội vụ rà soát hồ sơ↓.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, VX.",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nV/v rà soát\n\nĐề nghị Sở Nội vụ rà soát hồ sơ↓/.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, VX.",
        ],
        corrections: [
            RuleCorrection("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nV/v rà soát\n\nĐề nghị Sở Nội vụ rà soát hồ sơ.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, VX.",
                           "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nV/v rà soát\n\nĐề nghị Sở Nội vụ rà soát hồ sơ./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, VX."),
        ])

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        guard document.regime == .state, !document.isTruncated, document.noiNhan != nil || document.signature != nil,
              let lastIndex = document.bodyLines.last(where: { !document.source.lines[$0].isBlank }) else { return [] }
        let line = document.source.lines[lastIndex]
        let text = line.trimmed
        if text.endsWith("./.") && !text.endsWith("../.") { return [] }
        let end = line.trimmedEnd
        // Point at the trailing punctuation run.
        var start = end
        while start > line.indentation, [".", "/", ";", ","].contains(line.scalars[start - 1]) { start -= 1 }
        let range = document.range(TextSpan(line: lastIndex, columns: start..<end))
        let tail = line.slice(start..<end)
        let fix: Fix? = tail == "." ? Fix(message: message("thêm “/.”", "append “/.”"), edits: [TextEdit(range: document.insertion(line: lastIndex, column: end), replacement: "/.")]) : nil
        return [context.diagnostic(message("nội dung văn bản phải kết thúc bằng “./.”\(tail.isEmpty ? "" : " (đang là “\(tail)”)")", "the content must end with “./.”\(tail.isEmpty ? "" : " (found “\(tail)”)")"),
                                   start == end ? document.insertion(line: lastIndex, column: end) : range, fix: fix)]
    }
}
