import DocLint

struct DuplicateNumberRule: CrossDocumentRule {
    static let description = RuleDescription(
        id: "duplicate-number",
        name: "Trùng số văn bản",
        summary: message("Hai văn bản cùng cơ quan, cùng loại, cùng năm không được trùng số", "Two documents of one issuer, type and year never share a number"),
        rationale: message("NĐ 30/2020/NĐ-CP, Điều 15 khoản 2: số của văn bản được ghi liên tục từ số 01 vào ngày 01 tháng 01 đến ngày 31 tháng 12 hằng năm; mỗi số chỉ cấp một lần. Báo ở văn bản có đường dẫn đứng sau, kèm văn bản kia. Chỉ chạy khi kiểm tra cả thư mục hoặc có sổ đăng ký.",
                           "Decree 30/2020, Art. 15.2: numbers run from 01 on 1 January to 31 December, each given once. Reported on the file whose path sorts later, naming the other. Runs for directories or with a register."),
        source: "NĐ 30/2020/NĐ-CP, Điều 15.2",
        category: .header,
        defaultSeverity: .error,
        nonTriggering: [
            "ỦY BAN NHÂN DÂN\nSố: 20/UBND-VX          Lâm Đồng, ngày 05 tháng 3 năm 2026\nV/v rà soát",
            "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÂM ĐỒNG\nSố: 20/UBND-VX          Lâm Đồng, ngày 05 tháng 3 năm 2026\nV/v rà soát\n@@@ b.txt\nỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÂM ĐỒNG\nSố: 21/UBND-VX          Lâm Đồng, ngày 06 tháng 3 năm 2026\nV/v kiểm tra",
        ],
        triggering: [
            "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÂM ĐỒNG\nSố: ↓20/UBND-VX          Lâm Đồng, ngày 05 tháng 3 năm 2026\nV/v rà soát\n@@@ 0.txt\nỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÂM ĐỒNG\nSố: 20/UBND-KT          Lâm Đồng, ngày 09 tháng 3 năm 2026\nV/v kiểm tra",
        ])

    static let registerScope = RegisterScope.earlierDocuments

    struct Pending: CrossDocumentPending {
        let issuer: String, type: String, number: Int, year: Int
        let range: SourceRange
        var lines: [Int] { [range.start.line] }
    }

    func collect(_ document: Document, _ context: RuleContext) -> Pending? {
        guard let number = document.header.number, number.number != nil,
              let key = RegisterEntry.code(of: number).flatMap(RegisterEntry.numberingKey), let year = document.issueDate?.year else { return nil }
        return Pending(issuer: key.issuer, type: key.type, number: key.number, year: year, range: document.range(number.numberSpan ?? number.span))
    }

    func resolve(_ pending: Pending, file: String, _ context: RuleContext) -> [Diagnostic] {
        // One finding per pair: on the later path (external register entries always count).
        guard let register = context.register, let first = register.firstEntry(issuer: pending.issuer, type: pending.type, number: pending.number, year: pending.year, where: {
            $0.file != file && ($0.file == nil || $0.file! < file)
        }) else { return [] }
        let other = first.file.map { "\($0)\(first.line.map { ":\($0)" } ?? "") (\(first.code ?? ""))" } ?? "sổ đăng ký (\(first.code ?? ""))"
        let otherEN = first.file.map { "\($0)\(first.line.map { ":\($0)" } ?? "") (\(first.code ?? ""))" } ?? "the register (\(first.code ?? ""))"
        return [context.diagnostic(message("số \(pending.number) năm \(pending.year) đã cấp cho văn bản khác cùng loại của cùng cơ quan: \(other)",
                                           "number \(pending.number) of \(pending.year) is already used by another document of this issuer and type: \(otherEN)"),
                                   pending.range)]
    }
}
