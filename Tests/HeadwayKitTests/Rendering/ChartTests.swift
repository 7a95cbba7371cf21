import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import HeadwayKit

/// One element of a parsed chart: its name, attributes and the text directly inside it.
private struct Element {
    var name: String
    var attributes: [String: String]
    var text: String

    subscript(_ attribute: String) -> String? { attributes[attribute] }
}

/// Collects every element of an XML document in order, with `XMLParser`.
private final class ElementCollector: NSObject, XMLParserDelegate {
    var elements: [Element] = []
    var errors: [Error] = []
    private var open: [Int] = []

    /// The elements of a well-formed document, nil for any parse error. On Linux `parse()` returns
    /// true for some malformed documents (an unclosed or mismatched tag), so the errors count too.
    static func elements(of xml: String) -> [Element]? {
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = ElementCollector()
        parser.delegate = collector
        let parsed = parser.parse()
        return parsed && parser.parserError == nil && collector.errors.isEmpty ? collector.elements : nil
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        open.append(elements.count)
        elements.append(Element(name: elementName, attributes: attributeDict, text: ""))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let index = open.last { elements[index].text += string }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        errors.append(parseError)
    }
}

/// A chart's SVG, parsed as XML and checked for what every chart must carry.
private struct ParsedChart {
    let chart: Chart
    let elements: [Element]

    /// Parses the chart (failing the test when it is nil or not well-formed XML) and checks the root
    /// element, its accessible name and description, and the colours and fonts.
    init(_ chart: Chart?, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let chart = try #require(chart, sourceLocation: sourceLocation)
        let parsed = ElementCollector.elements(of: chart.svg)
        #expect(parsed != nil, "not well-formed: \(chart.svg)", sourceLocation: sourceLocation)
        self.chart = chart
        elements = parsed ?? []

        let root = try #require(elements.first, sourceLocation: sourceLocation)
        #expect(root.name == "svg", sourceLocation: sourceLocation)
        #expect(root["xmlns"] == "http://www.w3.org/2000/svg", sourceLocation: sourceLocation)
        #expect(root["role"] == "img", sourceLocation: sourceLocation)
        #expect(root["viewBox"] == "0 0 600 \(root["height"] ?? "?")", sourceLocation: sourceLocation)
        #expect(root["width"] == "600" && ["240", "256"].contains(root["height"]), sourceLocation: sourceLocation)
        #expect(root["font-family"] == "DejaVu Sans, sans-serif", sourceLocation: sourceLocation)
        let title = try #require(elements.first { $0.name == "title" }, sourceLocation: sourceLocation)
        let desc = try #require(elements.first { $0.name == "desc" }, sourceLocation: sourceLocation)
        #expect(elements.count > 2 && elements[1].name == "title" && elements[2].name == "desc", sourceLocation: sourceLocation)
        #expect(title.text == chart.title && desc.text == chart.description, sourceLocation: sourceLocation)
        let labels = try #require(root["aria-labelledby"], sourceLocation: sourceLocation)
        #expect(labels == "\(title["id"] ?? "?") \(desc["id"] ?? "?")", sourceLocation: sourceLocation)
        for element in elements {
            for key in ["fill", "stroke"] {
                guard let colour = element[key] else { continue }
                #expect(colour == "none" || colour.wholeMatch(of: /#[0-9a-f]{6}/) != nil, "\(key)=\(colour)",
                        sourceLocation: sourceLocation)
            }
        }
        #expect(!chart.svg.contains("var(") && !chart.svg.contains("<script") && !chart.svg.contains("url("),
                sourceLocation: sourceLocation)
    }

    /// The elements of one class, in order.
    func all(_ kind: String) -> [Element] { elements.filter { $0["class"] == kind } }

    /// The `(x, y)` centres of the data points.
    var points: [String] { all("point").map { "\($0["cx"] ?? "?"),\($0["cy"] ?? "?")" } }

    /// The id prefix of the chart (the title's id without `-title`).
    var id: String { String((elements.first { $0.name == "title" }?["id"] ?? "").dropLast("-title".count)) }
}

@Suite struct ChartTests {
    let october = Period.month("2026-10")!

    func day(_ text: String) -> Day { Day(iso: text)! }

    func goal(id: String = "sleep-1", ratings: [(String, Double)], revisions: [String] = [],
              milestones: [String] = []) -> GoalProgress {
        GoalProgress(
            id: id, area: "sleep", areaTitle: "Sleep", statement: "Sleep 7 hours", status: .active,
            baseline: nil, start: nil, end: nil, change: nil, trend: .steady,
            ratings: ratings.map { Rating(date: day($0.0), progress: $0.1) },
            revisions: revisions.map { Revision(date: day($0), goal: id, from: nil, to: nil, reason: nil, explicit: true) },
            milestones: milestones.map { Milestone(date: day($0), text: "Slept", html: "<p>Slept</p>", goal: id, area: nil, source: .body) },
            excerpts: [], metInPeriod: false)
    }

    func measure(_ instrument: String, _ scores: [(String, Double)], baseline: Double?) -> MeasureProgress {
        MeasureProgress(
            instrument: instrument, scores: scores.map { Score(date: day($0.0), score: $0.1) }, baseline: baseline,
            start: nil, end: nil, change: nil, changeFromBaseline: nil, severity: nil, reliableChange: nil,
            response: nil, remission: nil, recovered: nil)
    }

    // MARK: Numbers, text and geometry

    @Test func coordinatesHaveOneDecimalAndNoTrailingZero() {
        #expect(SVGText.number(12.5) == "12.5")
        #expect(SVGText.number(40) == "40")
        #expect(SVGText.number(133.333_333) == "133.3")
        #expect(SVGText.number(99.96) == "100")
        #expect(SVGText.number(-0.3) == "-0.3")
        #expect(SVGText.number(-0.04) == "0")
        #expect(SVGText.number(.nan) == "0")
    }

    @Test func escapesMarkupAndDropsForbiddenCharacters() {
        #expect(SVGText.escape("<script>&\"'") == "&lt;script&gt;&amp;&quot;&apos;")
        #expect(SVGText.escape("a\u{1}b\tc") == "a\u{FFFD}b\tc")
        #expect(SVGText.escape("x\u{FFFE}y\u{FFFF}\u{FF21}") == "x\u{FFFD}y\u{FFFD}\u{FF21}")
        #expect(SVGText.escape("PHQ-9 – 12.5\n\r\té") == "PHQ-9 – 12.5\n\r\té")
    }

    @Test func theXMLCheckRejectsMalformedMarkup() {
        #expect(ElementCollector.elements(of: "<svg><title>ok</title></svg>")?.map(\.name) == ["svg", "title"])
        #expect(ElementCollector.elements(of: "<svg><title>a <script>&\"</title></svg>") == nil)
        #expect(ElementCollector.elements(of: "<svg><title>a & b</title></svg>") == nil)
        #expect(ElementCollector.elements(of: "<svg><g></svg>") == nil)
        #expect(ElementCollector.elements(of: "<svg>") == nil)
    }

    @Test func idFragmentsAreSafeAndOneToOne() {
        #expect(SVGText.idFragment("sleep-1") == "sleep-1")
        #expect(SVGText.idFragment("a b") == "a_20b")
        #expect(SVGText.idFragment("a_20b") == "a_5F20b")
        #expect(SVGText.idFragment("é<") == "_C3_A9_3C")
    }

    @Test func geometryMapsDaysAndValuesIntoThePlotArea() {
        let month = ChartGeometry(span: october, lower: 0, upper: 10)
        #expect(month.x(day("2026-10-01")) == 40)
        #expect(month.x(day("2026-10-16")) == 310)
        #expect(month.x(day("2026-10-31")) == 580)
        #expect(month.y(0) == 200 && month.y(5) == 110 && month.y(10) == 20)
        let oneDay = ChartGeometry(span: .range(from: day("2026-10-07"), to: day("2026-10-07")), lower: 0, upper: 10)
        #expect(oneDay.x(day("2026-10-07")) == 310)
        let phq9 = ChartGeometry(span: october, lower: 0, upper: 27)
        #expect(SVGText.number(phq9.y(10)) == "133.3")
    }

    // MARK: Goal chart

    @Test func goalChartPlotsRatingsRevisionsAndMilestones() throws {
        let chart = try ParsedChart(Charts.goal(
            goal(ratings: [("2026-10-01", 10), ("2026-10-16", 5), ("2026-10-31", 0)],
                 revisions: ["2026-10-11"], milestones: ["2026-10-21"]),
            period: october))
        #expect(chart.points == ["40,20", "310,110", "580,200"])
        #expect(chart.all("line").first?["points"] == "40,20 310,110 580,200")
        #expect(chart.all("point").allSatisfy { $0["fill"] == "#1d2530" && $0["r"] == "3.5" })

        let revision = try #require(chart.all("revision").first)
        #expect(revision["x1"] == "220" && revision["x2"] == "220" && revision["y1"] == "20" && revision["y2"] == "200")
        #expect(revision["stroke-dasharray"] == "4 3")
        #expect(chart.all("revision-label").map(\.text) == ["R"])
        #expect(chart.all("revision-label").first?["x"] == "220")
        #expect(chart.all("milestone").map { $0["points"] } == ["394,200 406,200 400,190"])
        #expect(chart.all("milestone").first?.name == "polygon")

        #expect(chart.all("grid").map { $0["y1"] ?? "" } == ["200", "164", "128", "92", "56", "20"])
        #expect(chart.all("tick").map(\.text) == ["0", "2", "4", "6", "8", "10"])
        // Weekly ticks inside the month; the 29th's label would touch the last date's, so it is left out.
        #expect(chart.all("axis-date").map(\.text) == ["2026-10-01", "2026-10-31", "Oct 8", "Oct 15", "Oct 22"])
        #expect(chart.all("date-tick").map { $0["x1"] ?? "" } == ["166", "292", "418", "544"])
        #expect(chart.all("legend").filter { $0.name == "text" }.map(\.text) == ["progress rating", "R", "goal revised", "milestone"])
        #expect(chart.id == "chart-goal-sleep-1")
        #expect(chart.chart.title == "Goal sleep-1 progress ratings, October 2026")
        #expect(chart.chart.description == "Progress ratings (0–10) of goal sleep-1 from 2026-10-01 to 2026-10-31: "
            + "2026-10-01 10, 2026-10-16 5, 2026-10-31 0. Revised on 2026-10-11. Milestones on 2026-10-21.")
    }

    @Test func goalChartWithOneRatingOnOneDay() throws {
        let period = Period.range(from: day("2026-10-07"), to: day("2026-10-07"))
        let chart = try ParsedChart(Charts.goal(goal(ratings: [("2026-10-07", 6.5)]), period: period))
        #expect(chart.points == ["310,83"])
        #expect(chart.all("line").isEmpty && chart.all("revision").isEmpty && chart.all("milestone").isEmpty)
        #expect(chart.all("axis-date").map(\.text) == ["2026-10-07"])
        #expect(chart.all("axis-date").first?["x"] == "310")
        #expect(chart.all("date-tick").isEmpty)
        #expect(chart.chart.description == "Progress ratings (0–10) of goal sleep-1 on 2026-10-07: 2026-10-07 6.5.")
    }

    @Test func goalChartIsNilWithoutRatings() {
        #expect(Charts.goal(goal(ratings: [], revisions: ["2026-10-11"]), period: october) == nil)
    }

    @Test func goalIdsFromNotesAreEscapedAndIdsStaySafe() throws {
        let chart = try ParsedChart(Charts.goal(goal(id: "g<1>&'\"", ratings: [("2026-10-07", 3)]), period: october))
        #expect(chart.id == "chart-goal-g_3C1_3E_26_27_22")
        #expect(chart.chart.title == "Goal g<1>&'\" progress ratings, October 2026")
        #expect(!chart.chart.svg.contains("g<1>"))
    }

    // MARK: Measure chart

    @Test func measureChartDescribesScoresBandsCutoffAndBaseline() throws {
        let chart = try ParsedChart(Charts.measure(
            measure("PHQ-9", [("2026-10-07", 14), ("2026-10-21", 12)], baseline: 19), instrument: .phq9, period: october))
        #expect(chart.chart.title == "PHQ-9 scores, October 2026")
        #expect(chart.chart.description == "PHQ-9 scores from 2026-10-01 to 2026-10-31: 2026-10-07 14 (moderate), "
            + "2026-10-21 12 (moderate). Caseness cutoff 10. Baseline 19; reliable change ±6.")
        #expect(chart.id == "chart-measure-PHQ-9")
        // The plot ends at 470, left of the band names: x = 40 + 430 × day / 30; y = 200 − 180 × score / 27.
        #expect(chart.points == ["126,106.7", "326.7,120"])
        #expect(chart.all("line").first?["points"] == "126,106.7 326.7,120")
        #expect(chart.all("earlier-point").isEmpty && chart.all("period").isEmpty)
    }

    @Test func measureChartShadesSeverityBandsInGreys() throws {
        let chart = try ParsedChart(Charts.measure(
            measure("PHQ-9", [("2026-10-07", 14)], baseline: nil), instrument: .phq9, period: october))
        let bands = chart.all("band")
        // 0–4 from y(5) to y(0), 5–9 from y(10) to y(5), …, 20–27 from y(27) to y(20).
        #expect(bands.map { $0["y"] ?? "" } == ["166.7", "133.3", "100", "66.7", "20"])
        #expect(bands.map { $0["height"] ?? "" } == ["33.3", "33.3", "33.3", "33.3", "46.7"])
        #expect(bands.allSatisfy { $0["x"] == "40" && $0["width"] == "430" })
        #expect(bands.map { $0["fill"] ?? "" } == ["#f5f5f5", "#e5e5e5", "#d5d5d5", "#c5c5c5", "#b5b5b5"])
        #expect(chart.all("band-label").map(\.text) == ["minimal", "mild", "moderate", "moderately severe", "severe"])
        // Right of the plot, not over the data: a bar along each band, broken at its edges, and the name beside it.
        #expect(chart.all("band-label").allSatisfy { $0["x"] == "482" && $0["text-anchor"] == "start" })
        #expect(chart.all("band-edge").map { "\($0["x1"] ?? ""):\($0["y1"] ?? "")-\($0["y2"] ?? "")" }
            == ["476:168.2-198.5", "476:134.8-165.2", "476:101.5-131.8", "476:68.2-98.5", "476:21.5-65.2"])
        #expect(chart.all("tick").map(\.text) == ["0", "5", "10", "15", "20", "27"])
        #expect(chart.all("tick").map { $0["y"] ?? "" } == ["204", "170.7", "137.3", "104", "70.7", "24"])
        #expect(chart.all("reliable-change").isEmpty && chart.all("baseline").isEmpty)

        let cutoff = try #require(chart.all("cutoff").first)
        #expect(cutoff["y1"] == "133.3" && cutoff["y2"] == "133.3" && cutoff["x1"] == "40" && cutoff["x2"] == "470")
        #expect(cutoff["stroke-dasharray"] == "6 4")
    }

    @Test func higherIsBetterBandsDarkenDownwards() throws {
        let wellbeing = Instrument(
            name: "WB", minimum: 0, maximum: 30, integerScores: true,
            bands: [.init(lower: 0, upper: 9, label: "low"), .init(lower: 10, upper: 30, label: "good")],
            reliableChange: nil, caseness: nil, remission: nil, lowerIsBetter: false)
        let chart = try ParsedChart(Charts.measure(measure("WB", [("2026-10-07", 12)], baseline: 8),
                                                   instrument: wellbeing, period: october))
        #expect(chart.all("band").map { $0["fill"] ?? "" } == ["#b5b5b5", "#f5f5f5"])
        #expect(chart.all("band").map { $0["y"] ?? "" } == ["140", "20"])
        #expect(chart.all("baseline").first?["y1"] == "152")
        #expect(chart.all("reliable-change").isEmpty && chart.all("cutoff").isEmpty)
        #expect(chart.chart.description == "WB scores from 2026-10-01 to 2026-10-31: 2026-10-07 12 (good). Baseline 8.")
    }

    @Test func reliableChangeBandSurroundsTheBaselineWithinTheRange() throws {
        let centred = try ParsedChart(Charts.measure(
            measure("PHQ-9", [("2026-10-07", 14)], baseline: 19), instrument: .phq9, period: october))
        // 13…25: y(25) = 33.3, y(13) = 113.3.
        let band = try #require(centred.all("reliable-change").first)
        #expect(band["y"] == "33.3" && band["height"] == "80" && band["fill"] == "none")
        #expect(band["stroke-dasharray"] == "2 2")
        #expect(centred.all("baseline").first?["y1"] == "73.3")

        let clipped = try ParsedChart(Charts.measure(
            measure("PHQ-9", [("2026-10-07", 14)], baseline: 24), instrument: .phq9, period: october))
        // 18…30 clipped to 18…27: y(27) = 20, y(18) = 80.
        let top = try #require(clipped.all("reliable-change").first)
        #expect(top["y"] == "20" && top["height"] == "60")
    }

    @Test func unknownInstrumentSpansItsDataWithoutBands() throws {
        let chart = try ParsedChart(Charts.measure(
            measure("CORE-10", [("2026-10-07", 10), ("2026-10-21", 20)], baseline: nil), instrument: nil, period: october))
        // 10…20 padded by 1 → 9…21: y = 200 − 180 × (score − 9) / 12.
        #expect(chart.points == ["148,185", "400,35"])
        #expect(chart.all("tick").map(\.text) == ["9", "15", "21"])
        #expect(chart.all("band").isEmpty && chart.all("cutoff").isEmpty && chart.all("reliable-change").isEmpty)
        #expect(chart.chart.description == "CORE-10 scores from 2026-10-01 to 2026-10-31: 2026-10-07 10, 2026-10-21 20.")

        let small = try ParsedChart(Charts.measure(
            measure("ORS", [("2026-10-16", 3)], baseline: 0), instrument: nil, period: october))
        // 0…3 padded by 1, not below 0 → 0…4.
        #expect(small.points == ["310,65"])
        #expect(small.all("baseline").first?["y1"] == "200")
        #expect(small.all("tick").map(\.text) == ["0", "2", "4"])
    }

    @Test func hostileInstrumentNamesAreEscaped() throws {
        let hostile = "<script>&\"'"
        for instrument in [nil, Instrument.phq9] {
            let chart = try ParsedChart(Charts.measure(
                measure(hostile, [("2026-10-07", 4)], baseline: 9), instrument: instrument, period: october))
            #expect(chart.chart.title == "<script>&\"' scores, October 2026")
            #expect(chart.all("legend").contains { $0.text == "<script>&\"' score" })
            #expect(chart.chart.svg.contains("&lt;script&gt;&amp;&quot;&apos; scores"))
            #expect(chart.id == "chart-measure-_3Cscript_3E_26_22_27")
        }
    }

    @Test func measureChartIsNilWithoutScores() {
        #expect(Charts.measure(measure("PHQ-9", [], baseline: 12), instrument: .phq9, period: october) == nil)
        #expect(Charts.measure(measure("X", [], baseline: nil), instrument: nil, period: october) == nil)
    }

    // MARK: GAS chart

    @Test func gasChartHasAReferenceLineAtFifty() throws {
        let chart = try ParsedChart(Charts.gas([
            GASScore(date: day("2026-10-07"), tScore: 45.24, goalsRated: 2, goalsCounted: 2),
            GASScore(date: day("2026-10-21"), tScore: 60, goalsRated: 1, goalsCounted: 1),
        ], period: october))
        // y = 200 − 3 × (T − 20).
        let reference = try #require(chart.all("reference").first)
        #expect(reference["y1"] == "110" && reference["y2"] == "110" && reference["x1"] == "40" && reference["x2"] == "580")
        #expect(chart.points == ["148,124.3", "400,80"])
        #expect(chart.all("tick").map(\.text) == ["20", "30", "40", "50", "60", "70", "80"])
        #expect(chart.id == "chart-gas")
        #expect(chart.chart.title == "Goal Attainment Scaling T-scores, October 2026")
        #expect(chart.chart.description == "GAS T-scores from 2026-10-01 to 2026-10-31: 2026-10-07 45.2 (2 goals rated), "
            + "2026-10-21 60 (1 goal rated). Reference line at 50, the expected outcome.")
    }

    @Test func gasChartWidensForScoresBeyondEighty() throws {
        let chart = try ParsedChart(Charts.gas([GASScore(date: day("2026-10-16"), tScore: 82.9, goalsRated: 10, goalsCounted: 10)],
                                               period: october))
        // 20…90: y(50) = 200 − 180 × 30 / 70.
        #expect(chart.all("reference").first?["y1"] == "122.9")
        #expect(chart.all("tick").last?.text == "90")
        // y(82.9) = 200 − 180 × 62.9 / 70.
        #expect(chart.points == ["310,38.3"])
    }

    @Test func gasChartIsNilWhenEmpty() {
        #expect(Charts.gas([], period: october) == nil)
    }

    // MARK: Output as a whole

    @Test func outputIsDeterministicAndIdsDifferPerChart() throws {
        let first = Charts.goal(goal(id: "a b", ratings: [("2026-10-07", 3)]), period: october)
        #expect(first == Charts.goal(goal(id: "a b", ratings: [("2026-10-07", 3)]), period: october))
        let charts = [
            try ParsedChart(first),
            try ParsedChart(Charts.goal(goal(id: "a_20b", ratings: [("2026-10-07", 3)]), period: october)),
            try ParsedChart(Charts.measure(measure("a b", [("2026-10-07", 3)], baseline: nil), instrument: nil, period: october)),
            try ParsedChart(Charts.gas([GASScore(date: day("2026-10-07"), tScore: 50, goalsRated: 1, goalsCounted: 1)], period: october)),
        ]
        let ids = charts.flatMap { $0.elements.compactMap { $0["id"] } }
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.wholeMatch(of: /chart-[A-Za-z0-9_-]+-(title|desc)/) != nil })
    }
}
