import Foundation
import Testing

/// Parses a JSON file into a dictionary.
func jsonObject(_ root: URL, _ relative: String) throws -> [String: Any] {
    let data = try Data(contentsOf: root.appendingPathComponent(relative))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(relative) is not a JSON object")
}

@Suite("headway batch")
struct BatchCommandTests {
    @Test("broken folder: exit 1, every good client's reports and the index, rejected content nowhere, input unchanged")
    func brokenFolder() throws {
        let notes = try Headway.fixture("broken")
        let before = try Tree.snapshot(notes)
        let scratch = try Scratch("batch")
        let out = scratch.url.appendingPathComponent("out")
        let result = try Headway.run(["batch", notes.path, "-o", out.path], in: scratch.url)

        #expect(result.status == 1, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderrLines == BrokenFixture.diagnostics + [BrokenFixture.summary(reports: 2)])
        #expect(try Tree.files(out) == [
            "C-0001/all.html", "C-0001/all.md", "C-0002/all.html", "C-0002/all.md", "index.html", "index.md",
        ])
        #expect(try Tree.folders(out) == ["C-0001", "C-0002"])
        // Nothing outside the output folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["out"])
        #expect(try Tree.snapshot(notes) == before, "batch changed the notes folder")

        for file in try Tree.files(out) {
            let text = try Tree.text(out, file)
            for rejected in BrokenFixture.rejectedText {
                #expect(!text.contains(rejected), "\(file) contains text of a rejected note: \(rejected)")
            }
        }
        // The bad rating (11) and the duplicate note (its rating 9) are not in the history; the session with
        // the bad rating is, with its milestone and narrative (a value error drops only the value).
        let report = try Tree.text(out, "C-0001/all.md")
        #expect(report.contains("| Period | All sessions (2026-10-06 to 2026-11-03) |"))
        #expect(report.contains("| Sessions | 4 attended, 0 cancelled, 0 no-show (4 scheduled) |"))
        for kept in BrokenFixture.keptText { #expect(report.contains(kept), "\(kept)") }
        // The incomplete-report notice comes before the goals and names what is left out.
        #expect(report.contains("""

            ## Incomplete report

            Headway found 2 errors in this client's notes. What each one names is left out of this report; correct the notes and run Headway again.

            - C-0001/2026-10-20-bad-rating.md:8: error: 'progress' must be between 0 and 10, got 11: this rating is left out
            - misc/duplicate.md:3: error: another note for client C-0001 on 2026-11-03 already exists: C-0001/2026-11-03.md: this one is left out

            ## Celebrated milestones
            """))
        #expect(!(try Tree.text(out, "C-0002/all.md")).contains("Incomplete report"))
        #expect(report.contains("- Ratings this period: 2 → 4 → 6\n"))
        // The report lists the diagnostics of this client's files.
        #expect(report.hasSuffix("""
            ## Problems found in this client's notes

            - C-0001/2026-10-20-bad-rating.md:8: error: 'progress' must be between 0 and 10, got 11: this rating is left out
            - C-0001/2026-11-03.md:3: warning: 2 of 4 attended sessions of episode 1 have no PHQ-9 score (2026-10-20, 2026-11-03): add PHQ-9 to those sessions, or set 'measure-every' in the plan or headway.yml to say how often it is taken
            - misc/duplicate.md:3: error: another note for client C-0001 on 2026-11-03 already exists: C-0001/2026-11-03.md: this one is left out

            """))
        let index = try Tree.text(out, "index.md")
        #expect(index.hasPrefix("# Caseload reports: All sessions\n"))
        #expect(index.contains("[md](C-0001/all.md) [html](C-0001/all.html)"))
        #expect(index.contains("[md](C-0002/all.md) [html](C-0002/all.html)"))
        // Clients with errors are marked, with the count; C-0009, whose only note was rejected, is listed too,
        // and so are C-0007 and C-0008, whose notes' YAML or front matter cannot be read but whose `client:` line can.
        #expect(index.contains("**4 clients need attention**: their notes have errors"))
        #expect(index.contains("| C-0008 |  |  | **Needs attention: 1 error in the notes.**"))
        #expect(index.contains("| C-0007 |  |  | **Needs attention: 1 error in the notes.** No report: no note or plan of this client could be read (see the errors) |  |"))
        #expect(index.contains("| C-0001 | Marisol Vantreese |  | **Needs attention: 2 errors in the notes; the report is incomplete.** All sessions: 4 of 4 sessions attended"))
        #expect(index.contains("| C-0009 |  |  | **Needs attention: 1 error in the notes.** No report: no note or plan of this client could be read (see the errors) |  |"))
        let html = try Tree.text(out, "index.html")
        #expect(html.contains("href=\"C-0001/all.html\""))
        #expect(html.contains("href=\"C-0002/all.html\""))
    }

    @Test("--by-month --format md,html,json: OUT/<client>/<YYYY-MM>.{md,html,json} and index.json")
    func byMonthAllFormats() throws {
        let scratch = try Scratch("bymonth")
        let out = scratch.url.appendingPathComponent("out")
        let result = try Headway.run(["batch", try Headway.fixture("broken").path, "--by-month",
                                      "--format", "md,html,json", "-o", out.path])
        #expect(result.status == 1)
        #expect(result.stderrLines.last == BrokenFixture.summary(reports: 3))
        #expect(try Tree.files(out) == [
            "C-0001/2026-10.html", "C-0001/2026-10.json", "C-0001/2026-10.md",
            "C-0001/2026-11.html", "C-0001/2026-11.json", "C-0001/2026-11.md",
            "C-0002/2026-10.html", "C-0002/2026-10.json", "C-0002/2026-10.md",
            "index.html", "index.json", "index.md",
        ])

        let november = try jsonObject(out, "C-0001/2026-11.json")
        let period = try #require(november["period"] as? [String: Any])
        #expect(period["from"] as? String == "2026-11-01")
        #expect(period["to"] as? String == "2026-11-30")
        #expect(period["label"] as? String == "November 2026")
        let sessions = try #require(november["sessions"] as? [String: Any])
        #expect(sessions["attended"] as? Int == 1)
        #expect(sessions["dates"] as? [String] == ["2026-11-03"])
        #expect(sessions["cumulativeAttended"] as? Int == 4)  // the session with a bad rating counts
        #expect(try Tree.text(out, "C-0001/2026-11.json").hasSuffix("}\n"))

        let index = try jsonObject(out, "index.json")
        #expect(index["title"] as? String == "By month")
        let clients = try #require(index["clients"] as? [[String: Any]])
        #expect(clients.map { $0["client"] as? String } == ["C-0001", "C-0002", "C-0007", "C-0008", "C-0009"])
        #expect(clients.map { $0["errors"] as? Int } == [2, 0, 1, 1, 1])
        #expect((clients.last?["reports"] as? [Any])?.isEmpty == true)
        let reports = try #require(clients.first?["reports"] as? [[String: Any]])
        #expect(reports.map { $0["label"] as? String } == ["October 2026", "November 2026"])
        #expect(reports.map { $0["json"] as? String } == ["C-0001/2026-10.json", "C-0001/2026-11.json"])
        #expect(reports.map { $0["md"] as? String } == ["C-0001/2026-10.md", "C-0001/2026-11.md"])
        #expect(reports.map { $0["html"] as? String } == ["C-0001/2026-10.html", "C-0001/2026-11.html"])
    }

    @Test("--month 2026-10: one report per client, named 2026-10")
    func fixedMonth() throws {
        let scratch = try Scratch("month")
        let out = scratch.url.appendingPathComponent("out")
        let result = try Headway.run(["batch", try Headway.fixture("clean").path, "--month", "2026-10", "-o", out.path])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderrLines == ["headway: 5 files, 4 notes, 1 plan, 2 clients, 2 reports, 0 warnings, 0 errors"])
        #expect(try Tree.files(out) == [
            "C-0001/2026-10.html", "C-0001/2026-10.md", "C-0002/2026-10.html", "C-0002/2026-10.md", "index.html", "index.md",
        ])
        #expect(try Tree.text(out, "index.md").hasPrefix("# Caseload reports: October 2026\n"))
        let report = try Tree.text(out, "C-0001/2026-10.md")
        #expect(report.contains("| Period | October 2026 (2026-10-01 to 2026-10-31) |"))
        #expect(report.contains("| Sessions | 2 attended, 0 cancelled, 0 no-show (2 scheduled) |"))
    }

    @Test("--month before any note: only the index, which says so")
    func monthBeforeAnyNote() throws {
        let scratch = try Scratch("early")
        let out = scratch.url.appendingPathComponent("out")
        let result = try Headway.run(["batch", try Headway.fixture("clean").path, "--month", "2026-09", "-o", out.path])
        #expect(result.status == 0)
        #expect(result.stderrLines == ["headway: 5 files, 4 notes, 1 plan, 2 clients, 0 reports, 0 warnings, 0 errors"])
        #expect(try Tree.files(out) == ["index.html", "index.md"])
        #expect(try Tree.text(out, "index.md") == "# Caseload reports: September 2026\n\nNo client has notes for this period.\n")
    }

    @Test("--month after the last note: every client, the month shown without sessions")
    func monthWithoutSessions() throws {
        let scratch = try Scratch("late")
        let out = scratch.url.appendingPathComponent("out")
        let result = try Headway.run(["batch", try Headway.fixture("clean").path, "--month", "2026-12",
                                      "--format", "json", "-o", out.path])
        #expect(result.status == 0)
        #expect(try Tree.files(out) == ["C-0001/2026-12.json", "C-0002/2026-12.json", "index.html", "index.json", "index.md"])
        let report = try jsonObject(out, "C-0001/2026-12.json")
        let sessions = try #require(report["sessions"] as? [String: Any])
        #expect(sessions["scheduled"] as? Int == 0)
        #expect(sessions["attendanceRate"] is NSNull)
        #expect(sessions["cumulativeAttended"] as? Int == 3)
    }

    @Test("--from/--to: reports named 2026-10-01_2026-12-31")
    func dateRange() throws {
        let scratch = try Scratch("range")
        let out = scratch.url.appendingPathComponent("out")
        let result = try Headway.run(["batch", try Headway.fixture("broken").path, "--from", "2026-10-01", "--to", "2026-12-31",
                                      "--format", "json", "-o", out.path])
        #expect(result.status == 1)
        #expect(result.stderrLines.last == BrokenFixture.summary(reports: 2))
        #expect(try Tree.files(out) == [
            "C-0001/2026-10-01_2026-12-31.json", "C-0002/2026-10-01_2026-12-31.json", "index.html", "index.json", "index.md",
        ])
        let report = try jsonObject(out, "C-0001/2026-10-01_2026-12-31.json")
        let period = try #require(report["period"] as? [String: Any])
        #expect(period["from"] as? String == "2026-10-01")
        #expect(period["to"] as? String == "2026-12-31")
        let client = try #require(report["client"] as? [String: Any])
        #expect(client["id"] as? String == "C-0001")
        #expect(client["name"] as? String == "Marisol Vantreese")
        #expect(report["warnings"] as? [String] == [
            "C-0001/2026-10-20-bad-rating.md:8: error: 'progress' must be between 0 and 10, got 11: this rating is left out",
            BrokenFixture.diagnostics[1],
            "misc/duplicate.md:3: error: another note for client C-0001 on 2026-11-03 already exists: C-0001/2026-11-03.md: this one is left out",
        ])
    }

    @Test("reports are 0600, folders 0700, and no temporary file is left")
    func permissions() throws {
        let scratch = try Scratch("perm")
        let out = scratch.url.appendingPathComponent("out/nested")
        let result = try Headway.run(["batch", try Headway.fixture("clean").path, "--by-month",
                                      "--format", "md,html,json", "-o", out.path])
        #expect(result.status == 0)
        let tree = try Tree.snapshot(out)
        #expect(!tree.isEmpty)
        #expect(try Tree.permissions(out.path) == 0o700)
        for (path, entry) in tree {
            #expect(!path.split(separator: "/").contains { $0.hasPrefix(".") }, "left behind: \(path)")
            #expect(entry.permissions == (entry.isDirectory ? 0o700 : 0o600), "\(path) has mode \(String(entry.permissions, radix: 8))")
        }
        #expect(tree.filter { !$0.value.isDirectory }.count == 12)
    }

    @Test("two runs give byte-identical trees, whatever the output folder's name or how NOTES_DIR is written")
    func determinism() throws {
        let notes = try Headway.fixture("broken")
        let scratch = try Scratch("det")
        let arguments = ["--by-month", "--format", "md,html,json"]
        let first = try Headway.run(["batch", notes.path] + arguments + ["-o", scratch.path("first")])
        let second = try Headway.run(["batch", notes.path] + arguments + ["-o", scratch.path("second")])
        let relative = try Headway.run(["batch", "broken"] + arguments + ["-o", scratch.path("third")],
                                       in: notes.deletingLastPathComponent())
        #expect(first.status == 1 && second.status == 1 && relative.status == 1)
        #expect(first.stderr == second.stderr)
        #expect(first.stderr == relative.stderr)
        let one = try Tree.snapshot(scratch.url.appendingPathComponent("first"))
        #expect(one.count == 14)
        #expect(try Tree.snapshot(scratch.url.appendingPathComponent("second")) == one)
        #expect(try Tree.snapshot(scratch.url.appendingPathComponent("third")) == one)
    }

    @Test("a second run over an existing output folder replaces the reports with the same bytes")
    func rerunIntoSameFolder() throws {
        let scratch = try Scratch("rerun")
        let out = scratch.url.appendingPathComponent("out")
        let notes = try Headway.fixture("clean").path
        #expect(try Headway.run(["batch", notes, "-o", out.path]).status == 0)
        let first = try Tree.snapshot(out)
        #expect(try Headway.run(["batch", notes, "-o", out.path]).status == 0)
        #expect(try Tree.snapshot(out) == first)
    }

    @Test("a missing notes folder: exit 2, nothing written")
    func missingFolder() throws {
        let scratch = try Scratch("missing")
        let missing = scratch.path("nope")
        let result = try Headway.run(["batch", missing, "-o", scratch.path("out")], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.stderrLines == ["\(missing): error: not a folder of notes"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == [])
    }

    @Test("bad arguments exit 2 with a clear message and write nothing", arguments: [
        (["--by-month", "--month", "2026-10"], "--by-month goes alone, without --month or --from/--to"),
        (["--by-month", "--from", "2026-10-01", "--to", "2026-10-31"], "--by-month goes alone, without --month or --from/--to"),
        (["--format", "pdfx"], "The value 'pdfx' is invalid for '--format <format>': unknown format 'pdfx': use md, html, json, pdf, csv or fhir"),
        (["--format", ","], "--format needs at least one of md, html, json, pdf, csv, fhir"),
        (["--format", "PDF", "--paper", "a5"], "The value 'a5' is invalid for '--paper <paper>'. Please provide one of 'a4' and 'letter'."),
        (["--month", "2026-13"], "The value \'2026-13\' is invalid for \'--month <month>\': must be YYYY-MM"),
        (["--from", "2026-10-01"], "--from and --to go together"),
        (["--to", "2026-10-01"], "--from and --to go together"),
        (["--from", "2026-10-31", "--to", "2026-10-01"], "--from 2026-10-31 is after --to 2026-10-01"),
        (["--from", "2026-02-30", "--to", "2026-10-01"], "The value \'2026-02-30\' is invalid for \'--from <from>\': must be a real date YYYY-MM-DD"),
        (["--month", "2026-10", "--from", "2026-10-01", "--to", "2026-10-31"], "use either --month or --from/--to, not both"),
    ])
    func badArguments(_ extra: [String], _ message: String) throws {
        let scratch = try Scratch("badargs")
        let out = scratch.path("out")
        let result = try Headway.run(["batch", try Headway.fixture("broken").path] + extra + ["-o", out], in: scratch.url)
        #expect(result.status == 2, "\(result)")
        #expect(result.status != 0 && result.status != 1)
        #expect(result.stderr.contains(message), "\(result)")
        // Checked while parsing the arguments, so the message comes with batch's own usage line.
        let usage = result.stderr.contains("Usage: headway batch ")
        if extra.first == "--month" || extra.first == "--from" || extra.first == "--to" {
            #expect(usage, "\(result)")
        } else {
            #expect(usage, "\(result)")
        }
        #expect(!Tree.exists(out))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == [])
    }
}
