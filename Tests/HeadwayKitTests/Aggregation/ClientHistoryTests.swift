import Testing
@testable import HeadwayKit

private typealias H = AggregationHarness

/// A client's history: goals in order of first appearance, each under one key; built once, with the
/// caseload, and given the note bodies read later without being worked out again.
@Suite struct ClientHistoryTests {
    private static let plan = "---\ntype: plan\nclient: C-1\nstart: 2026-10-08\ngoals:\n  - { id: Planned, statement: From the plan }\n---\n"

    private static let texts = [
        "a.md": H.note("2026-10-01", "goals:\n  - { id: Second-Seen, statement: B, progress: 1 }\n  - { id: first-in-note, statement: A }\n"),
        "b.md": H.note("2026-10-08", "goals:\n  - { id: planned, progress: 4 }\n  - { id: SECOND-SEEN, progress: 2 }\n",
                       body: "## Planned\n\nWorked on the plan.\n"),
        "plan.md": plan,
        "c.md": H.note("2026-10-01", client: "C-2", "goals:\n  - { id: other, statement: O }\n"),
    ]

    @Test func goalsInOrderOfFirstAppearanceEachOnce() {
        let history = H.caseload(Self.texts).history(of: "C-1")
        #expect(history.goals.map(\.id) == ["Second-Seen", "first-in-note", "Planned"])  // as first written
        #expect(history.goals.map(\.key) == [GoalKey("second-seen"), GoalKey("FIRST-IN-NOTE"), GoalKey("planned")])
        // The plan of 2026-10-08 comes before that day's note.
        #expect(history.goals[2].sightings.map(\.event) == [1, 2])
        #expect(history.goals[0].ratings.map(\.progress) == [1, 2])
    }

    @Test func aGoalTrackAsOfAnEarlierEvent() throws {
        let history = H.caseload(Self.texts).history(of: "C-1")
        let second = try #require(history.goals.first)
        #expect(second.seen(before: 0) == nil)
        #expect(second.seen(before: 1)?.ratings.map(\.progress) == [1])
        #expect(second.seen(before: 3)?.ratings.map(\.progress) == [1, 2])
    }

    @Test func theCaseloadHoldsEveryClientsHistory() {
        let caseload = H.caseload(Self.texts)
        #expect(caseload.histories.keys.sorted() == caseload.clients)
        #expect(caseload.history(of: "C-2").goals.map(\.id) == ["other"])
        #expect(caseload.history(of: "C-9").events.isEmpty)
    }

    @Test func notesReadAgainWithTheirBodiesKeepTheHistory() throws {
        let source = InMemoryNoteSource(texts: Self.texts)
        let caseload = try Caseload.read(from: source, parser: NoteParser(readsBodies: false))
        let read = BodyReader(source: source).withBodies(caseload.notes(of: "C-1"))
        let history = caseload.history(of: "C-1").withBodies(of: read.notes)
        #expect(history.notes == read.notes)
        #expect(history.goals.map(\.sightings.count) == caseload.history(of: "C-1").goals.map(\.sightings.count))
        #expect(history.notes.map(\.body.sections.count) == [0, 1])
        // Read in two steps, the report is the one of a caseload read with its bodies at once.
        let period = H.month("2026-10")
        let twice = ClientReports(client: "C-1", notes: read.notes, caseload: caseload, options: ReportOptions()).report(for: period)
        let once = ClientReports(client: "C-1", caseload: H.caseload(Self.texts)).report(for: period)
        #expect(twice == once)
        #expect(twice.goals.first?.excerpts.map(\.text) == ["Worked on the plan."])  // the plan's goal comes first
    }

    @Test func aNoteOfAnotherPathKeepsItsOwnBody() {
        let caseload = H.caseload(Self.texts)
        var stranger = caseload.notes(of: "C-2")[0]
        stranger.body = NoteBody()
        let history = caseload.history(of: "C-1").withBodies(of: [stranger])
        #expect(history.notes == caseload.notes(of: "C-1"))
    }
}
