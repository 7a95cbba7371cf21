import Testing
@testable import HeadwayKit

/// What `headway new` pulls forward from a client's history, and how it names the file.
@Suite("Note scaffolds")
struct NoteScaffoldTests {
    private let day = AggregationHarness.day("2026-11-10")

    @Test("goals met or discontinued are left out; the last rating, session and clinician are the latest")
    func values() {
        let texts = [
            "C-1/a.md": AggregationHarness.note("2026-10-06", "session: 4\nclinician: A. Rivera\ngoals:\n"
                + "  - {id: walk, area: healthy-lifestyle, statement: Walk daily, progress: 3}\n"
                + "  - {id: sleep, area: healthy-lifestyle, statement: Sleep by 11, progress: 5}\n"
                + "  - {id: call, area: relationships, statement: Call a friend}\nmeasures: {PHQ-9: 12}"),
            "C-1/b.md": AggregationHarness.note("2026-10-13", "session: 5\ngoals:\n  - {id: walk, progress: 6}\n"
                + "  - {id: sleep, status: met}\n  - {id: call, status: discontinued}\nmeasures: {GAD-7: 8, PHQ-9: 10}"),
        ]
        let scaffold = NoteScaffold(.session, client: "C-1", date: day, caseload: AggregationHarness.caseload(texts))
        #expect(scaffold.session == 6)
        #expect(scaffold.clinician == "A. Rivera")
        #expect(scaffold.goals == [NoteScaffold.Goal(id: "walk", statement: "Walk daily", area: "healthy-lifestyle",
                                                     lastRating: AggregationHarness.rating("2026-10-13", 6))])
        #expect(scaffold.measures == ["PHQ-9", "GAD-7"])
    }

    @Test("the file is named after the latest note's name, its date replaced wherever it stands")
    func fileNames() {
        #expect(NoteScaffold.fileName(like: "2026-10-28.md", on: day, kind: .session) == "2026-11-10.md")
        #expect(NoteScaffold.fileName(like: "2026-10-28 session.md", on: day, kind: .session) == "2026-11-10 session.md")
        #expect(NoteScaffold.fileName(like: "Jordan 2026-10-28.md", on: day, kind: .review) == "Jordan 2026-11-10 review.md")
        #expect(NoteScaffold.fileName(like: "notes.md", on: day, kind: .session) == "2026-11-10.md")
        #expect(NoteScaffold.fileName(like: nil, on: day, kind: .plan) == "2026-11-10 plan.md")
    }

    @Test("YAML values are double-quoted with quotes, backslashes and control characters escaped")
    func quoting() {
        #expect(NoteView.yaml("Say \"no\" \\ once\n") == "\"Say \\\"no\\\" \\\\ once\\x0a\"")
        #expect(NoteView.line("two\nlines") == "two lines")
    }
}
