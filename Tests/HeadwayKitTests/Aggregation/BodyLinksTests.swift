import Testing
@testable import HeadwayKit

private typealias H = AggregationHarness

/// Body links are made from an explicit input: the events, the period, the report's goals and the
/// area titles, nothing else of a report.
@Suite struct BodyLinksTests {
    private static let texts = [
        "a.md": H.note("2026-09-30", "goals:\n  - { id: ÉTAPE, area: coping-skills, statement: Une étape }\n",
                       body: "## Étape\n\nBefore the period.\n"),
        "b.md": H.note("2026-10-07", "milestones:\n  - { text: Took a step, goal: étape }\n  - { text: Ran, goal: running }\n",
                       body: "## ÉTAPE\n\nA step a day.\n\n## Sleep hygiene\n\nWent to bed at ten.\n\nRested. #Étape\n"),
    ]

    private func links(areas: [String: String] = ["sleep-hygiene": "Sleep hygiene"]) -> BodyLinks {
        let history = H.caseload(Self.texts).history(of: "C-1")
        let goal = BodyLinks.Goal(key: GoalKey("étape"), id: "ÉTAPE", area: "coping-skills")
        return BodyLinks(BodyLinks.Input(events: history.events[...], period: H.month("2026-10"), goals: [goal],
                                         areaTitles: AreaTitles(declared: areas), index: HistoryIndex(history.events)))
    }

    @Test func headingsHashtagsAndMilestonesNameTheGoalInAnyCase() {
        let links = links()
        #expect(links.goalExcerpts[GoalKey("Étape")]?.map(\.text) == ["A step a day.", "Rested. #Étape"])
        #expect(links.milestones.map(\.goal) == ["ÉTAPE", "running"])  // the id as first written, or as the milestone names it
        #expect(links.milestones.map(\.area) == ["coping-skills", nil])
    }

    @Test func areasInOrderOfFirstMentionAndSessionsInThePeriod() {
        let links = links()
        #expect(links.areaOrder == ["coping-skills", "sleep-hygiene"])
        #expect(links.sessionsAddressing["coping-skills"] == [1])  // the note of 2026-09-30 is before the period
        #expect(links.areaExcerpts["sleep-hygiene"]?.map(\.text) == ["Went to bed at ten.\nRested. #Étape"])  // the whole section
    }

    @Test func anUndeclaredAreaIsNamedByItsTitleOnly() {
        let links = links(areas: [:])
        #expect(links.areaOrder == ["coping-skills"])
        #expect(links.areaExcerpts.isEmpty)
    }
}
