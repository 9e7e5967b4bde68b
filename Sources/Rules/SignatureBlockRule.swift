import DocLint

struct SignatureBlockRule: DocumentRule {
    static let description = RuleDescription(
        id: "signature-block",
        name: "Thẩm quyền, chức vụ, họ tên người ký",
        summary: message("Khối chữ ký có tiền tố thẩm quyền đúng (TM., KT., TL., TUQ., Q.; Đảng: T/M, K/T, T/L), KT. đi với chức vụ cấp phó, TL. không đi với cấp phó của người đứng đầu, có họ tên người ký",
                         "The signature block uses a proper authority prefix (TM., KT., TL., TUQ., Q.; Party: T/M, K/T, T/L), KT. with a deputy title, TL. not with the head's deputy, and the signer's name"),
        rationale: message("NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.7.b–c và Điều 13: ký thay mặt tập thể ghi “TM.”, cấp phó ký thay người đứng đầu ghi “KT.” và chức vụ cấp phó, ký thừa lệnh ghi “TL.” (người đứng đầu đơn vị ký), ký thừa ủy quyền ghi “TUQ.”, quyền ghi “Q.”; các chữ viết tắt có dấu chấm. Văn bản của Đảng dùng “T/M”, “K/T”, “T/L” (HD 36-HD/VPTW).",
                           "Decree 30/2020, Appendix I, II.7.b–c and Art. 13: signing for a collective is “TM.”, a deputy signing for the head is “KT.” with the deputy title, signing by order is “TL.” (by a unit head), by authorisation “TUQ.”, acting “Q.”; each abbreviation ends with a full stop. Party documents use “T/M”, “K/T”, “T/L” (HD 36-HD/VPTW)."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.7; Điều 13; HD 36-HD/VPTW",
        category: .signature,
        defaultSeverity: .error,
        nonTriggering: [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nNơi nhận:\n- Lưu: VT.\n                    KT. CHỦ TỊCH\n                    PHÓ CHỦ TỊCH\n\n                    Trần Minh Khoa",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nNơi nhận:\n- Lưu: VT.\n                    TL. CHỦ TỊCH\n                    CHÁNH VĂN PHÒNG\n\n                    Trần Minh Khoa",
            "ĐẢNG CỘNG SẢN VIỆT NAM\n\nNơi nhận:\n- Lưu Văn phòng.\n                    T/M BAN CHỈ ĐẠO\n                    TRƯỞNG BAN\n\n                    Hoàng Đức Minh",
            // The Đoàn's own guidance (HD 29-HD/TWĐTN-VP): "TM." under the Đoàn's title.
            "BAN CHẤP HÀNH ĐOÀN TỈNH          ĐOÀN TNCS HỒ CHÍ MINH\nSố: 15-KH/TĐTN-VP\n\nNơi nhận:\n- Lưu VP.\n                    TM. BAN THƯỜNG VỤ TỈNH ĐOÀN\n                    BÍ THƯ\n\n                    Lê Thị Hoa",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nNơi nhận:\n- Lưu: VT, KHTC.\n                    KT. BỘ TRƯỞNG\n                    THỨ TRƯỞNG\n\n                    Lê Quang Vinh",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nNơi nhận:\n- Lưu: VT.\n                    KT. TỔ TRƯỞNG\n                    TỔ PHÓ THƯỜNG TRỰC\n\n                    Đinh Thị Hạnh",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐiều 3. Quyết định có hiệu lực từ ngày ký.\n\nGiám đốc\n(Đã ký)\nLương Văn Tâm",
            // The head of the issuing office signs with no prefix, the title beside the Nơi nhận label.
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nNơi nhận:                      CHÁNH VĂN PHÒNG\n- Như trên;\n- Lưu: VT.\n\n                    Phạm Thu Hà",
            // Its name flattened beside the last Nơi nhận item.
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nNơi nhận:                      GIÁM ĐỐC\n- Như trên;\n- Lưu: VT, KHTC.                Lê Thị Mai",
        ],
        triggering: [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nNơi nhận:                      ↓CHÁNH VĂN PHÒNG\n- Như trên;\n- Lưu: VT.",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nNơi nhận:\n- Lưu: VT.\n                    ↓KT/ CHỦ TỊCH\n                    PHÓ CHỦ TỊCH\n\n                    Trần Minh Khoa",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nNơi nhận:\n- Lưu: VT.\n                    ↓KT. CHỦ TỊCH\n                    CHÁNH VĂN PHÒNG\n\n                    Trần Minh Khoa",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nNơi nhận:\n- Lưu: VT.\n                    ↓TL. CHỦ TỊCH\n                    PHÓ CHỦ TỊCH\n\n                    Trần Minh Khoa",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nNơi nhận:\n- Lưu: VT.\n                    ↓T/M ỦY BAN NHÂN DÂN\n                    CHỦ TỊCH\n\n                    Trần Minh Khoa",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nNơi nhận:\n- Lưu: VT.\n                    ↓KT CHỦ TỊCH\n                    PHÓ CHỦ TỊCH\n\n                    Trần Minh Khoa",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nNơi nhận:\n- Lưu: VT.\n                    KT. CHỦ TỊCH\n                    ↓PHÓ CHỦ TỊCH\n",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐiều 3. Quyết định có hiệu lực từ ngày ký.\n\n↓Phó Giám đốc\n(Đã ký)\nLương Văn Tâm",
        ],
        corrections: [
            RuleCorrection("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nNơi nhận:\n- Lưu: VT.\n                    KT CHỦ TỊCH\n                    PHÓ CHỦ TỊCH\n\n                    Trần Minh Khoa",
                           "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nNơi nhận:\n- Lưu: VT.\n                    KT. CHỦ TỊCH\n                    PHÓ CHỦ TỊCH\n\n                    Trần Minh Khoa"),
        ])

    static let statePrefixes: Set<String> = ["TM.", "KT.", "TL.", "TUQ.", "Q."]
    static let partyForms: [String: String] = ["TM.": "T/M", "KT.": "K/T", "TL.": "T/L", "TM": "T/M", "KT": "K/T", "TL": "T/L",
                                               "TM/": "T/M", "KT/": "K/T", "TL/": "T/L"]
    static let stateForms: [String: String] = ["T/M": "TM.", "K/T": "KT.", "T/L": "TL.", "TM": "TM.", "KT": "KT.", "TL": "TL.",
                                               "TM/": "TM.", "KT/": "KT.", "TL/": "TL."]

    /// Deputies whose title does not start with "Phó": a Bộ trưởng's is a Thứ trưởng, a Tổ trưởng's a
    /// Tổ phó (folded head → folded deputy prefix).
    static let deputyTitles: [String: String] = ["bo truong": "thu truong", "to truong": "to pho", "doi truong": "doi pho"]

    /// Whether `position` (folded) is a deputy of `head` (folded): "phó …" for every head, or the
    /// head's own deputy title ("THỨ TRƯỞNG" under "KT. BỘ TRƯỞNG").
    static func isDeputy(_ position: String, of head: String) -> Bool {
        if position.hasPrefix("pho ") { return true }
        return deputyTitles.contains { head.hasPrefix($0.key) && position.hasPrefix($0.value) }
    }

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        guard let signature = document.signature, document.regime != .unknown else { return [] }
        var diagnostics: [Diagnostic] = []
        let isParty = document.regime == .party
        if let authority = signature.authority, let span = signature.authoritySpan {
            let range = document.range(span)
            // The Đoàn signs "TM." like the State (HD 29-HD/TWĐTN-VP); "T/M", the Party's, is not refused there.
            if isParty, !document.isYouthUnion, let proper = Self.partyForms[authority] {
                diagnostics.append(context.diagnostic(message("văn bản của Đảng ghi “\(proper)”, không ghi “\(authority)”", "Party documents write “\(proper)”, not “\(authority)”"), range,
                                                      fix: Fix(message: message("viết “\(proper)”", "write “\(proper)”"), edits: [TextEdit(range: range, replacement: proper)], isSafe: false), severity: .warning))
            } else if !isParty, !Self.statePrefixes.contains(authority), let proper = Self.stateForms[authority] {
                let missingDot = authority + "." == proper
                diagnostics.append(context.diagnostic(
                    authority.hasSuffix("/") ? message("quyền hạn ký viết “\(proper)” (dấu chấm), không viết “\(authority)”", "write the signing authority “\(proper)” (with a full stop), not “\(authority)”")
                    : missingDot ? message("thiếu dấu chấm sau “\(authority)”: viết “\(proper)”", "missing full stop after “\(authority)”: write “\(proper)”")
                               : message("văn bản nhà nước ghi “\(proper)”, không ghi “\(authority)” (dạng của văn bản Đảng)", "State documents write “\(proper)”, not the Party form “\(authority)”"),
                    range, fix: Fix(message: message("viết “\(proper)”", "write “\(proper)”"), edits: [TextEdit(range: range, replacement: proper)])))
            }
            let normalised = Self.stateForms[authority] ?? authority
            let position = VietnameseFold.fold(signature.position ?? "").collapsingSpaces
            let head = VietnameseFold.fold(signature.onBehalfOf ?? "").collapsingSpaces
            if normalised == "KT.", signature.chain.count >= 2, !Self.isDeputy(position, of: head) {
                diagnostics.append(context.diagnostic(message("ký thay (KT.) thì dòng chức vụ là cấp phó (“PHÓ …”), không phải “\(signature.position ?? "")”", "signing for the head (KT.) takes a deputy title (“PHÓ …”), not “\(signature.position ?? "")”"), range))
            }
            if normalised == "TL.", !head.isEmpty, position == "pho " + head {
                diagnostics.append(context.diagnostic(message("ký thừa lệnh (TL.) do người đứng đầu đơn vị ký (Chánh Văn phòng, Trưởng phòng…), không phải “\(signature.position ?? "")”; cấp phó của người đứng đầu ký “KT.”", "signing by order (TL.) is for a unit head, not “\(signature.position ?? "")”; the head's deputy signs “KT.”"), range))
            }
        }
        // A deputy signing alone ("PHÓ CHỦ TỊCH" with no "KT. CHỦ TỊCH" above) hides on whose behalf
        // the document is signed. Party bodies' deputies sign "T/M" for the committee, so State only.
        if signature.authority == nil, !isParty, let position = signature.position, let first = signature.chain.first,
           case let folded = VietnameseFold.fold(position).collapsingSpaces, folded.hasPrefix("pho "), folded.count > 4 {
            let head = String(position.trimmingWhitespace.dropFirst(4)).uppercased()
            diagnostics.append(context.diagnostic(message("cấp phó ký thay người đứng đầu thì ghi “KT. \(head)” phía trên chức vụ “\(position)”",
                                                          "a deputy signing for the head writes “KT. \(head)” above the title “\(position)”"),
                                                  document.range(first.span)))
        }
        // In OCR text the name is often under the stamp or the signature itself: a note there.
        if signature.nameLine == nil, let last = signature.chain.last, !document.isDraft {
            diagnostics.append(context.diagnostic(message("khối chữ ký thiếu họ tên người ký", "the signature block lacks the signer's name"), document.range(last.span),
                                                  severity: document.textCondition == .ocrDegraded ? .note : .warning))
        }
        return diagnostics
    }
}
