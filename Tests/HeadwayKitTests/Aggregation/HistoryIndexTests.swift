import Testing
@testable import HeadwayKit

private typealias H = AggregationHarness

/// A report reads what came before its period from the client's `HistoryIndex` instead of walking every
/// earlier event: the order of areas (first mentioned by an area tag, a goal, a heading, a hashtag or a
/// milestone, in any earlier note or plan), the plan in force and the latest names come out as a walk gives.
@Suite("History index")
struct HistoryIndexTests {
    static let notes: [String: String] = [
        "a.md": H.note("2026-08-04", "client-name: Ada\nclinician: Dr. One\ngoals:\n  - { id: walk, area: healthy-lifestyle, statement: Walk }\n",
                       body: "## Sleep hygiene\n\nEarly nights.\n"),
        "b.md": H.note("2026-08-11", "attendance: cancelled\nclient-name: Not this\nclinician: Not this"),
        "c.md": H.note("2026-09-01", "goals:\n  - sleep-hygiene\n", body: "Saw a friend. #relationships\n\n## Wins\n\n- Slept well #self-esteem\n"),
        "d.md": H.note("2026-09-08", "milestones:\n  - { text: Ran, goal: coping-skills }\n"),
        "e.md": H.note("2026-10-06", "clinician: Dr. Two\ngoals:\n  - meaning-purpose\n  - relationships\n"),
        "f.md": H.note("2026-11-03", "goals:\n  - self-awareness\n"),
    ]

    /// Each month's report has the areas, names and plan of the report from the first note to that month's
    /// end, whose period holds every event: the index gives a month what a walk of the whole history gives.
    @Test func everyMonthSeesTheHistoryBeforeIt() {
        let caseload = H.caseload(Self.notes)
        let reports = ClientReports(client: "C-1", caseload: caseload)
        #expect(reports.dates.months.count == 4)
        for month in reports.dates.months {
            let whole = reports.report(for: Period(from: H.day("2026-08-04"), to: month.to, label: "whole", slug: "whole"))
            let report = reports.report(for: month)
            #expect(report.areas.map(\.area) == whole.areas.map(\.area), "\(month.label)")
            #expect(report.client.name == "Ada")
            #expect(report.clinician == whole.clinician)
        }
        let november = reports.report(for: H.month("2026-11"))
        #expect(november.areas.map(\.area) == ["healthy-lifestyle", "sleep-hygiene", "relationships", "self-esteem", "coping-skills",
                                               "meaning-purpose", "self-awareness"])
        #expect(november.areas.map(\.sessionsAddressed) == [0, 0, 0, 0, 0, 0, 1])
        #expect(november.clinician == "Dr. Two")
        #expect(reports.report(for: H.month("2026-09")).clinician == "Dr. One")
    }

    @Test func firstMentionsAreKeptOnceInOrder() {
        let history = H.caseload(Self.notes).history(of: "C-1")
        let index = HistoryIndex(history.events)
        #expect(index.mentions(before: 1).map(\.mention) == [.goal(GoalKey("walk")), .named("sleephygiene")])
        #expect(index.areas(before: history.events.count) == ["sleep-hygiene", "meaning-purpose", "relationships", "self-awareness"])
        #expect(HistoryIndex.last(of: index.namesClinician, before: 4) == 0)
        #expect(HistoryIndex.last(of: index.namesClinician, before: 5) == 4)
        #expect(HistoryIndex.last(of: index.planPositions, before: 5) == nil)
    }
}
