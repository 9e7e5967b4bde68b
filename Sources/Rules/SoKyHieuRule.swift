import DocLint

struct SoKyHieuRule: DocumentRule {
    static let description = RuleDescription(
        id: "so-ky-hieu",
        name: "Số, ký hiệu của văn bản",
        summary: message("Số, ký hiệu viết đúng mẫu: nhà nước “Số: 15/QĐ-UBND”, Đảng “Số 02-KH/BCĐ”; chữ viết tắt tên loại theo Phụ lục III và khớp với tên loại",
                         "The number and code follow the form — State “Số: 15/QĐ-UBND”, Party “Số 02-KH/BCĐ” — with the Appendix III type code, matching the title"),
        rationale: message("NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3: “Số” có dấu hai chấm; số dưới 10 ghi thêm số 0 phía trước; giữa số và ký hiệu có dấu “/”, các nhóm chữ trong ký hiệu nối bằng “-”, không cách chữ. Chữ viết tắt tên loại theo Phụ lục III (đúng chữ hoa, thường: QyĐ, CTr, TTr, GGT…) và phải khớp tên loại; công văn không có nhóm chữ tên loại. Văn bản của Đảng ghi “Số 02-KH/BCĐ”, không có dấu hai chấm (HD 36-HD/VPTW). Bản dự thảo để trống số là hợp lệ.",
                           "Decree 30/2020, Appendix I, II.3: “Số” takes a colon; numbers below 10 get a leading zero; a “/” separates number and code, code groups are joined by “-” without spaces. The type abbreviation follows Appendix III with its exact case (QyĐ, CTr, TTr, GGT…) and matches the title; a công văn has no type group. Party documents write “Số 02-KH/BCĐ” without a colon (HD 36-HD/VPTW). A draft's blank number is legal."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3; Phụ lục III; HD 36-HD/VPTW",
        category: .header,
        defaultSeverity: .error,
        nonTriggering: [
            "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÂM ĐỒNG\nSố: 15/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác",
            "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố:     /UBND-VX\nV/v rà soát hồ sơ",
            "TỈNH ỦY LÂM ĐỒNG          ĐẢNG CỘNG SẢN VIỆT NAM\nSố 02-KH/TU\n\nKẾ HOẠCH\nthực hiện chuyển đổi số",
            // The Đoàn keeps the Party's code but writes "Số:" (HD 29-HD/TWĐTN-VP).
            "BAN CHẤP HÀNH ĐOÀN TỈNH          ĐOÀN TNCS HỒ CHÍ MINH\nSố: 15-KH/TĐTN-PT\n\nKẾ HOẠCH\ntổ chức Tháng Thanh niên năm 2027",
            "ỦY BAN NHÂN DÂN\nSố: 08/QyĐ-UBND\n\nQUY ĐỊNH\nvề quản lý hồ sơ",
            // A body whose initials are a type code: Cục Thuế, Thanh tra tỉnh, a Trung tâm.
            "BỘ TÀI CHÍNH          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC THUẾ\nSố: 1520/CT-TTHT\nV/v chính sách thuế giá trị gia tăng",
            "UBND TỈNH NGHỆ AN\nTHANH TRA TỈNH\nSố: 310/TTr-VP\nV/v kết quả thanh tra",
            "ỦY BAN NHÂN DÂN\nSố: 06/2026/QĐ-UBND\n\nQUYẾT ĐỊNH\nBan hành Quy chế",
            "BAN CHẤP HÀNH TRUNG ƯƠNG          ĐOÀN TNCS HỒ CHÍ MINH\nSố 40-KH/TWĐTN-TNTH\n\nKẾ HOẠCH\nTổ chức hoạt động hè",
            // A stripped copy whose hyphen was lost: the type code is there, glued to the body's.
            // A stripped "HD" may have been "HĐ": in OCR text the code is compared without marks.
            "UY BAN NHAN DAN TINH LAM DONG\nSo: 21/HD-UBND\n\nHUONG DAN\nVe viec lap ho so cong viec cua cac co quan, don vi tren dia ban tinh\n\nCan cu Luat Luu tru ngay 21 thang 6 nam 2024;\nXet de nghi cua Giam doc So Noi vu,",
            "UY BAN NHAN DAN TINH LAM DONG\nSo: 15/QDUBND\n\nQUYET DINH\nVe viec thanh lap To cong tac cai cach hanh chinh cua tinh\n\nCan cu Luat To chuc chinh quyen dia phuong ngay 16 thang 6 nam 2025;\nXet de nghi cua Giam doc So Noi vu,",
        ],
        triggering: [
            "ỦY BAN NHÂN DÂN\nSố: 12/↓ubnd-VX\nV/v rà soát hồ sơ",
            "ỦY BAN NHÂN DÂN\nSố: 1234↓b/UBND-VX\nV/v rà soát hồ sơ",
            "ỦY BAN NHÂN DÂN\nSố: 12/↓UBND\nV/v rà soát hồ sơ",
            "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 12/↓QĐ-UBND\nV/v rà soát hồ sơ",
            "ĐẢNG CỘNG SẢN VIỆT NAM\n↓Số 12/CV-BTGTU\nV/v chuẩn bị hội nghị",
            "ỦY BAN NHÂN DÂN\nSố: 06/2026/↓CT-UBND\n\nQUYẾT ĐỊNH\nBan hành Quy chế",
            "ỦY BAN NHÂN DÂN\n↓Số 12/UBND-VX\nV/v rà soát hồ sơ",
            "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n↓Đà Lạt, ngày 05 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác",
            "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n↓Đà Lạt, ngày 05 tháng 3 năm 2009\n\nQUYẾT ĐỊNH CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nVề việc thành lập Tổ công tác",
            "ỦY BAN NHÂN DÂN\nSố: ↓7/UBND-VX\nV/v rà soát hồ sơ",
            "ỦY BAN NHÂN DÂN\nSố: 12/↓ KH-UBND\n\nKẾ HOẠCH\nrà soát hồ sơ",
            "ỦY BAN NHÂN DÂN\nSố: 12/↓QĐ-UBND\n\nKẾ HOẠCH\nrà soát hồ sơ",
            "ỦY BAN NHÂN DÂN\nSố: 12/↓UBND-VX\n\nKẾ HOẠCH\nrà soát hồ sơ",
            "ỦY BAN NHÂN DÂN\nSố: 12/↓KH-UBND\nV/v rà soát hồ sơ",
            "ỦY BAN NHÂN DÂN\nSố: 12/↓QYĐ-UBND\n\nQUY ĐỊNH\nvề quản lý hồ sơ",
            "TỈNH ỦY LÂM ĐỒNG          ĐẢNG CỘNG SẢN VIỆT NAM\n↓Số: 02-KH/TU\n\nKẾ HOẠCH\nthực hiện chuyển đổi số",
        ],
        corrections: [
            RuleCorrection("ỦY BAN NHÂN DÂN\nSố 12/UBND-VX\nV/v rà soát hồ sơ", "ỦY BAN NHÂN DÂN\nSố: 12/UBND-VX\nV/v rà soát hồ sơ"),
            RuleCorrection("ỦY BAN NHÂN DÂN\nSố: 12/ KH-UBND\n\nKẾ HOẠCH\nrà soát hồ sơ", "ỦY BAN NHÂN DÂN\nSố: 12/KH-UBND\n\nKẾ HOẠCH\nrà soát hồ sơ"),
        ])

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        guard let number = document.header.number else { return missingNumber(document, context) }
        var diagnostics: [Diagnostic] = []
        let line = document.source.lines[number.span.startLine]
        let soSpan = TextSpan(line: number.span.startLine, columns: number.span.startColumn..<(number.span.startColumn + 2))
        let isParty = number.style == .party || document.regime == .party

        // The colon after "Số".
        if !isParty && !number.hasColon {
            diagnostics.append(context.diagnostic(
                message("thiếu dấu hai chấm sau “Số”: viết “Số: \(number.number ?? "")/\(number.symbol ?? "")”", "missing colon after “Số”: write “Số: \(number.number ?? "")/\(number.symbol ?? "")”"),
                document.range(soSpan),
                fix: Fix(message: message("thêm “:” sau “Số”", "insert “:” after “Số”"), edits: [TextEdit(range: document.insertion(line: soSpan.startLine, column: soSpan.endColumn), replacement: ":")])))
        } else if isParty && number.hasColon, !document.isYouthUnion, let colon = line.scalars[soSpan.endColumn...].firstIndex(of: ":") {
            diagnostics.append(context.diagnostic(
                message("văn bản của Đảng ghi “Số” không có dấu hai chấm: “Số \(number.number ?? "")-\(number.symbol ?? "")”", "Party documents write “Số” without a colon"),
                document.range(soSpan), fix: Fix(message: message("bỏ dấu hai chấm", "remove the colon"),
                                                  edits: [TextEdit(range: document.range(TextSpan(line: soSpan.startLine, columns: colon..<(colon + 1))), replacement: "")]),
                // Typography a văn thư lets pass: the number itself is right.
                severity: .note))
        }

        // Leading zero below 10.
        if let written = number.number, let numberSpan = number.numberSpan, written.count == 1, let value = Int(written), value < 10 {
            diagnostics.append(context.diagnostic(
                message("số văn bản dưới 10 phải ghi thêm số 0 phía trước: “0\(written)”", "numbers below 10 take a leading zero: “0\(written)”"),
                document.range(numberSpan),
                fix: Fix(message: message("thêm số 0", "add the leading zero"), edits: [TextEdit(range: document.insertion(line: numberSpan.startLine, column: numberSpan.startColumn), replacement: "0")], isSafe: false)))
        }

        if let suffix = number.letterSuffix {
            diagnostics.append(context.diagnostic(
                message("số văn bản chỉ gồm chữ số, không kèm chữ cái: “\(number.number ?? "")”", "the number holds digits only, no letter: “\(number.number ?? "")”"),
                document.range(suffix)))
        }

        // Spaces inside a code that reads right without them ("225 - KH/TWĐTN", "145 /KH- SNNMT") are
        // typography a văn thư registers the number through (severity policy): a note, with the fix.
        // (In OCR text they say even less: recognition spaces glyphs as it sees them.)
        if !number.spacesInside.isEmpty {
            diagnostics.append(context.diagnostic(
                message("ký hiệu văn bản không được có khoảng trắng: “\(number.raw)”", "the code must not contain spaces: “\(number.raw)”"),
                document.range(number.spacesInside[0]),
                fix: Fix(message: message("xóa khoảng trắng", "remove the spaces"), edits: number.spacesInside.map { TextEdit(range: document.range($0), replacement: "") }),
                severity: .note))
        }

        if let problem = formProblem(document, number) {
            diagnostics.append(context.diagnostic(problem.0, document.range(problem.1), severity: problem.2))
        } else if let problem = typeCodeProblem(document, number, isParty: isParty) {
            diagnostics.append(context.diagnostic(problem.0, document.range(problem.1), severity: problem.2))
        }
        return diagnostics
    }

    /// The shape of the code: its letters in capitals, a Party document numbered the Party way, and
    /// a công văn's code naming the drafting unit after its body ("…/UBND-VX", not "…/UBND").
    private func formProblem(_ document: Document, _ number: DocumentNumber) -> (Message, TextSpan, Severity?)? {
        guard let symbolSpan = number.symbolSpan, let symbol = number.symbol else { return nil }
        let groups = symbol.split(whereSeparator: { $0 == "-" || $0 == "/" })
        // Appendix III's mixed-case codes (QyĐ, TTg, CTr) hold a capital after the first letter; a
        // group that starts small ("ubnd") or has no capital after its first letter ("Qđ") is a slip.
        if let small = groups.first(where: { group in
            // Counted in one pass: filtering the letters into a new view cost more than the rule.
            var first: Unicode.Scalar?
            var letters = 0, lowerAfterFirst = 0
            for scalar in group.unicodeScalars where scalar.isAlphabeticFast {
                letters += 1
                if first == nil { first = scalar } else if scalar.isLowercaseFast { lowerAfterFirst += 1 }
            }
            guard letters >= 2, let first else { return false }
            return first.isLowercaseFast || lowerAfterFirst == letters - 1
        }) {
            return (message("ký hiệu văn bản viết chữ in hoa: “\(small)” → “\(small.uppercased())” (trừ các chữ viết tắt Phụ lục III như QyĐ, TTg)", "write the code in capitals: “\(small)” → “\(small.uppercased())” (except Appendix III codes such as QyĐ, TTg)"),
                    symbolSpan, nil)
        }
        if document.regime == .party, number.style != .party {
            return (message("văn bản của Đảng ghi số, ký hiệu theo mẫu “Số 02-KH/BCĐ” (tên loại trước, cơ quan sau dấu “/”)", "a Party document is numbered “Số 02-KH/BCĐ” (type first, the body after “/”)"),
                    number.span, nil)
        }
        if number.style == .stateCongVan, groups.count == 1, document.kind == .congVan, number.number != nil {
            return (message("ký hiệu công văn gồm chữ viết tắt tên cơ quan và tên đơn vị soạn thảo: “\(symbol)-<đơn vị>”", "a công văn's code names the body and the drafting unit: “\(symbol)-<unit>”"),
                    symbolSpan, .warning)
        }
        return nil
    }

    /// Checks the type group against Phụ lục III and against the title or V/v.
    private func typeCodeProblem(_ document: Document, _ number: DocumentNumber, isParty: Bool) -> (Message, TextSpan, Severity?)? {
        guard let symbolSpan = number.symbolSpan, let symbol = number.symbol else { return nil }
        let firstGroup = String(symbol.prefix { $0 != "-" && $0 != "/" })
        let groupSpan = TextSpan(line: symbolSpan.startLine, columns: symbolSpan.startColumn..<(symbolSpan.startColumn + firstGroup.unicodeScalars.count))
        let titleType = document.title.flatMap { DocumentTypes.byKey(VietnameseFold.fold($0.type).collapsingSpaces) }

        if !isParty {
            if firstGroup == "CV" {
                return (message("văn bản nhà nước không dùng “CV”: công văn ghi “Số: …/<cơ quan>-<đơn vị>”", "State documents do not use “CV”: a công văn is numbered “…/<body>-<unit>”"), groupSpan, nil)
            }
            if let modern = DocumentTypes.obsoleteStateCodes[firstGroup] {
                return (message("“\(firstGroup)” là chữ viết tắt cũ; theo Phụ lục III viết “\(modern)”", "“\(firstGroup)” is an obsolete abbreviation; Appendix III writes “\(modern)”"), groupSpan, .warning)
            }
            if !DocumentTypes.stateCodes.contains(firstGroup),
               let proper = DocumentTypes.stateCodes.first(where: { $0.uppercased() == firstGroup.uppercased() }) {
                return (message("chữ viết tắt tên loại viết đúng chữ hoa, thường theo Phụ lục III: “\(proper)”", "write the type abbreviation with the case of Appendix III: “\(proper)”"), groupSpan, nil)
            }
        }
        if let type = titleType {
            let expected = isParty ? type.partyCodes : type.stateCode.map { [$0] } ?? []
            guard !expected.isEmpty else { return nil }
            if let code = number.typeCode {
                let readAlike = document.textCondition == .ocrDegraded && expected.contains { DocumentTypes.codesReadAlike($0, code) }
                if !expected.contains(code), !readAlike {
                    return (message("ký hiệu “\(code)” không khớp tên loại “\(type.name)” (phải là “\(expected[0])”)", "code “\(code)” does not match the type “\(type.name)” (expected “\(expected[0])”)"), groupSpan, nil)
                }
            } else if !isParty {
                // OCR and web extractions drop hyphens ("QĐUBND", read back "QDUBND"): the code is there, glued.
                if document.textCondition == .ocrDegraded,
                   VietnameseFold.fold(firstGroup).hasPrefix(VietnameseFold.fold(expected[0])) { return nil }
                return (message("văn bản có tên loại “\(type.name)” phải có chữ viết tắt tên loại trong ký hiệu: “…/\(expected[0])-\(firstGroup)”", "a “\(type.name)” carries its type abbreviation in the code: “…/\(expected[0])-\(firstGroup)”"), groupSpan, nil)
            }
        } else if document.subject != nil, !isParty, number.style == .state, let code = number.typeCode,
                  !document.header.issuer.contains(where: { Self.abbreviates(code, $0.text) }) {
            // (A body whose initials are a type code writes them first: Cục Thuế "…/CT-TTHT",
            // Thanh tra tỉnh "…/TTr-VP". That is its name, not a type.)
            return (message("công văn (có “V/v”) không có chữ viết tắt tên loại “\(code)” trong ký hiệu: ghi “Số: …/<cơ quan>-<đơn vị>”", "a công văn (with “V/v”) has no type abbreviation “\(code)”: write “…/<body>-<unit>”"), groupSpan, nil)
        }
        return nil
    }

    /// A header laid out in full (issuer, Quốc hiệu, place and date) with no "Số" at all. The number
    /// shares the place-and-date's row of the header table, so the finding stands on that line.
    func missingNumber(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        let header = document.header
        guard !header.issuer.isEmpty, header.nationalTitle != nil, let placeDate = header.placeDate, document.kind != .unknown else { return [] }
        return [context.diagnostic(message("thiếu số, ký hiệu của văn bản (“Số: …/…”) dưới tên cơ quan ban hành, ngang hàng với địa danh và thời gian",
                                           "the document's number and code (“Số: …/…”) are missing below the issuing body, level with the place and date"),
                                   document.range(placeDate.span))]
    }

    /// Whether `code` abbreviates `name`: one or two letters from the start of each of the name's
    /// first words in turn ("CT" for "CỤC THUẾ", "TTr" for "THANH TRA TỈNH", "BQL" for "BAN QUẢN LÝ").
    static func abbreviates(_ code: String, _ name: String) -> Bool {
        let letters = Array(VietnameseFold.fold(code).lowercased().utf8)
        let words = VietnameseFold.fold(name).lowercased().split(separator: " ").map { Array($0.utf8) }
        guard letters.count >= 2, !words.isEmpty else { return false }
        func match(_ letter: Int, _ word: Int) -> Bool {
            if letter == letters.count { return true }
            guard word < words.count else { return false }
            let next = words[word]
            guard next.first == letters[letter] else { return false }
            if match(letter + 1, word + 1) { return true }
            return next.count > 1 && letter + 1 < letters.count && next[1] == letters[letter + 1] && match(letter + 2, word + 1)
        }
        return match(0, 0)
    }
}
