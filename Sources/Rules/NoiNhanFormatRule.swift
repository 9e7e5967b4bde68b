import DocLint

struct NoiNhanFormatRule: DocumentRule {
    static let description = RuleDescription(
        id: "noi-nhan-format",
        name: "Cách ghi Nơi nhận",
        summary: message("“Nơi nhận:” có dấu hai chấm; mỗi nơi một dòng “- …;”, dòng cuối kết thúc “.”", "“Nơi nhận:” takes a colon; one item per line “- …;”, the last ending “.”"),
        rationale: message("NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9.d: từ “Nơi nhận” có dấu hai chấm; mỗi cơ quan, tổ chức, đơn vị, cá nhân nhận văn bản ghi một dòng, đầu dòng gạch ngang, cuối dòng dấu chấm phẩy; dòng cuối (“Lưu …”) kết thúc bằng dấu chấm. Văn bản của Đảng (HD 36-HD/VPTW) cuối mỗi dòng ghi dấu phẩy. Dòng “Lưu” được kiểm tra riêng bởi luu-line.",
                           "Decree 30/2020, Appendix I, II.9.d: “Nơi nhận” takes a colon; each recipient gets a line starting with a dash and ending with a semicolon; the last line (“Lưu …”) ends with a full stop. Party documents (HD 36-HD/VPTW) end each item with a comma. The “Lưu” line itself is checked by luu-line."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9.d",
        category: .recipients,
        defaultSeverity: .warning,
        needsExactText: true,
        nonTriggering: [
            "Nơi nhận:\n- Như trên;\n- Chủ tịch, các PCT UBND tỉnh;\n- Lưu: VT, VX.",
            "Nơi nhận:- Như trên;\n- Chủ tịch, các PCT UBND tỉnh;\n- Lưu: VT, VX.",
            // Party documents (HD 36) end the items with commas.
            "ĐẢNG CỘNG SẢN VIỆT NAM\nSố 07-TB/ĐU\n\nNội dung.\n\nNơi nhận:\n- Các chi bộ trực thuộc,\n- Đảng ủy viên,\n- Lưu Văn phòng Đảng ủy.",
        ],
        triggering: [
            "↓Nơi nhận\n- Như trên;\n- Lưu: VT, VX.",
            // A recipient line without its dash, after a finished item: still an item of the list, said once.
            "Nơi nhận:\n- Như trên;\n- Văn phòng UBND tỉnh: CVP, PCVP;\n↓Phòng TH; Cổng TTĐT tỉnh;\n- Lưu: VT, KT.",
            "Nơi nhận:\n- Như trên↓\n- Sở Nội vụ↓,;\n- Lưu: VT, VX.",
            "Nơi nhận:\n- Như trên;\n↓- Sở Nội vụ; Sở Tài chính; Sở Y tế;\n- Lưu: VT, VX.",
        ],
        corrections: [
            RuleCorrection("Nơi nhận\n- Như trên\n- Sở Nội vụ,;\n- Lưu: VT, VX.", "Nơi nhận:\n- Như trên;\n- Sở Nội vụ;\n- Lưu: VT, VX."),
        ])

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        guard let noiNhan = document.noiNhan else { return [] }
        var diagnostics: [Diagnostic] = []
        if !noiNhan.text.endsWith(":") {
            diagnostics.append(context.diagnostic(message("thiếu dấu hai chấm sau “Nơi nhận”", "missing colon after “Nơi nhận”"), document.range(noiNhan.span),
                                                  fix: Fix(message: message("thêm “:”", "insert “:”"), edits: [TextEdit(range: document.insertion(line: noiNhan.span.startLine, column: noiNhan.span.endColumn), replacement: ":")])))
        }
        let items = document.distribution
        for (position, item) in items.enumerated() {
            let dash = document.itemDash(item)
            if !dash.hasDash {
                diagnostics.append(context.diagnostic(message("mỗi nơi nhận bắt đầu bằng gạch đầu dòng “- ”", "each recipient starts with “- ”"), document.range(item.span)))
                // One finding for a line with no bullet at all: often an item a web copy wrapped, whose
                // ";" inside says nothing more.
                if dash.textStart == item.span.startColumn { continue }
            }
            // The last item is the Lưu line: luu-line owns it.
            guard position < items.count - 1 else { continue }
            let scalars = Array(item.text.unicodeScalars)
            // "- Bộ Y tế; UBND thành phố; …": several recipients on one line.
            if scalars.dropLast().contains(";") {
                diagnostics.append(context.diagnostic(message("mỗi nơi nhận ghi một dòng riêng, không gộp nhiều nơi trên một dòng", "one recipient per line, not several on one line"), document.range(item.span)))
                continue
            }
            guard let last = scalars.last, last != ";" else {
                if scalars.count >= 2, [",", ".", ";"].contains(scalars[scalars.count - 2]) {
                    let span = TextSpan(line: item.span.endLine, columns: (item.span.endColumn - 2)..<item.span.endColumn)
                    diagnostics.append(context.diagnostic(message("dấu câu thừa ở cuối dòng nơi nhận", "doubled punctuation at the end of the item"), document.range(span),
                                                          fix: Fix(message: message("chỉ giữ “;”", "keep only “;”"), edits: [TextEdit(range: document.range(span), replacement: ";")])))
                }
                continue
            }
            // HD 36 (Party documents) ends the items with commas: “- Thường trực Tỉnh ủy,”.
            if last == ",", document.regime == .party { continue }
            if last == "." || last == "," {
                diagnostics.append(context.diagnostic(message("mỗi nơi nhận (trừ dòng cuối) kết thúc bằng dấu chấm phẩy “;”", "each recipient but the last ends with “;”"),
                                                      document.range(document.lastScalarSpan(item)),
                                                      fix: Fix(message: message("thay bằng “;”", "replace with “;”"), edits: [TextEdit(range: document.range(document.lastScalarSpan(item)), replacement: ";")])))
            } else {
                let end = document.insertion(line: item.span.endLine, column: item.span.endColumn)
                diagnostics.append(context.diagnostic(message("mỗi nơi nhận (trừ dòng cuối) kết thúc bằng dấu chấm phẩy “;”", "each recipient but the last ends with “;”"), end,
                                                      fix: Fix(message: message("thêm “;”", "add “;”"), edits: [TextEdit(range: end, replacement: ";")])))
            }
        }
        return diagnostics
    }
}
