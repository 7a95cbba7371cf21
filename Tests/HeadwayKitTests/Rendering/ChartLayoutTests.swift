import Foundation
import Testing
@testable import HeadwayKit

/// Chart labels stand clear of each other and of the data, in crafted charts and in every chart of
/// the committed sample reports and golden fixtures; dates are marked between the first and last;
/// a measure chart shows the course before the period.
@Suite struct ChartLayoutTests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let october = Period.month("2026-10")!

    func day(_ text: String) -> Day { Day(iso: text)! }

    /// The HTML pages of the sample reports and of the golden fixtures.
    static func committedPages() throws -> [(path: String, text: String)] {
        let folders = ["Samples/reports", "Tests/HeadwayKitTests/Fixtures/rendering/golden",
                       "Tests/HeadwayCLITests/Fixtures/vault-golden"]
        return try folders.flatMap { folder in
            let root = repoRoot.appendingPathComponent(folder)
            let paths = FileManager.default.subpaths(atPath: root.path) ?? []
            return try paths.filter { $0.hasSuffix(".html") }.sorted().map { path in
                (folder + "/" + path, try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8))
            }
        }
    }

    func goal(ratings: [(String, Double)], revisions: [String] = [], milestones: [String] = []) -> GoalProgress {
        GoalProgress(
            id: "g", area: "a", areaTitle: "A", statement: nil, status: .active, baseline: nil, start: nil, end: nil,
            change: nil, trend: .steady, ratings: ratings.map { Rating(date: day($0.0), progress: $0.1) },
            revisions: revisions.map { Revision(date: day($0), goal: "g", from: nil, to: nil, reason: nil, explicit: true) },
            milestones: milestones.map { Milestone(date: day($0), text: "m", html: "<p>m</p>", goal: "g", area: nil, source: .body) },
            excerpts: [], metInPeriod: false)
    }

    func measure(_ instrument: String, _ scores: [(String, Double)], earlier: [(String, Double)] = [],
                 baseline: Double?) -> MeasureProgress {
        MeasureProgress(
            instrument: instrument, scores: scores.map { Score(date: day($0.0), score: $0.1) }, baseline: baseline,
            start: nil, end: nil, change: nil, changeFromBaseline: nil, severity: nil, reliableChange: nil,
            response: nil, remission: nil, recovered: nil,
            earlierScores: earlier.map { Score(date: day($0.0), score: $0.1) })
    }

    // MARK: The checker

    @Test func theCheckerFindsOverlappingLabelsLabelsOverThePlotAndOffTheCanvas() {
        let crafted = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 240" width="600" height="240">
            <line class="axis" x1="40" y1="200" x2="40" y2="20" stroke="#5b6673" stroke-width="1"/>
            <line class="axis" x1="40" y1="200" x2="580" y2="200" stroke="#5b6673" stroke-width="1"/>
            <text class="axis-date" x="40" y="216" text-anchor="start" font-size="11">2026-10-01</text>
            <text class="axis-date" x="70" y="216" text-anchor="middle" font-size="10">Oct 3</text>
            <text class="band-label" x="576" y="100" text-anchor="end" font-size="10">moderate</text>
            <text class="legend" x="560" y="232" text-anchor="start" font-size="11">caseness &amp; more</text>
            </svg>
            """
        #expect(ChartLabelChecker.problems(in: crafted) == [
            "\"2026-10-01\" overlaps \"Oct 3\"", "\"moderate\" is over the plot", "\"caseness & more\" is off the canvas",
        ])
        let apart = crafted.replacing("x=\"70\"", with: "x=\"140\"").replacing("x=\"576\" y=\"100\"", with: "x=\"576\" y=\"216\"")
            .replacing("x=\"560\"", with: "x=\"40\"")
        #expect(ChartLabelChecker.problems(in: apart) == [])
    }

    @Test func theCheckerFindsTheOldBandLabelsOverTheData() {
        // As the charts drew them before: names inside the plot's right edge.
        let old = """
            <svg viewBox="0 0 600 240"><line class="axis" x1="40" y1="200" x2="40" y2="20"/>
            <line class="axis" x1="40" y1="200" x2="580" y2="200"/>
            <text class="band-label" x="576" y="187.3" text-anchor="end" font-size="10">minimal</text></svg>
            """
        #expect(ChartLabelChecker.problems(in: old) == ["\"minimal\" is over the plot"])
    }

    // MARK: Charts as made

    @Test func everyCommittedChartHasItsLabelsClear() throws {
        let pages = try Self.committedPages()
        let charts = pages.flatMap { page in ChartLabelChecker.charts(in: page.text).map { (page.path, $0) } }
        #expect(charts.count >= 20, "found \(charts.count) charts")
        for (path, svg) in charts {
            #expect(ChartLabelChecker.problems(in: svg) == [], "\(path)")
        }
    }

    @Test func crowdedChartsKeepTheirLabelsClear() {
        let revisedOften = Charts.goal(goal(ratings: [("2026-10-01", 0), ("2026-10-31", 10)],
                                            revisions: ["2026-10-05", "2026-10-05", "2026-10-06", "2026-10-20"],
                                            milestones: ["2026-10-06"]), period: october)
        let longCourse = Charts.measure(measure("PHQ-9", [("2026-10-07", 9), ("2026-10-21", 8)],
                                                earlier: [("2025-01-10", 26), ("2025-06-02", 20), ("2026-09-30", 11)],
                                                baseline: 26), instrument: .phq9, period: october)
        let longName = Charts.measure(measure("Outcome Rating Scale (session version)", [("2026-10-07", 9)], baseline: 30),
                                      instrument: nil, period: october)
        let quarter = Charts.gas([GASScore(date: day("2026-08-03"), tScore: 40, goalsRated: 1, goalsCounted: 1)],
                                 period: .range(from: day("2026-07-01"), to: day("2026-09-30")))
        for chart in [revisedOften, longCourse, longName, quarter] {
            let svg = chart?.svg ?? ""
            #expect(!svg.isEmpty)
            #expect(ChartLabelChecker.problems(in: svg) == [], "\(svg)")
        }
        #expect(revisedOften.map { ChartLabelChecker.labels(in: $0.svg).filter { $0.text == "R" }.count } == 4)
    }

    // MARK: Date ticks

    @Test func datesAreMarkedWeeklyOrMonthlyAsTheSpanNeeds() {
        #expect(DateTicks.days(in: october, width: 540).map(\.description)
            == ["2026-10-08", "2026-10-15", "2026-10-22", "2026-10-29"])
        #expect(DateTicks.days(in: .range(from: day("2026-10-07"), to: day("2026-10-08")), width: 540) == [])
        let half = Period.range(from: day("2026-05-12"), to: day("2026-10-31"))
        #expect(DateTicks.days(in: half, width: 540).map(\.description)
            == ["2026-06-01", "2026-07-01", "2026-08-01", "2026-09-01", "2026-10-01"])
        let years = Period.range(from: day("2025-01-10"), to: day("2026-10-31"))
        // 22 months on 430 units: every 3rd month stands 59 units apart.
        #expect(DateTicks.days(in: years, width: 430).map(\.description)
            == ["2025-04-01", "2025-07-01", "2025-10-01", "2026-01-01", "2026-04-01", "2026-07-01", "2026-10-01"])
        #expect(DateTicks.label(day("2026-10-08"), monthly: false) == "Oct 8")
        #expect(DateTicks.label(day("2026-07-01"), monthly: true) == "Jul 2026")
    }

    // MARK: The course before the period

    @Test func aMeasureChartShowsTheCourseSinceTheFirstScoreWithThePeriodMarked() throws {
        let chart = try #require(Charts.measure(
            measure("PHQ-9", [("2026-10-07", 12), ("2026-10-21", 10)], earlier: [("2026-09-01", 19), ("2026-09-15", 16)],
                    baseline: 19), instrument: .phq9, period: october))
        let svg = chart.svg
        // x from 2026-09-01 (40) to 2026-10-31 (470): 430 / 60 a day.
        #expect(svg.contains("<circle class=\"earlier-point\" cx=\"40\" cy=\"73.3\""))
        #expect(svg.contains("<circle class=\"earlier-point\" cx=\"140.3\" cy=\"93.3\""))
        #expect(svg.contains("<circle class=\"point\" cx=\"298\" cy=\"120\""))
        #expect(svg.contains("<polyline class=\"line\" points=\"40,73.3 140.3,93.3 298,120 398.3,133.3\""))
        #expect(svg.contains("<line class=\"period-start\" x1=\"255\" y1=\"20\" x2=\"255\" y2=\"200\""))
        #expect(svg.contains("<line class=\"period\" x1=\"255\" y1=\"17\" x2=\"470\" y2=\"17\""))
        #expect(svg.contains(">October 2026</text>"))
        #expect(svg.contains(">before October 2026</text>"))
        #expect(chart.title == "PHQ-9 scores, October 2026")
        #expect(chart.description == "PHQ-9 scores from 2026-10-01 to 2026-10-31: 2026-10-07 12 (moderate), "
            + "2026-10-21 10 (moderate). Earlier scores: 2026-09-01 19 (moderately severe), 2026-09-15 16 (moderately severe). "
            + "Caseness cutoff 10. Baseline 19; reliable change ±6.")
        #expect(ChartLabelChecker.problems(in: svg) == [])
    }
}
