import DocLint

struct UnicodeNFCRule: DocumentRule {
    static let description = RuleDescription(
        id: "unicode-nfc",
        name: "Unicode dựng sẵn (NFC)",
        summary: Message(vi: "Văn bản dùng Unicode dựng sẵn (NFC), không dùng Unicode tổ hợp", en: "Text uses precomposed Unicode (NFC), not decomposed sequences"),
        rationale: Message(vi: "NĐ 30/2020/NĐ-CP, Phụ lục I, mục I.4 (bộ mã TCVN 6909:2001). Chữ tổ hợp (NFD) trông giống hệt nhưng làm hỏng tìm kiếm, so khớp và trao đổi trên hệ thống quản lý văn bản; sửa tự động được.",
                           en: "Decree 30/2020, Appendix I, I.4 (TCVN 6909:2001). Decomposed text looks the same but breaks search, matching and exchange in e-office systems; fixable automatically."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục I, mục I.4; TCVN 6909:2001",
        category: .text,
        defaultSeverity: .note,
        nonTriggering: ["Căn cứ Kế hoạch số 12/KH-UBND."],
        triggering: ["Căn cứ K↓e\u{0302}\u{0301} hoạch số 12/KH-UBND."],
        corrections: [RuleCorrection("Căn cứ Ke\u{0302}\u{0301} hoa\u{0323}ch số 12/KH-UBND.", "Căn cứ Kế hoạch số 12/KH-UBND.")])

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        var edits: [TextEdit] = []
        var lines = 0
        for line in document.source.lines where line.hadDecomposedText {
            lines += 1
            for segment in line.decomposedSegments() {
                let range = SourceRange(start: SourcePosition(line: line.number, column: segment.range.lowerBound + 1),
                                        end: SourcePosition(line: line.number, column: segment.range.upperBound + 1))
                edits.append(TextEdit(range: range, replacement: segment.replacement))
            }
        }
        guard let first = edits.first else { return [] }
        // One finding per document: the fix rewrites every decomposed sequence.
        return [context.diagnostic(
            Message(vi: "văn bản có \(edits.count) chữ viết bằng Unicode tổ hợp (NFD) trên \(lines) dòng; chuyển sang Unicode dựng sẵn (NFC)",
                    en: "\(edits.count) letters on \(lines) lines are in decomposed Unicode (NFD); convert to precomposed (NFC)"),
            first.range, fix: Fix(message: Message(vi: "chuyển sang NFC", en: "convert to NFC"), edits: edits))]
    }
}
