import Foundation
import Testing

/// `--format csv` (README "CSV"): a batch's three tables at the output folder's root, golden byte for
/// byte; read back with Python's csv module and compared with the JSON reports of the same run; formula
/// cells neutralised while numbers stay numbers; no name in a redacted run; `report`'s per-period files;
/// and the commands and audience that refuse csv.
@Suite("--format csv")
struct CSVCommandTests {
    static var notes: URL { get throws { try Headway.fixture("csv") } }
    static let tables = ["goals.csv", "ratings.csv", "scores.csv"]
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }
    /// Where the golden tables are recorded: the source tree, not the copy the tests run from.
    static let source = Headway.repoRoot.appendingPathComponent("Tests/HeadwayCLITests/Fixtures/csv-golden", isDirectory: true)
    static let readBack = Headway.repoRoot.appendingPathComponent("Tests/HeadwayCLITests/Fixtures/csv-read/read_back.py")

    /// A batch of `notes` by month into `scratch/out` with `extra` options.
    static func batch(_ scratch: Scratch, notes: String? = nil, _ extra: [String] = ["--format", "json,csv"]) throws -> (RunResult, URL) {
        let out = scratch.url.appendingPathComponent("out")
        let result = try Headway.run(["batch", try notes ?? Self.notes.path, "--by-month", "-o", out.path, "-q"] + extra, in: scratch.url)
        return (result, out)
    }

    /// Runs `read_back.py` over `out`: python3's csv module against the JSON reports.
    static func readBack(_ out: URL) throws -> RunResult {
        try Program.run("/usr/bin/env", ["python3", readBack.path, out.path], in: out)
    }

    @Test("a batch writes the three tables at the root, beside the index, and no CSV per report; they are the golden files")
    func golden() throws {
        let scratch = try Scratch("csv")
        let (result, out) = try Self.batch(scratch)
        #expect(result.status == 0, "\(result)")
        #expect(try Tree.files(out).filter { $0.hasSuffix(".csv") } == Self.tables)
        if Self.recording {
            try FileManager.default.createDirectory(at: Self.source, withIntermediateDirectories: true)
            for table in Self.tables { try Data(contentsOf: out.appendingPathComponent(table)).write(to: Self.source.appendingPathComponent(table)) }
            print("RECORD_SNAPSHOTS: wrote \(Self.source.path); review it before committing")
            return
        }
        let golden = try Headway.fixture("csv-golden")
        for table in Self.tables {
            #expect(try Data(contentsOf: out.appendingPathComponent(table)) == (try Data(contentsOf: golden.appendingPathComponent(table))),
                    "\(table) differs from Fixtures/csv-golden; re-record with RECORD_SNAPSHOTS=1 and review the diff")
        }
    }

    @Test("Python's csv module reads every table back, row for row and value for value the JSON reports of the same run")
    func readsBackAsTheJSON() throws {
        let samples = Headway.repoRoot.appendingPathComponent("Samples/notes").path
        for notes in [try Self.notes.path, samples] {
            let scratch = try Scratch("csv")
            let (result, out) = try Self.batch(scratch, notes: notes)
            #expect(result.status == 0, "\(result)")
            let read = try Self.readBack(out)
            #expect(read.status == 0, "\(notes): \(read)")
            #expect(read.stdoutLines.first?.hasPrefix("scores ") == true, "\(read)")
        }
    }

    @Test("formula cells start with an apostrophe, RFC 4180 quoting, numbers (a negative change, a GAS level) as numbers")
    func cells() throws {
        let scratch = try Scratch("csv")
        let (_, out) = try Self.batch(scratch)
        let goals = try Tree.text(out, "goals.csv"), ratings = try Tree.text(out, "ratings.csv")
        #expect(goals.contains(#"C-0401,2026-10-01,2026-10-31,hyperlink,coping-skills,"'=HYPERLINK(""http://example.com"",""click"")",2,2,1,-1,declining,active"# + "\r\n"))
        #expect(goals.contains(#",days,healthy-lifestyle,"'-3 days of walking, then rest",3.5,3.5,5,1.5,improving,paused"# + "\r\n"))
        #expect(goals.contains(",quoted,relationships,\"Say \"\"no\"\", kindly\nthen rest\",4,4,4,0,steady,active\r\n"))
        #expect(goals.contains(",café,self-esteem,\"Café with Zoë — 3×/week, +1 each month\",6,6,6,0,steady,active\r\n"))
        #expect(ratings.contains("C-0401,2026-10-05,hyperlink,coping-skills,2,-2,active\r\n"))
        #expect(!goals.contains("'-1") && !ratings.contains("'-"), "numbers are never neutralised")
        let bytes = try Data(contentsOf: out.appendingPathComponent("goals.csv"))
        #expect(!bytes.starts(with: [0xEF, 0xBB, 0xBF]), "UTF-8 without a byte-order mark")
    }

    @Test("--redact: no client or clinician name in any table (there is none to leave out: statements stay, as in the JSON)")
    func redacted() throws {
        let scratch = try Scratch("csv")
        let (result, out) = try Self.batch(scratch, ["--format", "md,csv", "--redact"])
        #expect(result.status == 0, "\(result)")
        let notes = try Self.notes
        let names = ["@x Lee", "Lee", "R. Quinn", "Quinn", "Noor", "Haddad"]
        for name in names {
            #expect(try String(contentsOf: notes.appendingPathComponent("C-0401/2026-10-05.md"), encoding: .utf8).contains(name)
                || (try String(contentsOf: notes.appendingPathComponent("C-0402/2026-09-07.md"), encoding: .utf8)).contains(name),
                    "\(name) is in the notes")
        }
        for table in Self.tables {
            let text = try Tree.text(out, table)
            for name in names { #expect(!text.contains(name), "\(table) names \(name)") }
        }
        #expect(try Tree.text(out, "goals.csv").contains("'=HYPERLINK("), "statements stay")
    }

    @Test("report --format csv writes CLIENT/PERIOD.scores.csv, .ratings.csv and .goals.csv: the batch's rows of that report")
    func report() throws {
        let scratch = try Scratch("csv")
        let out = scratch.url.appendingPathComponent("one")
        let result = try Headway.run(["report", try Self.notes.path, "--client", "C-0401", "--month", "2026-10", "--format", "csv", "-o", out.path],
                                     in: scratch.url)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderrLines.last?.contains("1 report,") == true, "\(result)")
        #expect(try Tree.files(out) == ["C-0401/2026-10.goals.csv", "C-0401/2026-10.ratings.csv", "C-0401/2026-10.scores.csv"])
        let (_, batch) = try Self.batch(scratch)
        // The batch's rows of C-0401 in October: goals of the period from 2026-10-01, ratings and scores dated in October.
        for (table, start) in [("goals", "C-0401,2026-10-01,"), ("ratings", "C-0401,2026-10-"), ("scores", "C-0401,1,2026-10-")] {
            let records = try Tree.text(out, "C-0401/2026-10.\(table).csv").components(separatedBy: "\r\n")
            let all = try Tree.text(batch, "\(table).csv").components(separatedBy: "\r\n")
            #expect(records.first == all.first, "the header")
            #expect(records.count > 2, "\(table) has rows")
            #expect(Array(records.dropFirst()) == all.filter { $0.hasPrefix(start) } + [""], "\(table)")
        }
    }

    @Test("csv is refused for the client's version, and by review and discharge")
    func refusals() throws {
        let scratch = try Scratch("csv")
        let notes = try Self.notes.path
        let client = try Headway.run(["batch", notes, "--format", "md,csv", "--audience", "client", "-o", scratch.path("out")], in: scratch.url)
        #expect(client.status == 2)
        #expect(client.stderr.contains("--audience client writes md, html and pdf, not csv"), "\(client)")
        let review = try Headway.run(["review", notes, "--client", "C-0401", "--format", "csv", "-o", scratch.path("out")], in: scratch.url)
        #expect(review.status == 2)
        #expect(review.stderr.contains("review writes md, html, json, pdf and fhir, not csv"), "\(review)")
        let discharge = try Headway.run(["discharge", notes, "--client", "C-0402", "--format", "csv", "-o", scratch.path("out")], in: scratch.url)
        #expect(discharge.status == 2)
        #expect(discharge.stderr.contains("discharge writes md, html, json, pdf and fhir, not csv"), "\(discharge)")
        #expect(!Tree.exists(scratch.path("out")), "nothing is written")
    }

    @Test("an item 9 answer whose PHQ-9 total is missing or rejected is a scores.csv row with an empty score, in date order; read back against the safety flags")
    func item9WithoutScore() throws {
        let scratch = try Scratch("csv")
        let (result, out) = try Self.batch(scratch, notes: try Headway.fixture("csv-item9").path)
        #expect(result.status == 1, "the missing and the rejected totals are errors: \(result)")
        #expect(result.stderr.contains("'PHQ-9 score' must be between 0 and 27, got 40: this score is left out"), "\(result)")
        // October: PHQ-9 never scored yet, so its answers follow GAD-7 within each date; November: scored, then unscored.
        #expect(try Tree.text(out, "scores.csv") == """
            client,episode,date,instrument,score,item9\r
            C-0403,1,2026-10-12,GAD-7,8,\r
            C-0403,1,2026-10-12,PHQ-9,,2\r
            C-0403,1,2026-10-26,GAD-7,7,\r
            C-0403,1,2026-10-26,PHQ-9,,3\r
            C-0403,1,2026-11-09,GAD-7,6,\r
            C-0403,1,2026-11-09,PHQ-9,9,1\r
            C-0403,1,2026-11-23,GAD-7,5,\r
            C-0403,1,2026-11-23,PHQ-9,,0\r

            """)
        let read = try Self.readBack(out)
        #expect(read.status == 0, "\(read)")
        #expect(read.stdoutLines.first == "scores 8 ratings 0 goals 0", "\(read)")
    }

    @Test("a period crossing a discharge: every progress rating in the JSON's goals has a ratings.csv row and a FHIR Observation")
    func crossingPeriodRatings() throws {
        let scratch = try Scratch("csv")
        let notes = Headway.repoRoot.appendingPathComponent("docs/examples/episode").path
        let (result, out) = try Self.batch(scratch, notes: notes, ["--format", "json,csv,fhir"])
        #expect(result.status == 0, "\(result)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(Tree.text(out, "C-0501/2026-03.json").utf8)) as? [String: Any])
        #expect((report["episodeParts"] as? [Any])?.count == 2, "March 2026 crosses C-0501's discharge")
        let goals = try #require(report["goals"] as? [[String: Any]])
        let rated = goals.flatMap { goal in
            (goal["ratings"] as? [[String: Any]] ?? []).map { "C-0501,\($0["date"] as? String ?? ""),\(goal["id"] as? String ?? ""),\(goal["area"] as? String ?? ""),\(Self.number($0["progress"])),"
            }
        }
        #expect(!rated.isEmpty)
        let rows = try Tree.text(out, "ratings.csv").components(separatedBy: "\r\n").filter { $0.hasPrefix("C-0501,2026-03-") }
        #expect(rows.count == rated.count, "\(rows) against \(rated)")
        for rating in rated { #expect(rows.contains { $0.hasPrefix(rating) }, "\(rating) has no row: \(rows)") }
        let bundle = try Tree.text(out, "C-0501/2026-03.fhir.json")
        #expect(bundle.components(separatedBy: "\"focus\": [").count - 1 == rated.count, "one progress Observation (with its focus, the Goal) per rating")
    }

    /// A JSON number as the CSV writes it (`4`, `5.5`).
    static func number(_ value: Any?) -> String {
        guard let number = value as? Double else { return "" }
        return number == number.rounded() ? String(Int(number)) : String(number)
    }
}
