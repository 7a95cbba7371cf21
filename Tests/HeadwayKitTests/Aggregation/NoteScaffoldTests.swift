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
        #expect(scaffold.measures.map(\.instrument) == ["PHQ-9", "GAD-7"])
        #expect(scaffold.measures.allSatisfy { $0.isDue })
    }

    @Test("measure-every: a measure falls due every N attended sessions after its last score; the plan's schedule wins over the clinic's")
    func measureSchedule() throws {
        let plan = "---\ntype: plan\nclient: C-1\nstart: 2026-09-01\nmeasure-every: {GAD-7: 2}\nmeasures:\n  WSAS: {baseline: 20}\n---\n"
        let texts = [
            "C-1/plan.md": plan,
            "C-1/a.md": AggregationHarness.note("2026-10-06", "session: 1\nmeasures: {PHQ-9: 12, GAD-7: 9}"),
            "C-1/b.md": AggregationHarness.note("2026-10-13", "session: 2\nattendance: no-show"),
            "C-1/c.md": AggregationHarness.note("2026-10-20", "session: 3"),
        ]
        var clinic = Configuration()
        clinic.measureEvery = MeasureSchedule(every: 4, intervals: [.init(instrument: "GAD-7", sessions: 6)])
        let scaffold = NoteScaffold(.session, client: "C-1", date: day, caseload: AggregationHarness.caseload(texts), configuration: clinic)
        // PHQ-9: the clinic's 4; one attended session since its score, so the new note is the 2nd: due in 2 more.
        // GAD-7: the plan's 2 (not the clinic's 6): the new note is the 2nd attended since: due now.
        // WSAS: named by the plan, never scored: due now.
        #expect(scaffold.measures == [
            NoteScaffold.Measure(instrument: "PHQ-9", sessions: 4, lastScored: AggregationHarness.day("2026-10-06"), dueIn: 2),
            NoteScaffold.Measure(instrument: "GAD-7", sessions: 2, lastScored: AggregationHarness.day("2026-10-06"), dueIn: 0),
            NoteScaffold.Measure(instrument: "WSAS", sessions: 4, lastScored: nil, dueIn: 0),
        ])
        let text = try TemplateSet().render(NoteView(scaffold), template: "note.md")
        #expect(text.contains("#   \"GAD-7\":\n#   \"WSAS\":\n# not due: PHQ-9 (every 4 sessions, last on 2026-10-06: due in 2 sessions)\n"))
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

extension NoteScaffoldTests {
    @Test("after a discharge, a new note starts a new episode: no goal, plan or measure schedule of the finished one is pulled forward")
    func afterADischarge() {
        let texts = [
            "C-1/plan.md": "---\ntype: plan\nclient: C-1\nstart: 2026-09-01\nmeasure-every: 3\ngoals:\n  - { id: walk, area: healthy-lifestyle, statement: Walk daily }\n---\n",
            "C-1/a.md": AggregationHarness.note("2026-09-08", "session: 1\ngoals:\n  - { id: walk, progress: 3 }\nmeasures: {PHQ-9: 12}"),
            "C-1/b.md": AggregationHarness.note("2026-09-15", "session: 2\ngoals:\n  - { id: walk, progress: 5 }"),
            "C-1/end.md": "---\ntype: discharge\nclient: C-1\ndate: 2026-09-15\nreason: completed\n---\n",
        ]
        let caseload = AggregationHarness.caseload(texts)
        let during = NoteScaffold(.session, client: "C-1", date: AggregationHarness.day("2026-09-15"), caseload: caseload)
        #expect(during.goals.map(\.id) == ["walk"])
        #expect(during.measures.first?.sessions == 3)
        let after = NoteScaffold(.session, client: "C-1", date: day, caseload: caseload)
        #expect(after.goals.isEmpty)
        #expect(after.measures.map(\.instrument) == ["PHQ-9"])
        #expect(after.measures.first?.sessions == 1 && after.measures.first?.isDue == true)
        #expect(after.session == 3)  // numbering goes on across episodes
    }
}
