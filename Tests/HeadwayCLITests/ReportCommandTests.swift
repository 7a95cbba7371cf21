import Foundation
import Testing

@Suite("headway report")
struct ReportCommandTests {
    @Test("--client ID writes reports/ID/all.md and all.html by default (md,html; OUT=reports)")
    func defaults() throws {
        let cwd = try Scratch("report")
        let notes = try Headway.fixture("clean")
        let before = try Tree.snapshot(notes)
        let result = try Headway.run(["report", notes.path, "--client", "C-0002"], in: cwd.url)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "")
        // Every file is read; the counts are of the files of the client (and of no client).
        #expect(result.stderrLines == ["headway: 5 files, 1 note, 1 plan, 1 client, 1 report, 0 warnings, 0 errors"])
        let out = cwd.url.appendingPathComponent("reports")
        #expect(try Tree.files(out) == ["C-0002/all.html", "C-0002/all.md"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: cwd.url.path) == ["reports"])
        #expect(try Tree.snapshot(notes) == before)

        let markdown = try Tree.text(out, "C-0002/all.md")
        #expect(markdown.hasPrefix("# Progress report: C-0002 (Thaddeus Brackenridge)\n"))
        #expect(markdown.contains("| Period | All sessions (2026-10-08 to 2026-10-08) |"))
        #expect(markdown.contains("| Clinician | Dr. Orrin Pellucidar |"))
        let html = try Tree.text(out, "C-0002/all.html")
        #expect(html.hasPrefix("<!DOCTYPE html>\n"))
        #expect(html.contains("C-0002"))
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"))
        #expect(!html.contains("<script"))
    }

    @Test("report writes no index and only the chosen client's files, and prints the diagnostics of its files and of files of no client")
    func onlyThatClient() throws {
        let scratch = try Scratch("only")
        let out = scratch.url.appendingPathComponent("out")
        let result = try Headway.run(["report", try Headway.fixture("broken").path, "--client", "C-0001", "-o", out.path])
        #expect(result.status == 1)
        // Not those of C-0002 (its unknown key) or of the rejected files of C-0007, C-0008 and C-0009: `check` and `batch` print them.
        #expect(result.stderrLines == [
            "C-0001/2026-10-20-bad-rating.md:8: error: 'progress' must be between 0 and 10, got 11: this rating is left out",
            BrokenFixture.diagnostics[1],
            "README.md: warning: no front matter: not a note, skipped",
            "misc/duplicate.md:3: error: another note for client C-0001 on 2026-11-03 already exists: C-0001/2026-11-03.md: this one is left out",
            "misc/missing-client.md: error: missing required key 'client': the file is left out",
            "headway: 12 files, 4 notes, 0 plans, 1 client, 1 report, 2 warnings, 3 errors (1 client needs attention: C-0001)",
        ])
        #expect(try Tree.files(out) == ["C-0001/all.html", "C-0001/all.md"])
    }

    @Test("an unknown client is named with the whole folder's diagnostics and a suggestion, as every file is parsed to find one")
    func unknownClientReadsEverything() throws {
        let scratch = try Scratch("unknown")
        let notes = try Headway.fixture("broken")
        let result = try Headway.run(["report", notes.path, "--client", "c0001", "-o", scratch.url.appendingPathComponent("out").path])
        #expect(result.status == 2)
        #expect(result.stderrLines == BrokenFixture.diagnostics + ["\(notes.path): error: no valid note or plan for client 'c0001' (did you mean 'C-0001'?)"])
    }

    @Test("--month 2026-10 writes OUT/ID/2026-10.md and .html")
    func month() throws {
        let scratch = try Scratch("month")
        let out = scratch.url.appendingPathComponent("out")
        let result = try Headway.run(["report", try Headway.fixture("clean").path, "--client", "C-0001",
                                      "--month", "2026-10", "-o", out.path])
        #expect(result.status == 0)
        #expect(try Tree.files(out) == ["C-0001/2026-10.html", "C-0001/2026-10.md"])
        let markdown = try Tree.text(out, "C-0001/2026-10.md")
        #expect(markdown.contains("| Period | October 2026 (2026-10-01 to 2026-10-31) |"))
        #expect(markdown.contains("- Ratings this period: 2 → 4\n"))
    }

    @Test("--from/--to writes OUT/ID/FROM_TO.*")
    func range() throws {
        let scratch = try Scratch("range")
        let out = scratch.url.appendingPathComponent("out")
        let result = try Headway.run(["report", try Headway.fixture("clean").path, "--client", "C-0001",
                                      "--from", "2026-10-01", "--to", "2026-12-31", "-o", out.path])
        #expect(result.status == 0)
        #expect(try Tree.files(out) == ["C-0001/2026-10-01_2026-12-31.html", "C-0001/2026-10-01_2026-12-31.md"])
    }

    @Test("--format json writes only the JSON model, with the layout of docs/report-model.md")
    func json() throws {
        let scratch = try Scratch("json")
        let out = scratch.url.appendingPathComponent("out")
        let result = try Headway.run(["report", try Headway.fixture("clean").path, "--client", "C-0002",
                                      "--month", "2026-10", "--format", "json", "-o", out.path])
        #expect(result.status == 0)
        #expect(try Tree.files(out) == ["C-0002/2026-10.json"])
        let text = try Tree.text(out, "C-0002/2026-10.json")
        #expect(text.hasPrefix("{\n  \"schemaVersion\": 2,\n  \"client\": {\n    \"id\": \"C-0002\",\n    \"name\": \"Thaddeus Brackenridge\"\n  },\n  \"clinician\": \"Dr. Orrin Pellucidar\",\n"))
        #expect(text.hasSuffix("}\n"))
        let report = try jsonObject(out, "C-0002/2026-10.json")
        let sessions = try #require(report["sessions"] as? [String: Any])
        #expect(sessions["attended"] as? Int == 1)
        #expect(sessions["dates"] as? [String] == ["2026-10-08"])
        let goals = try #require(report["goals"] as? [[String: Any]])
        #expect(goals.map { $0["id"] as? String } == ["sleep-routine"])
        #expect(goals.first?["statement"] as? String == "In bed by 23:00 on 5 of 7 nights")
        #expect(goals.first?["baseline"] as? Int == 2)
        let measures = try #require(report["measures"] as? [[String: Any]])
        #expect(measures.map { $0["instrument"] as? String } == ["GAD-7"])
        #expect(report["warnings"] as? [String] == [])
    }

    @Test("--format md,html,json writes three files; formats are case-insensitive and deduplicated")
    func allFormats() throws {
        let scratch = try Scratch("formats")
        let out = scratch.url.appendingPathComponent("out")
        let result = try Headway.run(["report", try Headway.fixture("clean").path, "--client", "C-0002",
                                      "--format", "JSON,md,html,md", "-o", out.path])
        #expect(result.status == 0)
        #expect(try Tree.files(out) == ["C-0002/all.html", "C-0002/all.json", "C-0002/all.md"])
    }

    @Test("an unknown client: exit 2 with a clear message, nothing written")
    func unknownClient() throws {
        let scratch = try Scratch("unknown")
        let notes = try Headway.fixture("clean").path
        let result = try Headway.run(["report", notes, "--client", "C-9999", "-o", scratch.path("out")], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.stderrLines == ["\(notes): error: no valid note or plan for client 'C-9999'"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == [])
    }

    @Test("a client whose only note was rejected is unknown: exit 2")
    func clientWithOnlyRejectedNotes() throws {
        let scratch = try Scratch("rejected")
        let notes = try Headway.fixture("broken").path
        let result = try Headway.run(["report", notes, "--client", "C-0009", "-o", scratch.path("out")], in: scratch.url)
        #expect(result.status == 2)
        // Whether the diagnostics come first is not specified; the message is last and there is no summary.
        #expect(result.stderrLines.last == "\(notes): error: no valid note or plan for client 'C-0009'")
        #expect(!result.stderr.contains("headway: "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == [])
    }

    @Test("client ids match case-sensitively")
    func caseSensitiveClient() throws {
        let scratch = try Scratch("case")
        let result = try Headway.run(["report", try Headway.fixture("clean").path, "--client", "c-0001",
                                      "-o", scratch.path("out")], in: scratch.url)
        #expect(result.status == 2)
        #expect(!Tree.exists(scratch.path("out")))
    }

    @Test("a missing notes folder: exit 2")
    func missingFolder() throws {
        let scratch = try Scratch("missing")
        let missing = scratch.path("nope")
        let result = try Headway.run(["report", missing, "--client", "C-0001"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.stderrLines == ["\(missing): error: not a folder of notes"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == [])
    }

    @Test("bad arguments exit 2 with a clear message and write nothing", arguments: [
        (["--client", "C-0001", "--month", "2026-13"], "The value \'2026-13\' is invalid for \'--month <month>\': must be YYYY-MM"),
        (["--client", "C-0001", "--month", "October"], "The value \'October\' is invalid for \'--month <month>\': must be YYYY-MM"),
        (["--client", "C-0001", "--from", "2026-10-01"], "--from and --to go together"),
        (["--client", "C-0001", "--from", "2026-10-31", "--to", "2026-10-01"], "--from 2026-10-31 is after --to 2026-10-01"),
        (["--client", "C-0001", "--to", "2026-13-01", "--from", "2026-10-01"], "The value \'2026-13-01\' is invalid for \'--to <to>\': must be a real date YYYY-MM-DD"),
        (["--client", "C-0001", "--format", "pdfx"], "The value 'pdfx' is invalid for '--format <format>': unknown format 'pdfx': use md, html, json, pdf, csv or fhir"),
        (["--client", "C-0001", "--format", "md,pdf", "--paper", "a3"], "The value 'a3' is invalid for '--paper <paper>'. Please provide one of 'a4' and 'letter'."),
        (["--client", "C-0001", "--by-month"], "--by-month"),
        (["--month", "2026-10"], "--client"),
    ])
    func badArguments(_ extra: [String], _ message: String) throws {
        let scratch = try Scratch("badargs")
        let out = scratch.path("out")
        let result = try Headway.run(["report", try Headway.fixture("broken").path] + extra + ["-o", out], in: scratch.url)
        #expect(result.status == 2, "\(result)")
        #expect(result.status != 0 && result.status != 1)
        #expect(result.stderr.contains(message), "\(result)")
        #expect(!result.stderr.contains("misc/unclosed.md"), "notes were read before the arguments were checked")
        #expect(!Tree.exists(out))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == [])
    }
}
