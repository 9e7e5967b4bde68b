import DocLint

struct NoiNhanNhuTrenRule: DocumentRule {
    static let description = RuleDescription(
        id: "noi-nhan-nhu-tren",
        name: "Nơi nhận bắt đầu bằng “Như trên”",
        summary: message("Khi có “Kính gửi”, dòng đầu của Nơi nhận là “- Như trên;”", "With a “Kính gửi” block, the first Nơi nhận item is “- Như trên;”"),
        rationale: message("NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9.b và mẫu 1.4 Phụ lục III: các cơ quan đã ghi ở “Kính gửi” được gộp ở Nơi nhận bằng “Như trên”, không liệt kê lại.",
                           "Decree 30/2020, Appendix I, II.9.b and template 1.4: the bodies named under “Kính gửi” are summed up in Nơi nhận as “Như trên”, not listed again."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9.b; Phụ lục III, mẫu 1.4",
        category: .recipients,
        // Naming the addressees again is not wrong, only longer: a note (severity policy).
        defaultSeverity: .note,
        needsExactText: true,
        nonTriggering: [
            "V/v rà soát hồ sơ\n\nKính gửi: Sở Nội vụ.\n\nĐề nghị Sở rà soát./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, VX.",
            "V/v rà soát hồ sơ\n\nKính gửi: Sở Nội vụ.\n\nĐề nghị Sở rà soát./.\n\nNơi nhận:\n- Như trên (để thực hiện);\n- Lưu: VT, VX.",
        ],
        triggering: [
            "V/v rà soát hồ sơ\n\nKính gửi: Sở Nội vụ.\n\nĐề nghị Sở rà soát./.\n\nNơi nhận:\n- ↓Sở Nội vụ;\n- Lưu: VT, VX.",
        ])

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        guard document.kinhGui != nil, let first = document.distribution.first else { return [] }
        let folded = VietnameseFold.fold(first.text)
        if folded.hasPrefix("nhu tren") || folded.hasPrefix("nhu dieu") || folded.hasPrefix("nhu khoan") { return [] }
        let start = document.itemDash(first).textStart
        // An item may run over several lines: mark its first line only.
        let end = first.span.endLine == first.span.startLine ? first.span.endColumn : document.source.lines[first.span.startLine].trimmedEnd
        return [context.diagnostic(message("có “Kính gửi” thì dòng đầu Nơi nhận ghi “- Như trên;” thay vì nêu lại cơ quan nhận", "with “Kính gửi”, the first Nơi nhận item is “- Như trên;” rather than the addressees again"),
                                   document.range(TextSpan(line: first.span.startLine, columns: start..<max(start, end))))]
    }
}
