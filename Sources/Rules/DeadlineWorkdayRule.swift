import DocLint

struct DeadlineWorkdayRule: DocumentRule {
    static let description = RuleDescription(
        id: "deadline-workday",
        name: "Thời hạn rơi vào ngày nghỉ",
        summary: Message(vi: "Thời hạn là một ngày cụ thể rơi vào thứ Bảy, Chủ nhật hoặc ngày nghỉ lễ", en: "A dated deadline falls on a Saturday, Sunday or public holiday"),
        rationale: Message(vi: "Bộ luật Dân sự 2015, Điều 148: khi ngày cuối của thời hạn là ngày nghỉ cuối tuần hoặc ngày nghỉ lễ thì thời hạn kết thúc vào cuối ngày làm việc tiếp theo. Ghi thẳng ngày làm việc để cơ quan nhận không hiểu lầm. Lịch nghỉ lễ, nghỉ bù và ngày làm bù lấy theo lịch trong rules.yml (có sẵn 2025–2027).",
                           en: "Civil Code 2015, Art. 148: a time limit whose last day is a weekly rest day or a public holiday ends at the end of the next working day. State the working day so the recipient is not misled. Holidays, compensatory days and swapped working days come from the calendar in rules.yml (2025–2027 built in)."),
        source: "Bộ luật Dân sự 2015, Điều 148; Bộ luật Lao động 2019, Điều 112",
        category: .tasks,
        defaultSeverity: .warning,
        nonTriggering: [
            // A point of measure ("đến hết ngày … đạt …") is not a deadline.
            "1. Sở Tài chính chủ trì đẩy nhanh giải ngân, đến hết ngày 31/01/2027 đạt trên 95% kế hoạch.",
            // The day an activity is held may be a holiday: it is not a time limit.
            "2. Ủy ban nhân dân các phường tổ chức bắn pháo hoa đón Giao thừa (ngày 16/02/2026).",
            "1. Giao Sở Nội vụ rà soát hồ sơ; hoàn thành trước ngày 14/11/2025.",
            "1. Giao Sở Nội vụ làm việc bù; hoàn thành trước ngày 10/01/2026.",
            // The last day of a period an activity runs over, not a time limit.
            "1. Công an tỉnh tăng cường tuần tra, kiểm soát; thời gian cao điểm từ ngày 15/01/2027 đến ngày 28/02/2027.",
            // Before the document's date, a date in running text is history, not a time limit.
            "ỦY BAN NHÂN DÂN TỈNH\nSố: 15/UBND-VX\nV/v xét khen thưởng\nLâm Đồng, ngày 02 tháng 3 năm 2026\n\nCác hồ sơ nộp trước ngày 01/3/2026 đã được thẩm định.",
        ],
        triggering: [
            "1. Giao Sở Nội vụ rà soát hồ sơ; ↓hoàn thành trước ngày 15/11/2025.",
            "1. Giao Sở Tài chính báo cáo ↓trước ngày 02/9/2025.",
            "1. Giao Sở Tài chính tổng hợp, báo cáo kết quả ↓đến ngày 28/02/2027.",
            "2. Các xã ven biển báo cáo số tàu thuyền đã vào nơi tránh trú ↓trước 17 giờ 30 phút ngày 08/11/2026.",
            "ỦY BAN NHÂN DÂN TỈNH\nSố: 15/UBND-VX\nV/v xét khen thưởng\nLâm Đồng, ngày 02 tháng 3 năm 2026\n\nHồ sơ đề nghị xét tặng gửi về Sở Nội vụ ↓trước ngày 15/3/2026.",
        ])

    func check(_ document: Document, _ context: RuleContext) -> [Diagnostic] {
        // A deadline shared by a task and its sub-tasks is checked once.
        var seen = Set<TextSpan>(minimumCapacity: document.tasks.count)
        return (document.tasks.flatMap(\.deadlines) + document.bodyDeadlines).compactMap { deadline in
            guard deadline.kind == .byDate, seen.insert(deadline.span).inserted, let date = deadline.writtenDate?.civil,
                  !context.calendar.isWorkingDay(date) else { return nil }
            let next = context.calendar.nextWorkingDay(onOrAfter: date)
            let holiday = context.calendar.holidays[date]
            let reasonVI = holiday.map { "ngày nghỉ (\($0))" } ?? date.weekdayName.vi
            let reasonEN = holiday.map { "a holiday (\($0))" } ?? "a \(date.weekdayName.en)"
            return context.diagnostic(
                Message(vi: "thời hạn \(date.vietnamese) rơi vào \(reasonVI); theo Điều 148 Bộ luật Dân sự 2015 thời hạn kéo đến hết \(next.weekdayName.vi) \(next.vietnamese) — nên ghi thẳng ngày làm việc",
                        en: "the deadline \(date.vietnamese) falls on \(reasonEN); under Civil Code 2015 Art. 148 it runs to the end of \(next.weekdayName.en) \(next.vietnamese) — state a working day"),
                document.source.range(of: deadline.span),
                // A Saturday deadline is common in practice and only moves to Monday: a note to
                // consider; a Sunday or a holiday is worth sending back.
                severity: holiday == nil && date.isoWeekday == 6 ? .note : nil)
        }
    }
}
