import DocLint

struct AgencyAbolishedRule: DocumentRule {
    static let description = RuleDescription(
        id: "agency-abolished",
        name: "Giao việc cho cơ quan đã hợp nhất",
        summary: message("Nhiệm vụ không giao cho bộ, sở đã hợp nhất từ 01/3/2025 (Sở Kế hoạch và Đầu tư, Sở Thông tin và Truyền thông, …) hay Ủy ban nhân dân cấp huyện đã bỏ từ 01/7/2025",
                         "No task goes to a ministry or department merged away on 01/3/2025 (Sở Kế hoạch và Đầu tư, Sở Thông tin và Truyền thông, …) or to a district People's Committee, abolished on 01/7/2025"),
        rationale: message("Tên cơ quan trong văn bản phải là tên chính thức, hiện hành (NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.2.a); nguyên tắc “6 rõ” đòi rõ người nhận việc. Nghị quyết 176/2025/QH15 và Nghị định 45/2025/NĐ-CP hợp nhất các bộ, sở từ ngày 01/3/2025 (Kế hoạch và Đầu tư vào Tài chính; Thông tin và Truyền thông vào Khoa học và Công nghệ; Tài nguyên và Môi trường với Nông nghiệp và Phát triển nông thôn thành Nông nghiệp và Môi trường; Giao thông vận tải vào Xây dựng; Lao động - Thương binh và Xã hội vào Nội vụ); chính quyền địa phương hai cấp không còn cấp huyện từ ngày 01/7/2025. Chỉ xét người nhận nhiệm vụ trong văn bản ban hành sau các mốc đó: dẫn văn bản cũ của cơ quan cũ vẫn đúng.",
                           "A body is named by its official, current name (Decree 30/2020, Appendix I, II.2.a), and “6 rõ” asks who does the work. Resolution 176/2025/QH15 and Decree 45/2025/NĐ-CP merged ministries and departments on 01/3/2025; two-level local government has no district level since 01/7/2025. Only the bodies given tasks in documents issued after those dates are judged: citing an old document of an old body stays right."),
        source: "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.2.a; NQ 176/2025/QH15; NĐ 45/2025/NĐ-CP; Luật Tổ chức chính quyền địa phương 2025",
        category: .tasks,
        defaultSeverity: .warning,
        nonTriggering: [
            // Before the merger the old name was right.
            "Số: 15/UBND-KT          Lâm Đồng, ngày 05 tháng 02 năm 2025\nV/v giải ngân\n\n1. Giao Sở Kế hoạch và Đầu tư tổng hợp kết quả giải ngân trước ngày 25/02/2025.",
            // A document of the old body may still be cited.
            "Số: 15/UBND-KT          Lâm Đồng, ngày 05 tháng 10 năm 2025\nV/v giải ngân\n\nThực hiện Công văn số 120/SKHĐT-TH ngày 12/01/2025 của Sở Kế hoạch và Đầu tư, Ủy ban nhân dân tỉnh giao:\n1. Giao Sở Tài chính tổng hợp kết quả giải ngân trước ngày 25/10/2025.",
            "Số: 15/UBND-KT          Hà Nội, ngày 05 tháng 10 năm 2025\nV/v chỉnh trang đô thị\n\n1. Giao Ủy ban nhân dân thành phố Thủ Đức rà soát hồ sơ trước ngày 25/10/2025.",
        ],
        triggering: [
            "Số: 15/UBND-KT          Lâm Đồng, ngày 05 tháng 10 năm 2025\nV/v giải ngân\n\n1. Giao ↓Sở Kế hoạch và Đầu tư tổng hợp kết quả giải ngân trước ngày 25/10/2025.",
            "Số: 16/UBND-KT          Lâm Đồng, ngày 05 tháng 10 năm 2025\nV/v hạ tầng số\n\n1. ↓Sở Thông tin và Truyền thông chủ trì rà soát hạ tầng mạng; hoàn thành trong tháng 11/2025.",
            "Số: 17/UBND-KT          Lâm Đồng, ngày 05 tháng 10 năm 2025\nV/v rà soát\n\n1. Giao ↓Ủy ban nhân dân các huyện rà soát hồ sơ trước ngày 25/10/2025.",
        ])

    /// A body that no longer exists, folded, from the day it ceased, with its successor.
    struct Abolished {
        let folded: String
        let from: CivilDate
        let successor: String
        /// `folded` as bytes, which an assignee's folded name is compared with.
        let key: [UInt8]
        /// `from` as a day number: compared per assignee, and `CivilDate`'s comparison computes it.
        let fromDay: Int
        init(folded: String, from: CivilDate, successor: String) {
            self.folded = folded
            self.from = from
            self.successor = successor
            key = Array(folded.utf8)
            fromDay = from.dayNumber
        }

        /// The name is this body's, or begins with it ("so ke hoach va dau tu tinh …").
        func names(_ name: [UInt8]) -> Bool {
            name.count >= key.count && (name.count == key.count || name[key.count] == 0x20) && name.starts(with: key)
        }
    }

    /// The letters the abolished names begin with, as written (NFC).
    static let firstLetters: Set<Unicode.Scalar> = Set("BbSsUuỦủÙùÚúỤụŨũ".unicodeScalars)

    static let abolished: [Abolished] = {
        let merger = CivilDate(year: 2025, month: 3, day: 1)!, twoLevel = CivilDate(year: 2025, month: 7, day: 1)!
        var list: [Abolished] = []
        for level in ["bo", "so"] {
            let body = level == "bo" ? "Bộ" : "Sở"
            for (old, new) in [("ke hoach va dau tu", "Tài chính"), ("thong tin va truyen thong", "Khoa học và Công nghệ"),
                               ("tai nguyen va moi truong", "Nông nghiệp và Môi trường"),
                               ("nong nghiep va phat trien nong thon", "Nông nghiệp và Môi trường"), ("giao thong van tai", "Xây dựng"),
                               ("lao dong - thuong binh va xa hoi", "Nội vụ"), ("lao dong thuong binh va xa hoi", "Nội vụ")] {
                list.append(Abolished(folded: "\(level) \(old)", from: merger, successor: "\(body) \(new)"))
            }
        }
        for committee in ["uy ban nhan dan", "ubnd"] {
            for district in ["huyen", "cac huyen", "cap huyen", "quan", "cac quan", "thi xa", "cac thi xa"] {
                list.append(Abolished(folded: "\(committee) \(district)", from: twoLevel, successor: "Ủy ban nhân dân cấp xã hoặc cơ quan cấp tỉnh"))
            }
        }
        return list
    }()

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        guard document.regime != .party, let issued = document.issueDate, !document.tasks.isEmpty else { return [] }
        let issuedDay = issued.dayNumber
        guard Self.abolished.contains(where: { issuedDay >= $0.fromDay }) else { return [] }
        var diagnostics: [Diagnostic] = []
        var reported = Set<Int>()  // one finding per line
        for task in document.tasks {
            for assignee in task.assignees {
                // Every abolished name starts with "Bộ", "Sở" or "Ủy ban"/"UBND": others are not folded.
                guard let first = assignee.unicodeScalars.first, Self.firstLetters.contains(first) else { continue }
                // Scanned in place: copying each entry per assignee (three strings retained and
                // released) was most of this rule's time.
                let name = VietnameseFold.fold(Array(assignee.unicodeScalars))
                let found = Self.abolished.withUnsafeBufferPointer { list in
                    list.indices.first { issuedDay >= list[$0].fromDay && list[$0].names(name) }
                }
                guard let found, case let body = Self.abolished[found],
                      let span = Self.locate(body.folded, in: document, lines: (task.line - 1)...(task.endLine - 1)),
                      reported.insert(span.startLine).inserted else { continue }
                let written = document.source.lines[span.startLine].slice(span.startColumn..<span.endColumn)
                diagnostics.append(context.diagnostic(
                    message("“\(written)” không còn từ \(body.from.vietnamese) (văn bản ban hành \(issued.vietnamese)): giao nhiệm vụ cho \(body.successor)",
                            "“\(written)” no longer exists since \(body.from.vietnamese) (this document: \(issued.vietnamese)): give the task to \(body.successor)"),
                    document.range(span)))
            }
        }
        return diagnostics
    }

    /// Where the folded name first stands in the task's lines, at word boundaries.
    static func locate(_ folded: String, in document: Document, lines: ClosedRange<Int>) -> TextSpan? {
        let needle = Array(folded.utf8)
        for index in lines where index < document.source.lines.count {
            let key = document.source.lines[index].folded
            var from = 0
            while let at = key.firstOffset(of: needle, from: from) {
                from = at + 1
                let end = at + needle.count
                guard at == 0 || !VietnameseFold.isWordByte(key[at - 1]), end == key.count || !VietnameseFold.isWordByte(key[end]) else { continue }
                return TextSpan(line: index, columns: at..<end)
            }
        }
        return nil
    }
}
