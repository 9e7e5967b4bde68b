import DocLint

struct LuuLineRule: DocumentRule {
    static let description = RuleDescription(
        id: "luu-line",
        name: "Dòng Lưu trong Nơi nhận",
        summary: Message(vi: "Mục cuối của Nơi nhận là “- Lưu: VT, <đơn vị>.”", en: "The last Nơi nhận item is “- Lưu: VT, <unit>.”"),
        rationale: Message(vi: "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9.d: dòng cuối Nơi nhận gồm chữ “Lưu”, dấu hai chấm, “VT”, dấu phẩy, chữ viết tắt đơn vị soạn thảo và dấu chấm. Văn bản của Đảng ghi “Lưu …” không bắt buộc “VT” nên quy tắc chỉ áp dụng cho văn bản nhà nước.",
                           en: "Decree 30/2020, Appendix I, II.9.d: the last Nơi nhận line is “Lưu”, a colon, “VT”, a comma, the drafting unit's abbreviation and a full stop. Party documents write “Lưu …” without VT, so the rule applies to State documents only."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9.d",
        category: .recipients,
        defaultSeverity: .error,
        nonTriggering: [
            "Nơi nhận:\n- Như trên;\n- Lưu: VT, KGVX.",
            "Nơi nhận:\n- Như trên;\n- Lưu: VT, KH&CĐS (02).",
            "ĐẢNG CỘNG SẢN VIỆT NAM\nSố 07-TB/ĐU\n\nNội dung.\n\nNơi nhận:\n- Các chi bộ trực thuộc,\n- Lưu Văn phòng Đảng ủy.",
            // OCR text: the Lưu line is there; its lost colon is the scan's typography, not judged.
            "Giao So Noi vu huong dan cac co quan, don vi ra soat ho so luu tru dien tu cua cac co quan va bao cao ket qua trong thang 5 nam 2026./.\n\nNoi nhan:\n- Nhu tren;\n- Luu VT, VX.",
            // A copy cut inside the list (the last recipient broken off mid-word, no signature): the Lưu
            // line went with the cut; truncated-text says so.
            "Điều 2. Quyết định có hiệu lực từ ngày ký./.\nNơi nhận:\n- Như Điều 2;\n- Thường trực Tỉnh ủy;\n- Báo Quảng Ngãi, Đài Phát thanh và Truyền h",
            // Recipients that lost their dash on a wrap: the list still ends on its Lưu line.
            "Nơi nhận:\n- Như trên;\n- Văn phòng UBND tỉnh: CVP, PCVP;\nPhòng TH; Cổng TTĐT tỉnh;\n- Lưu: VT, KT.",
        ],
        triggering: [
            "Nơi nhận:\n- Như trên;\n- ↓Lưu VT, KGVX.",
            "Nơi nhận:\n- Như trên;\n- ↓Lưu: VT, KGVX",
            "Nơi nhận:\n- Như trên;\n- ↓Sở Nội vụ.",
            // The records office in full is kept where it must be: a note that Phụ lục I writes "VT".
            "Nơi nhận:\n- Như trên;\n- ↓Lưu: Văn thư, KGVX.",
            // OCR text: a Nơi nhận without its Lưu line is a structural miss, read from the restored words.
            "Giao So Noi vu huong dan cac co quan, don vi ra soat ho so luu tru dien tu cua cac co quan va bao cao ket qua trong thang 5 nam 2026./.\n\nNoi nhan:\n- Nhu tren;\n- ↓So Tai chinh.",
            "ĐẢNG CỘNG SẢN VIỆT NAM\nSố 07-TB/ĐU\n\nNội dung.\n\nNơi nhận:\n- Các chi bộ trực thuộc,\n- ↓Các đồng chí Đảng ủy viên.",
        ],
        corrections: [RuleCorrection("Nơi nhận:\n- Như trên;\n- Lưu VT, KGVX.", "Nơi nhận:\n- Như trên;\n- Lưu: VT, KGVX.")])

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        guard let last = document.distribution.last, !document.isTruncated else { return [] }
        let line = document.source.lines[last.span.startLine]
        // Where the item text starts (after "- ").
        var start = last.span.startColumn
        while start < line.scalars.count, line.scalars[start] == "-" || line.scalars[start] == "+" || line.scalars[start].isWhitespaceFast { start += 1 }
        let text = last.text
        let folded = VietnameseFold.fold(text)
        // Party documents keep the copy with a body ("- Lưu Văn phòng Tỉnh ủy."), HD 36: only its
        // presence is checked.
        if document.regime == .party {
            guard !folded.hasPrefix("luu") else { return [] }
            return [context.diagnostic(Message(vi: "Nơi nhận thiếu dòng cuối “- Lưu …” (nơi lưu văn bản, ví dụ “- Lưu Văn phòng Tỉnh ủy.”)", en: "Nơi nhận lacks the final “- Lưu …” line (where the copy is kept)"),
                                       document.source.range(of: TextSpan(line: last.span.startLine, columns: line.columns(from: start))))]
        }
        guard folded.hasPrefix("luu") else {
            return [context.diagnostic(Message(vi: "Nơi nhận thiếu dòng cuối “- Lưu: VT, <đơn vị soạn thảo>.”", en: "Nơi nhận lacks the final line “- Lưu: VT, <drafting unit>.”"),
                                       document.source.range(of: TextSpan(line: last.span.startLine, columns: line.columns(from: start))))]
        }
        // OCR text: that the Lưu line is there is read from the restored words; its colon, "VT" and
        // final stop are not, recognition garbles them.
        guard document.textCondition != .ocrDegraded else { return [] }
        var diagnostics: [Diagnostic] = []
        let afterLuu = start + 3
        let scalars = line.scalars
        if afterLuu < scalars.count, scalars[afterLuu] != ":" {
            let edit = TextEdit(range: document.source.range(of: TextSpan(line: last.span.startLine, columns: afterLuu..<afterLuu)), replacement: ":")
            diagnostics.append(context.diagnostic(
                Message(vi: "thiếu dấu hai chấm sau “Lưu”: viết “Lưu: VT, …”", en: "missing colon after “Lưu”: write “Lưu: VT, …”"),
                document.source.range(of: TextSpan(line: last.span.startLine, columns: start..<afterLuu)),
                fix: Fix(message: Message(vi: "thêm “:” sau “Lưu”", en: "insert “:” after “Lưu”"), edits: [edit])))
        }
        if folded.containsBytes("van thu") {
            // The records office named in full: the copy is kept where it must be; Phụ lục I writes it "VT".
            diagnostics.append(context.diagnostic(Message(vi: "dòng Lưu viết tắt Văn thư là “VT” (NĐ 30, Phụ lục I): “Lưu: VT, …”", en: "the Lưu line abbreviates the records office as “VT” (Decree 30, Appendix I): “Lưu: VT, …”"),
                                                  document.source.range(of: TextSpan(line: last.span.startLine, columns: line.columns(from: start))),
                                                  severity: .note))
        } else if !folded.containsBytes("vt") {
            diagnostics.append(context.diagnostic(Message(vi: "dòng Lưu thiếu “VT” (Văn thư)", en: "the Lưu line lacks “VT” (the records office)"),
                                                  document.source.range(of: TextSpan(line: last.span.startLine, columns: line.columns(from: start)))))
        }
        if !text.endsWith(".") && last.span.endLine == last.span.startLine {
            // The item's end, not the line's: a signer's name may share the line after a column gap.
            let end = last.span.endColumn
            let edit = TextEdit(range: document.source.range(of: TextSpan(line: last.span.startLine, columns: end..<end)), replacement: ".")
            diagnostics.append(context.diagnostic(Message(vi: "dòng Lưu phải kết thúc bằng dấu chấm", en: "the Lưu line must end with a full stop"),
                                                  document.source.range(of: TextSpan(line: last.span.startLine, columns: start..<end)),
                                                  fix: Fix(message: Message(vi: "thêm dấu chấm", en: "add a full stop"), edits: [edit]),
                                                  // A missing final stop is typography (severity policy): a note.
                                                  severity: .note))
        }
        return diagnostics
    }
}
