import DocLint

struct TaskDeadlineRule: DocumentRule {
    static let description = RuleDescription(
        id: "task-deadline",
        name: "Nhiệm vụ phải rõ thời gian",
        summary: Message(vi: "Mỗi nhiệm vụ giao cho cơ quan có thời hạn, khoảng thời gian hoặc chu kỳ", en: "Every task assigned to a body has a deadline, a period or a recurrence"),
        rationale: Message(vi: "Nguyên tắc “6 rõ” (rõ người, rõ việc, rõ thời gian, rõ trách nhiệm, rõ sản phẩm, rõ thẩm quyền), QĐ 2179/QĐ-TTg ngày 06/10/2025: nhiệm vụ không có thời hạn thì không theo dõi, đôn đốc được.",
                           en: "The “6 rõ” principle (clear person, task, time, responsibility, product, authority), Decision 2179/QĐ-TTg of 06/10/2025: a task without a time limit cannot be followed up."),
        source: "Nguyên tắc “6 rõ”; QĐ 2179/QĐ-TTg ngày 06/10/2025",
        category: .tasks,
        defaultSeverity: .warning,
        parameters: [RuleParameter("ongoing_counts", .bool(true), Message(vi: "Coi “thường xuyên”, “liên tục” là đủ thời gian (nhiệm vụ thường xuyên)", en: "Count “thường xuyên”, “liên tục” as enough (ongoing duties)"))],
        nonTriggering: [
            "1. Giao Sở Nội vụ rà soát hồ sơ; hoàn thành trước ngày 15/4/2026.",
            "1. Giao Sở Tài chính tổng hợp, báo cáo trong tháng 5/2026.",
            "1. Giao Văn phòng báo cáo kết quả hằng tháng.",
            // A Thông tư (legal normative, by its number) states who is responsible; the 6 rõ of assigned work is NĐ 30's.
            "BỘ TÀI CHÍNH\nSố: 21/2026/TT-BTC\n\nTHÔNG TƯ\nQuy định về quản lý kho lưu trữ\n\nĐiều 5. Trách nhiệm thi hành\n1. Cục Kế hoạch - Tài chính có trách nhiệm hướng dẫn, kiểm tra việc thực hiện Thông tư này.\n2. Sở Tài chính các tỉnh tổ chức triển khai trên địa bàn.",
            // What a report records under its results: work done, not work given.
            "BÁO CÁO\nKết quả công tác dân số năm 2026\n\nI. KẾT QUẢ ĐẠT ĐƯỢC\n1. Trung tâm Y tế huyện đã tổ chức khám sức khỏe sinh sản cho 1.200 người.\n2. Các xã, thị trấn tuyên truyền về chính sách dân số đến từng thôn.\n\nII. NHIỆM VỤ NĂM 2027\n1. Trung tâm Y tế huyện rà soát số liệu dân số trước ngày 15/01/2027.",
            // Minutes: the proceedings are a record, the conclusion gives the work.
            "BIÊN BẢN\nHọp Hội đồng thi đua xã\n\nI. NỘI DUNG\n1. Các thành viên Hội đồng thảo luận danh sách đề nghị khen thưởng.\n\nII. KẾT LUẬN\nGiao Văn phòng hoàn chỉnh hồ sơ trước ngày 15/12/2026.",
            "1. Ủy ban nhân dân các xã ven biển kêu gọi tàu thuyền vào nơi tránh trú; hoàn thành trước 17 giờ ngày 05/11/2026.",
            "2. Công an tỉnh báo cáo số người phải sơ tán chậm nhất 16h30 ngày 06/11/2026.",
            // Times set by a count of days, an event, or a year.
            "1. Sở Nội vụ tổng hợp ý kiến góp ý; hoàn thành trong thời gian 30 ngày kể từ ngày ký.",
            "2. Các xã, phường chi trả trợ cấp cho các hộ nghèo trước Tết Nguyên đán.",
            "3. Sở Tài chính tham mưu phân bổ kinh phí; thời gian thực hiện: năm 2027.",
            "4. Sở Y tế duy trì tiêm chủng mở rộng từ nay đến hết năm 2027.",
            "5. Sở Tài chính bố trí kinh phí tổ chức hội thi trong dự toán ngân sách năm 2027.",
            "6. Bộ Chỉ huy Quân sự tỉnh sẵn sàng lực lượng, phương tiện tham gia cứu hộ khi có yêu cầu.",
            "2. Giải bóng chuyền mừng Xuân\n- Thời gian: Quý I/2027.\n- Đơn vị chủ trì: Trung tâm Văn hóa - Thể thao xã.",
            // A decision's execution article: guiding and checking the decision itself.
            "Điều 3. Tổ chức thực hiện\n1. Công an tỉnh hướng dẫn, kiểm tra việc thực hiện Quyết định này.\n2. Sở Tài chính bố trí kinh phí trong dự toán ngân sách hằng năm.",
            // Cut off inside its last task: what the cut removed is not judged.
            "V/v bình ổn giá dịp Tết\n\n1. Sở Tài chính kiểm tra niêm yết giá; hoàn thành trước ngày 15/01/2027.\n2. Sở Công Thương theo dõi cung cầu hàng hóa; báo cáo hằng tuần.\n3. Ủy ban nhân dân các xã, phường kiểm tra, xử lý nghiêm các trường hợp",
            // The fields of what a decision approves: a role and who holds it.
            "Điều 1. Phê duyệt chủ trương đầu tư dự án Cầu Tân Phú với các nội dung sau:\n1. Nhóm dự án: Nhóm B.\n2. Chủ đầu tư: Ban Quản lý dự án đầu tư xây dựng tỉnh.\n3. Cơ quan thẩm định: Sở Xây dựng.",
            "3. Sở Nội vụ là cơ quan thường trực của Ban Chỉ đạo, sử dụng con dấu của Sở trong hoạt động của Ban.",
            "Điều 1. Thành lập Tổ công tác cải cách hành chính, gồm:\n1. Tổ trưởng: Ông Lê Văn An, Phó Chủ tịch UBND tỉnh.\n2. Các thành viên: Lãnh đạo các sở: Nội vụ, Tư pháp; Đại diện Công an tỉnh.",
            "3. Hội thi tìm hiểu pháp luật\n- Thời gian thực hiện: tháng 9/2027.\n- Đơn vị chủ trì: Phòng Tư pháp; phối hợp: Đoàn Thanh niên.",
            // A report's proposals go to higher bodies: no one is given work there.
            "BÁO CÁO\nTình hình giải ngân vốn đầu tư công năm 2026\n\nIII. KIẾN NGHỊ, ĐỀ XUẤT\n1. Đề nghị Bộ Tài chính sớm bổ sung dự toán cho tỉnh.\n2. Đề nghị Bộ Xây dựng hướng dẫn định mức chi phí.",
            "1. Giao Sở Nội vụ theo dõi thường xuyên việc lưu trữ.",
            // Not tasks: promulgation and execution articles, self-dissolution, closing formulas.
            "QUYẾT ĐỊNH\nBan hành Quy chế làm việc\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Tổ công tác.\nĐiều 2. Tổ công tác tự giải thể sau khi hoàn thành nhiệm vụ.\nĐiều 3. Chánh Văn phòng, Giám đốc Sở Nội vụ và các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.",
            "1. Giao Sở Xây dựng rà soát hồ sơ; hoàn thành trước ngày 20/5/2026.\n\nYêu cầu Thủ trưởng các sở, ngành, Chủ tịch UBND các xã nghiêm túc triển khai thực hiện./.",
            "2. Các sở, ngành theo chức năng, nhiệm vụ chủ động phối hợp với Sở Tài chính thực hiện.",
            // A nghị quyết's execution article: carrying out and watching the text itself.
            "Điều 4. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết này.\n2. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.",
            // Time limits counted from an event, or given by another item.
            "1. UBND các phường có ổ dịch hoàn thành tiêu hủy trong vòng 48 giờ kể từ khi phát hiện.",
            "2. Các sở, ngành xây dựng và triển khai kế hoạch hành động của ngành giai đoạn 2026 - 2030.",
            "3. Các đảng ủy phường tổ chức chương trình nghệ thuật đón Giao thừa (ngày 16/02/2026).",
            "1. Tổ chức lễ mít tinh kỷ niệm ngày thành lập tỉnh.\n- Thời gian: sáng ngày 12/6/2026.\n- Đơn vị chủ trì: Văn phòng UBND tỉnh; phối hợp: Sở Nội vụ.",
            "2. Tổ chức giải bóng chuyền truyền thống.\n- Thời gian: ngày 20/6/2026.\n- Công an tỉnh chủ trì, phối hợp với Sở Văn hóa bảo đảm an ninh.",
            "1. Giao Sở Tư pháp rà soát hồ sơ; hoàn thành trước ngày 15/4/2026.\n2. Giao Sở Nội vụ tổng hợp ý kiến; thời hạn như mục 1.",
        ],
        triggering: [
            "↓1. Giao Sở Nội vụ rà soát hồ sơ lưu trữ.",
            "↓2. Tổ chức hội thảo khoa học về chuyển đổi số.\n- Địa điểm: Hội trường Tỉnh ủy.\n- Đơn vị chủ trì: Sở Khoa học và Công nghệ; phối hợp: Sở Nội vụ.",
            "↓3. Ủy ban Kiểm tra Đảng ủy chuẩn bị báo cáo chuyên đề về công tác giám sát.",
            // A body, a colon, then its work (not a field naming who holds a role).
            "↓1. Sở Tài chính: chủ trì thẩm định dự toán kinh phí tổ chức hội nghị.",
            "↓2. Các cấp ủy: lãnh đạo, chỉ đạo việc học tập, quán triệt nghị quyết.",
            // Watching work that is not the text itself is a task.
            "↓4. Giao Sở Y tế kiểm tra, giám sát việc thực hiện an toàn thực phẩm tại các bếp ăn tập thể.",
            "↓5. Giao Sở Nội vụ rà soát hồ sơ cán bộ; sau khi rà soát, báo cáo Ủy ban nhân dân tỉnh.",
            "2. Văn phòng Ủy ban nhân dân tỉnh\n↓2.1. Hướng dẫn các cơ quan ký số.\n2.2. Tổng hợp kết quả trước ngày 15/4/2026.",
        ])

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        let ongoingCounts = context.bool("ongoing_counts")
        // A text cut off mid-sentence (a web copy's first page): the task running to the cut may have
        // lost its time with the rest of the sentence.
        let cut = document.isTruncated ? document.bodyLines.last.flatMap { last in
            let line = document.source.lines[last]
            return [".", ";", ":", "!", "?", ")"].contains { line.ends(with: $0) } ? nil : last
        } : nil
        return document.tasks.compactMap { task in
            guard let assignee = task.assignees.first else { return nil }
            if let cut, task.span.endLine >= cut { return nil }
            let satisfied = task.deadlines.contains { $0.kind != .ongoing || ongoingCounts }
            guard !satisfied else { return nil }
            let line = document.source.lines[task.span.startLine]
            let range = document.source.range(of: TextSpan(line: task.span.startLine, columns: line.indentation..<line.trimmedEnd))
            let place = task.section.map { " (mục \($0))" } ?? ""
            let placeEN = task.section.map { " (item \($0))" } ?? ""
            return context.diagnostic(
                Message(vi: "nhiệm vụ giao \(assignee)\(place) chưa có thời hạn hoàn thành; ghi rõ “trước ngày …”, “trong tháng …” hoặc chu kỳ “hằng tháng”",
                        en: "the task assigned to \(assignee)\(placeEN) has no deadline; state “trước ngày …”, “trong tháng …” or a recurrence"),
                range)
        }
    }
}
