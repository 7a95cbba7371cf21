import Foundation
import Testing

/// An Obsidian vault typed by hand (`Fixtures/vault`): `.obsidian/`, `_templates/` excluded by `headway.yml`,
/// notes under folders named after the clients, `.MD`, `.txt`, CRLF, tabs, Obsidian properties, wikilinks,
/// highlights and task lists, and typos of every kind docs/note-format.md (section 5) names. Each case checks its exact
/// diagnostic and that every other value of that note still reaches the report; the whole output and
/// standard error are golden files (`Fixtures/vault-golden/`, re-recorded with `RECORD_SNAPSHOTS=1`).
@Suite("Obsidian vault")
struct VaultTests {
    static var vault: URL { get throws { try Headway.fixture("vault") } }
    static var golden: URL { get throws { try Headway.fixture("vault-golden") } }
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }
    /// Where the golden files are recorded: the source tree, not the copy the tests run from.
    static let source = Headway.repoRoot.appendingPathComponent("Tests/HeadwayCLITests/Fixtures/vault-golden", isDirectory: true)

    /// The batch over the vault, by month, in every format, into `scratch/out`.
    private func batch(_ scratch: Scratch, _ extra: [String] = []) throws -> (RunResult, URL) {
        let out = scratch.url.appendingPathComponent("out")
        let result = try Headway.run(["batch", try Self.vault.path, "--by-month", "--format", "md,html,json", "-o", out.path] + extra,
                                     in: scratch.url)
        return (result, out)
    }

    /// Standard error with the vault's location (it varies by machine) written as `VAULT`.
    private func stderr(_ result: RunResult) throws -> String {
        result.fullStderr.replacingOccurrences(of: try Self.vault.path, with: "VAULT")
    }

    @Test("the whole output and standard error are the golden files, byte for byte")
    func golden() throws {
        let scratch = try Scratch("vault")
        let (result, out) = try batch(scratch)
        #expect(result.status == 1, "\(result)")
        if Self.recording {
            try? FileManager.default.removeItem(at: Self.source)
            try FileManager.default.createDirectory(at: Self.source.appendingPathComponent("reports"), withIntermediateDirectories: true)
            try Data(try stderr(result).utf8).write(to: Self.source.appendingPathComponent("stderr.txt"))
            for path in try Tree.files(out) {
                let target = Self.source.appendingPathComponent("reports/\(path)")
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(contentsOf: out.appendingPathComponent(path)).write(to: target)
            }
            print("RECORD_SNAPSHOTS: wrote \(Self.source.path); review it before committing")
            return
        }
        let golden = try Self.golden
        #expect(try stderr(result) == (try Tree.text(golden, "stderr.txt")))
        let expected = try Tree.files(golden.appendingPathComponent("reports"))
        #expect(try Tree.files(out) == expected)
        for path in expected {
            let want = try Data(contentsOf: golden.appendingPathComponent("reports/\(path)"))
            let got = try Data(contentsOf: out.appendingPathComponent(path))
            #expect(got == want, "\(path) differs from Fixtures/vault-golden; re-record with RECORD_SNAPSHOTS=1 and review the diff")
        }
    }

    @Test("every mistake is named at its line, and nothing else is lost")
    func diagnostics() throws {
        let scratch = try Scratch("vault")
        let (result, _) = try batch(scratch)
        let lines = result.stderrLines
        let expected = [
            // A rating that is not a number: only the rating is dropped.
            "Clients/Jordan Miller/2026-10-07 Jordan session.md:8: error: 'progress' must be a number, got '6/10': this rating is left out",
            // A misspelt goal id seen first without a statement, close to a goal the client has.
            "Clients/Jordan Miller/2026-10-14.MD:7: warning: goal 'journalling' is first seen without a statement (did you mean 'journaling'?): add 'statement' so reports can say what the goal is",
            // A misspelt key inside a goal says which value is lost.
            "Clients/Jordan Miller/2026-10-14.MD:10: warning: unknown key 'progess' in goal 'walk' (did you mean 'progress'?): this rating is not read",
            "Clients/Riley/2026-10-05.md:4: warning: draft, not in reports (remove 'draft: true' once the session has taken place)",
            "Clients/Riley/Session template copy.md:3: warning: looks like a note template, not a note (its date is the placeholder '<% tp.date.now(\"YYYY-MM-DD\") %>'): skipped; add its folder to 'exclude' in headway.yml",
            "Clients/Sam Ortiz/2026-10-16.md:8: warning: goal 'reconnect' is marked revised, but the statement is unchanged: no revision is recorded (write the new 'statement', or 'from' with the earlier wording)",
            "Clients/Sam Ortiz/2026-10-16.md:10: error: 'status' must be one of active, met, paused, discontinued, got 'done': this status is left out",
            "Clients/Sam Ortiz/2026-10-23.md:4: error: YAML syntax error: mapping values are not allowed in this context: the file is left out",
            "Home.md: warning: no front matter: not a note, skipped",
        ]
        for line in expected { #expect(lines.contains(line), "missing: \(line)\n\(result.stderr)") }
        // The note saved as .txt is named, not dropped in silence.
        #expect(lines.contains { $0.hasPrefix("Clients/Jordan Miller/2026-10-21.txt") && $0.contains("warning:") && $0.contains(".md") },
                "\(result.stderr)")
        // Nothing from the excluded templates folder or from .obsidian.
        #expect(!result.stderr.contains("_templates") && !result.stderr.contains(".obsidian"))
        #expect(lines.last?.hasSuffix("(2 clients need attention: C-0201, C-0202)") == true, "\(lines.last ?? "")")
    }

    @Test("the October report of the client with a mistyped rating keeps that session's attendance, measures and milestone")
    func jordan() throws {
        let scratch = try Scratch("vault")
        let (_, out) = try batch(scratch)
        let report = try jsonObject(out, "C-0201/2026-10.json")
        let sessions = try #require(report["sessions"] as? [String: Any])
        // 10-01 (CRLF), 10-07 (the bad rating) and 10-14 (.MD) attended; 10-28 cancelled by the clinician.
        #expect(sessions["attended"] as? Int == 3)
        #expect(sessions["cancelled"] as? Int == 1)
        #expect(sessions["cancelledByClinician"] as? Int == 1)
        #expect(sessions["attendanceRate"] as? Double == 1)
        // The cancelled note's locum does not become the report's clinician.
        #expect(report["clinician"] as? String == "A. Rivera")
        let measures = try #require(report["measures"] as? [[String: Any]])
        let phq = try #require(measures.first { $0["instrument"] as? String == "PHQ-9" })
        #expect((phq["scores"] as? [[String: Any]])?.compactMap { $0["score"] as? Int } == [16, 14, 12])
        let gad = try #require(measures.first { $0["instrument"] as? String == "GAD-7" })
        #expect((gad["scores"] as? [[String: Any]])?.compactMap { $0["score"] as? Int } == [11, 9])
        let flags = try #require(report["safetyFlags"] as? [[String: Any]])
        #expect(flags.map { $0["date"] as? String } == ["2026-10-07"])
        let milestones = try #require(report["milestones"] as? [[String: Any]])
        #expect(milestones.compactMap { $0["text"] as? String }.contains("First full week of journaling"))
        let goals = try #require(report["goals"] as? [[String: Any]])
        let journaling = try #require(goals.first { $0["id"] as? String == "journaling" })
        // 10-07's "6/10" is dropped, 10-14's rating went to the misspelt id.
        #expect((journaling["ratings"] as? [[String: Any]])?.compactMap { $0["progress"] as? Int } == [3])
        let errors = try #require(report["errors"] as? [String])
        #expect(errors == ["Clients/Jordan Miller/2026-10-07 Jordan session.md:8: error: 'progress' must be a number, got '6/10': this rating is left out"])
        #expect(report["schemaVersion"] as? Int == 2)

        let markdown = try Tree.text(out, "C-0201/2026-10.md")
        #expect(markdown.contains("\n## Incomplete report\n"))
        #expect(markdown.range(of: "## Incomplete report")!.lowerBound < markdown.range(of: "## Goals")!.lowerBound)
        #expect(!markdown.contains("\\[\\["), "escaped wikilink brackets in the Markdown report")
        let html = try Tree.text(out, "C-0201/2026-10.html")
        #expect(html.contains("<section class=\"incomplete\""))
        #expect(html.contains("<mark>Felt lighter</mark>"))
        #expect(!html.contains("[[") && !html.contains("==Felt"))
        let index = try Tree.text(out, "index.md")
        #expect(index.contains("| C-0201 | Jordan M. | 2026-11-30 | **Needs attention: 1 error in the notes; the report is incomplete.**"))
        #expect(index.contains("| C-0202 | Sam O. |  | **Needs attention: 2 errors in the notes; the report is incomplete.**"))
        #expect(index.contains("| C-0203 |  |  | October 2026"))
    }

    @Test("a no-show note does not change the header; a bad status drops only the status")
    func sam() throws {
        let scratch = try Scratch("vault")
        let (_, out) = try batch(scratch)
        let report = try jsonObject(out, "C-0202/2026-10.json")
        let client = try #require(report["client"] as? [String: Any])
        #expect(client["name"] as? String == "Sam O.")
        #expect(report["clinician"] as? String == "A. Rivera")
        let sessions = try #require(report["sessions"] as? [String: Any])
        #expect(sessions["attended"] as? Int == 2)  // the file with a YAML error is the one session left out
        #expect(sessions["noShow"] as? Int == 1)
        let goals = try #require(report["goals"] as? [[String: Any]])
        #expect((goals.first?["ratings"] as? [[String: Any]])?.compactMap { $0["progress"] as? Int } == [2, 4])
        #expect(goals.first?["status"] as? String == "active")
        #expect((report["revisions"] as? [Any])?.isEmpty == true)
        let text = try Tree.files(out).map { try Tree.text(out, $0) }.joined()
        #expect(!text.contains("Rejected-whole-file narrative"))
        #expect(!text.contains("Wrongname") && !text.contains("Unknown Locum") && !text.contains("Locum B. Stone"))
    }

    @Test("--redact: no folder or file name of the vault anywhere in the output")
    func redacted() throws {
        let scratch = try Scratch("vault")
        let (result, out) = try batch(scratch, ["--redact"])
        #expect(result.status == 1)
        let files = try Tree.files(out)
        #expect(!files.isEmpty)
        let names = ["Clients/", "Jordan", "Miller", "Sam Ortiz", "Ortiz", "Riley", "Jordan session", "Home.md", "2026-10-14.MD",
                     "2026-10-07 Jordan session.md", "2026-10-23.md", "2026-10-16.md", "Session template", "Sam O."]
        for file in files {
            let text = try Tree.text(out, file)
            for name in names { #expect(!text.contains(name), "\(file) contains '\(name)'") }
        }
        let report = try jsonObject(out, "C-0201/2026-10.json")
        #expect(report["errors"] as? [String] == ["note of 2026-10-07, line 8: error: 'progress' must be a number, got '6/10': this rating is left out"])
    }

    @Test("an output folder inside the vault is never read, and a second run writes the same bytes")
    func outputInsideTheVault() throws {
        let scratch = try Scratch("vault-inside")
        let copy = scratch.url.appendingPathComponent("vault")
        try FileManager.default.copyItem(at: try Self.vault, to: copy)
        let out = copy.appendingPathComponent("reports")
        let first = try Headway.run(["batch", copy.path, "--by-month", "--format", "md,html,json", "-o", out.path], in: scratch.url)
        let snapshot = try Tree.snapshot(out)
        let second = try Headway.run(["batch", copy.path, "--by-month", "--format", "md,html,json", "-o", out.path], in: scratch.url)
        #expect(first.status == 1 && second.status == 1)
        #expect(second.stderrLines == first.stderrLines)
        #expect(!second.stderr.contains("reports/"), "\(second.stderr)")
        #expect(try Tree.snapshot(out) == snapshot)
    }
}
