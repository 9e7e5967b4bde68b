import Foundation
import XCTest

/// The repository view over examples/kho-van-ban: four documents that cite each other, an
/// external register, a wrong cited date, a missing document and a duplicated number.
extension CLITests {
    func golden(_ name: String, _ output: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = root.appendingPathComponent("Tests/CLITests/Golden/\(name)")
        if ProcessInfo.processInfo.environment["DOCLINT_UPDATE_GOLDEN"] == "1" { try output.write(to: url, atomically: true, encoding: .utf8) }
        XCTAssertEqual(output, try String(contentsOf: url, encoding: .utf8), name, file: file, line: line)
    }

    func testRepositoryLintResolvesReferencesAcrossFiles() throws {
        let result = try run(["examples/kho-van-ban", "--format", "concise"])
        XCTAssertEqual(result.status, 1)
        try golden("kho-van-ban.lint", result.out)
        XCTAssertTrue(result.out.contains("tb-07-ubnd.txt:9:111: error: 15/KH-UBND được dẫn với ngày 21/1/2026 nhưng văn bản trong kho (examples/kho-van-ban/kh-15-ubnd.txt:4) ban hành ngày 12/01/2026 [reference-mismatch]"), result.out)
        XCTAssertTrue(result.out.contains("cv-20-ubnd-vx.txt:11:53: note: Kế hoạch số 16/KH-UBND"), result.out)
        XCTAssertTrue(result.out.contains("cv-20-ubnd-vx.txt:4:5: error: số 20 năm 2026 đã cấp"), result.out)
        // Citations are decided once every file is registered: streamed output gives those findings
        // after the files (as a linker's come after the compiler's); machine formats merge them
        // into their files, in path order.
        let lines = result.out.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.suffix(2).map { $0.hasSuffix("[reference-unresolved]") || $0.hasSuffix("[reference-mismatch]") }, [true, true], result.out)
        let json = try run(["examples/kho-van-ban", "--format", "json"])
        let report = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as! [String: Any]
        let found = (report["diagnostics"] as! [[String: Any]]).map { "\($0["file"]!):\($0["line"]!) \($0["rule"]!)" }
        XCTAssertEqual(found.prefix(4), ["examples/kho-van-ban/cv-20-ubnd-vx.txt:4 duplicate-number", "examples/kho-van-ban/cv-20-ubnd-vx.txt:11 reference-unresolved",
                                         "examples/kho-van-ban/cv-20-ubnd-vx.txt:14 task-deadline", "examples/kho-van-ban/tb-07-ubnd.txt:9 reference-mismatch"])
        // The plan cited from the external register (03/QĐ-UBND) resolves: no note for it.
        XCTAssertFalse(result.out.contains("03/QĐ-UBND"), result.out)
        // One file alone is not a repository: no cross-document findings.
        let single = try run(["examples/kho-van-ban/cv-20-ubnd-kt.txt", "--format", "concise", "--config", "rules.yml"])
        XCTAssertFalse(single.out.contains("duplicate-number"), single.out)
    }

    func testIndexIsTheRegisterSortedByDate() throws {
        let csv = try run(["index", "examples/kho-van-ban"])
        XCTAssertEqual(csv.status, 0, csv.err)
        try golden("kho-van-ban.index.csv", csv.out)
        let rows = csv.out.split(separator: "\r\n")
        XCTAssertEqual(rows.count, 5)
        XCTAssertTrue(rows[1].hasPrefix("examples/kho-van-ban/kh-15-ubnd.txt,ke-hoach,15,KH-UBND,2026-01-12,"), String(rows[1]))
        try golden("kho-van-ban.index.json", try run(["index", "examples/kho-van-ban", "--format", "json"]).out)
    }

    /// Hand-counted: 3 + 2 + 2 + 1 = 8 tasks, 2 without a deadline, 1 recurring.
    func testTasksMatchTheHandCountAndResolveDueDates() throws {
        let json = try run(["tasks", "examples/kho-van-ban", "--format", "json"])
        try golden("kho-van-ban.tasks.json", json.out)
        let rows = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as! [[String: Any]]
        XCTAssertEqual(rows.count, 8)
        let perFile = Dictionary(grouping: rows, by: { ($0["file"] as! String).split(separator: "/").last! }).mapValues(\.count)
        XCTAssertEqual(perFile, ["kh-15-ubnd.txt": 3, "cv-20-ubnd-vx.txt": 2, "tb-07-ubnd.txt": 2, "cv-20-ubnd-kt.txt": 1])
        XCTAssertEqual(rows.filter { $0["flag"] as? String == "no-deadline" }.count, 2)
        XCTAssertEqual(rows.filter { $0["flag"] as? String == "recurring" }.count, 1)
        let due = Dictionary(uniqueKeysWithValues: rows.compactMap { row in (row["due"] as? String).map { ("\(row["deadline_text"]!)", $0) } })
        XCTAssertEqual(due["trong tháng 5/2026"], "2026-06-01", "31/05/2026 is a Sunday (BLDS Điều 148)")
        XCTAssertEqual(due["trước ngày 30/4/2026"], "2026-05-04", "30/4 and 1/5 are holidays, then a weekend")
        XCTAssertEqual(due["trong tháng 8/2026"], "2026-09-03", "31/8/2026 is a swapped day off, 1–2/9 National Day")

        try golden("kho-van-ban.tasks.csv", try run(["tasks", "examples/kho-van-ban"]).out)
        let noiVu = try run(["tasks", "examples/kho-van-ban", "--assignee", "Sở Nội vụ", "--format", "json"])
        XCTAssertEqual((try JSONSerialization.jsonObject(with: Data(noiVu.out.utf8)) as! [Any]).count, 3)
        let early = try run(["tasks", "examples/kho-van-ban", "--due-before", "01/04/2026", "--format", "json"])
        XCTAssertEqual((try JSONSerialization.jsonObject(with: Data(early.out.utf8)) as! [[String: Any]]).map { $0["due"] as! String }, ["2026-03-16", "2026-02-27"])
    }

    /// RFC 5545 structure: CRLF lines of at most 75 octets, balanced components, required properties.
    func testTasksAsICalendarAreStructurallyValid() throws {
        let result = try run(["tasks", "examples/kho-van-ban", "--format", "ics"])
        try golden("kho-van-ban.tasks.ics", result.out)
        XCTAssertTrue(result.out.hasSuffix("\r\n"))
        let physical = result.out.components(separatedBy: "\r\n").dropLast()
        XCTAssertFalse(physical.contains { $0.contains("\n") || $0.contains("\r") })
        for line in physical { XCTAssertLessThanOrEqual(line.utf8.count, 75, line) }
        // Unfold, then check the components.
        var logical: [String] = []
        for line in physical { if line.hasPrefix(" "), !logical.isEmpty { logical[logical.count - 1] += line.dropFirst() } else { logical.append(line) } }
        XCTAssertEqual(logical.first, "BEGIN:VCALENDAR"); XCTAssertEqual(logical.last, "END:VCALENDAR")
        XCTAssertTrue(logical.contains("VERSION:2.0")); XCTAssertTrue(logical.contains { $0.hasPrefix("PRODID:") })
        var todos: [[String]] = [], current: [String]?
        for line in logical {
            if line == "BEGIN:VTODO" { current = [] } else if line == "END:VTODO" { todos.append(current!); current = nil } else { current?.append(line) }
        }
        XCTAssertNil(current)
        XCTAssertEqual(todos.count, 5, "one VTODO per dated task")
        for todo in todos {
            for key in ["UID:", "DTSTAMP:", "DUE;VALUE=DATE:", "SUMMARY:"] { XCTAssertEqual(todo.filter { $0.hasPrefix(key) }.count, 1, key) }
            let due = todo.first { $0.hasPrefix("DUE;VALUE=DATE:") }!.dropFirst("DUE;VALUE=DATE:".count)
            XCTAssertEqual(due.count, 8); XCTAssertTrue(due.allSatisfy(\.isNumber))
        }
        XCTAssertEqual(Set(todos.map { $0.first { $0.hasPrefix("UID:") }! }).count, 5, "UIDs are unique")
    }
}
