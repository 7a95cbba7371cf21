import Testing
@testable import HeadwayKit

/// Discharge notes and the treatment episodes they end (docs/note-format.md, section 9).
@Suite("Discharge notes and episodes")
struct EpisodeTests {
    private func discharge(_ date: String, client: String = "C-1", reason: String? = "completed", body: String = "") -> String {
        "---\ntype: discharge\nclient: \(client)\ndate: \(date)\n" + (reason.map { "reason: \($0)\n" } ?? "") + "---\n" + body
    }

    private func plan(_ start: String) -> String {
        "---\ntype: plan\nclient: C-1\nstart: \(start)\n---\n"
    }

    @Test("a discharge note gives its reason, clinician and body sections; it is not a session")
    func decodes() throws {
        let text = discharge("2026-06-30", body: "## Summary\n\nPHQ-9 fell from 18 to 6.\n\n## Recommendations\n\n- Keep walking.\n")
            .replacingOccurrences(of: "reason: completed\n", with: "reason: completed\nclinician: A. Rivera\n")
        let caseload = AggregationHarness.caseload(["C-1/a.md": AggregationHarness.note("2026-06-02"), "C-1/end.md": text])
        #expect(caseload.diagnostics.isEmpty)
        #expect(caseload.notes.count == 1)
        let note = try #require(caseload.discharges(of: "C-1").first)
        #expect(note.reason == .completed)
        #expect(note.clinician == "A. Rivera")
        #expect(note.summary?.text == "PHQ-9 fell from 18 to 6.")
        #expect(note.recommendations?.text == "Keep walking.")
        #expect(note.dateLine == 4)
    }

    @Test("a missing or unknown reason is an error at its line; the discharge still ends the episode")
    func reasons() throws {
        let missing = AggregationHarness.caseload(["C-1/a.md": AggregationHarness.note("2026-06-02"), "C-1/end.md": discharge("2026-06-30", reason: nil)])
        #expect(missing.diagnostics.map(\.formatted) == ["C-1/end.md:4: error: discharge note has no 'reason' (completed, dropped-out, "
            + "referred-on, declined or other): the episode still ends on this date, without a reason"])
        #expect(missing.episodes(of: "C-1").map(\.end) == [Day(iso: "2026-06-30")])
        let unknown = AggregationHarness.caseload(["C-1/a.md": AggregationHarness.note("2026-06-02"), "C-1/end.md": discharge("2026-06-30", reason: "moved")])
        #expect(unknown.diagnostics.map(\.formatted).first?.hasPrefix("C-1/end.md:5: error: 'reason' must be one of completed, dropped-out, "
            + "referred-on, declined, other, got 'moved'") == true)
        #expect(try #require(unknown.discharges(of: "C-1").first).reason == nil)
    }

    @Test("a discharge ends the episode on its date; the next note or plan after it starts episode 2")
    func twoEpisodes() {
        let caseload = AggregationHarness.caseload([
            "C-1/plan.md": plan("2026-01-05"),
            "C-1/a.md": AggregationHarness.note("2026-01-12"),
            "C-1/b.md": AggregationHarness.note("2026-03-02"),  // the last session, on the discharge date
            "C-1/end.md": discharge("2026-03-02", reason: "dropped-out"),
            "C-1/c.md": AggregationHarness.note("2026-09-07"),
            "C-1/d.md": AggregationHarness.note("2026-09-14"),
        ])
        let episodes = caseload.episodes(of: "C-1")
        #expect(episodes.map(\.number) == [1, 2])
        #expect(episodes.map(\.start) == [Day(iso: "2026-01-05")!, Day(iso: "2026-09-07")!])  // the plan opens episode 1
        #expect(episodes.map(\.end) == [Day(iso: "2026-03-02"), nil])
        #expect(episodes[0].discharge?.reason == .droppedOut)
        #expect(episodes[0].contains(Day(iso: "2026-03-02")!))
        #expect(!episodes[0].contains(Day(iso: "2026-03-03")!) && !episodes[1].contains(Day(iso: "2026-03-03")!))
        #expect(caseload.diagnostics.isEmpty)
    }

    @Test("a discharge with nothing to end is a warning; a second discharge note on one date is an error")
    func strayDischarges() {
        let caseload = AggregationHarness.caseload([
            "C-1/a.md": AggregationHarness.note("2026-01-12"),
            "C-1/end.md": discharge("2026-02-02"),
            "C-1/end again.md": discharge("2026-02-02", reason: "other"),
            "C-1/later.md": discharge("2026-04-06"),
        ])
        #expect(caseload.episodes(of: "C-1").count == 1)
        #expect(caseload.diagnostics.map(\.formatted) == [
            "C-1/later.md:4: warning: discharge note on 2026-04-06 ends no episode: client C-1 has no session note or plan since the discharge of 2026-02-02",
            "C-1/end.md:4: error: another discharge note for client C-1 on 2026-02-02 already exists: C-1/end again.md: this one is left out",
        ].sorted())
    }
}

extension EpisodeTests {
    @Test("a second Summary section is not read, with a warning at its heading; a blank first one gives way to the written one")
    func repeatedSections() throws {
        let body = "## Summary\n\n\n## Summary\n\nFirst words.\n\n## Summary\n\nSecond words.\n"
        let caseload = AggregationHarness.caseload(["C-1/a.md": AggregationHarness.note("2026-06-02"), "C-1/end.md": discharge("2026-06-30", body: body)])
        #expect(try #require(caseload.discharges(of: "C-1").first).summary?.text == "First words.")
        #expect(caseload.diagnostics.map(\.formatted) == ["C-1/end.md:14: warning: a second 'Summary' section in this discharge note is not read: "
            + "the discharge summary shows the first, on line 10; write it under that one"])
    }
}
