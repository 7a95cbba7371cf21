import Testing
@testable import HeadwayKit

private typealias H = AggregationHarness

/// What the charts and report text need from before the period: a measure's earlier scores (only those
/// before the period, none after it) and whether a goal's start is a rating from before the period.
@Suite("Course before the period")
struct CourseAggregationTests {
    private let notes: [String: String] = [
        "a.md": H.note("2026-08-20", "measures:\n  PHQ-9: 20\ngoals:\n  - { id: walk, area: healthy-lifestyle, progress: 2 }\n"),
        "b.md": H.note("2026-09-10", "measures:\n  PHQ-9: 18\n"),
        "c.md": H.note("2026-10-05", "measures:\n  PHQ-9: 14\ngoals:\n  - { id: walk, progress: 4 }\n"
            + "  - { id: read, area: healthy-lifestyle, progress: 3 }\n"),
        "d.md": H.note("2026-11-02", "measures:\n  PHQ-9: 8\n"),
    ]

    @Test func aMeasureKeepsItsScoresBeforeThePeriod() throws {
        let october = try #require(H.report(notes, period: H.month("2026-10")).measures.first)
        #expect(october.earlierScores == [Score(date: H.day("2026-08-20"), score: 20), Score(date: H.day("2026-09-10"), score: 18)])
        #expect(october.scores == [Score(date: H.day("2026-10-05"), score: 14)])
        let august = try #require(H.report(notes, period: H.month("2026-08")).measures.first)
        #expect(august.earlierScores.isEmpty)
    }

    @Test func aGoalSaysWhetherItsStartIsFromBeforeThePeriod() throws {
        let goals = H.report(notes, period: H.month("2026-10")).goals
        let walk = try #require(goals.first { $0.id == "walk" }), read = try #require(goals.first { $0.id == "read" })
        #expect(walk.start == 2 && walk.startsBeforePeriod)
        #expect(read.start == 3 && !read.startsBeforePeriod)
    }

    @Test func neitherIsInTheJSON() {
        let json = H.report(notes, period: H.month("2026-10")).json.serialized()
        #expect(json.contains("\"scores\""))
        #expect(!json.contains("earlier") && !json.contains("startsBeforePeriod"))
    }
}
