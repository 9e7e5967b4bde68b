/// Working days for Vietnamese civil servants: Monday–Friday, minus public holidays and days
/// swapped off, plus Saturdays swapped in (format-rules §8). Bộ luật Lao động 2019 Điều 112 fixes
/// the holidays; the Prime Minister approves each year's Tết days, nghỉ bù and swaps.
public struct WorkCalendar: Sendable {
    public var holidays: [CivilDate: String]
    /// Weekend days that are working days by a swap (e.g. Sat 26/4/2025 for Fri 02/5/2025).
    public var workingWeekends: Set<CivilDate>

    public init(holidays: [CivilDate: String] = WorkCalendar.builtInHolidays, workingWeekends: Set<CivilDate> = WorkCalendar.builtInWorkingWeekends) {
        self.holidays = holidays; self.workingWeekends = workingWeekends
    }

    public func isWorkingDay(_ date: CivilDate) -> Bool {
        if holidays[date] != nil { return false }
        if date.isoWeekday >= 6 { return workingWeekends.contains(date) }
        return true
    }

    /// The next working day on or after `date` (Bộ luật Dân sự 2015 Điều 148).
    public func nextWorkingDay(onOrAfter date: CivilDate) -> CivilDate {
        var day = date
        // At most 60 days on (no run of days off is longer), and no further look-ups once one works.
        for _ in 0..<60 { guard !isWorkingDay(day) else { break }; day = day.adding(days: 1) }
        return day
    }

    private static func d(_ day: Int, _ month: Int, _ year: Int) -> CivilDate { CivilDate(year: year, month: month, day: day)! }

    /// Fixed holidays every year, and the published schedules for 2025–2026 (2027 computed from
    /// the lunar calendar until the official notice): format-rules §8.2.
    public static let builtInHolidays: [CivilDate: String] = {
        var days: [CivilDate: String] = [:]
        for year in 2020...2035 {
            days[d(1, 1, year)] = "Tết Dương lịch"
            days[d(30, 4, year)] = "Ngày Chiến thắng"
            days[d(1, 5, year)] = "Ngày Quốc tế lao động"
            days[d(2, 9, year)] = "Quốc khánh"
        }
        func range(_ from: CivilDate, _ to: CivilDate, _ name: String) {
            var day = from
            while day <= to { days[day] = name; day = day.adding(days: 1) }
        }
        // 2025
        range(d(25, 1, 2025), d(2, 2, 2025), "Tết Nguyên đán")
        days[d(7, 4, 2025)] = "Giỗ Tổ Hùng Vương"
        days[d(2, 5, 2025)] = "Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)"
        days[d(1, 9, 2025)] = "Quốc khánh"
        // 2026
        days[d(2, 1, 2026)] = "Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)"
        range(d(14, 2, 2026), d(22, 2, 2026), "Tết Nguyên đán")
        days[d(27, 4, 2026)] = "Nghỉ bù Giỗ Tổ Hùng Vương"
        days[d(31, 8, 2026)] = "Nghỉ hoán đổi (làm bù thứ Bảy 22/8/2026)"
        days[d(1, 9, 2026)] = "Quốc khánh"
        // 2027 (computed)
        range(d(4, 2, 2027), d(10, 2, 2027), "Tết Nguyên đán")
        days[d(16, 4, 2027)] = "Giỗ Tổ Hùng Vương"
        days[d(3, 5, 2027)] = "Nghỉ bù Ngày Quốc tế lao động"
        days[d(3, 9, 2027)] = "Quốc khánh"
        return days
    }()

    public static let builtInWorkingWeekends: Set<CivilDate> = [d(26, 4, 2025), d(10, 1, 2026), d(22, 8, 2026)]
}
