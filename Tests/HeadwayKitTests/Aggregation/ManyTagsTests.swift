import Foundation
import Testing
@testable import HeadwayKit

private typealias H = AggregationHarness

/// A passage tagged with many goals and areas: shown in full under each of up to five of them, else in
/// full once, under the first, and as a one-line pointer under every other (README "Reading the spec:
/// decisions taken"), so that reports grow with the notes, not with the square of a paragraph's tags.
@Suite("Passages tagged with many goals and areas")
struct ManyTagsTests {
    /// A note whose front matter lists `count` areas and whose one paragraph is tagged with all of them,
    /// after a goal's section holding a paragraph tagged with that goal.
    static func note(tags count: Int) -> [String: String] {
        let tags = (0..<count).map { "area-\($0)" }
        return ["a.md": H.note("2026-10-01", "goals:\n  - { id: walk, area: healthy-lifestyle, statement: Walk daily }\n"
                               + tags.map { "  - \($0)\n" }.joined(),
                               body: "Talked about everything. " + tags.map { "#\($0)" }.joined(separator: " ") + "\n")]
    }

    @Test func aPassageTaggedWithFiveAreasIsShownUnderEach() {
        let report = H.report(Self.note(tags: 5), period: H.month("2026-10"))
        let passage = "Talked about everything. #area-0 #area-1 #area-2 #area-3 #area-4"
        #expect(report.areas.filter { $0.area.hasPrefix("area-") }.map { $0.excerpts.map(\.text) } == Array(repeating: [passage], count: 5))
    }

    @Test func aPassageTaggedWithMoreIsShownOnceAndPointedToElsewhere() {
        let report = H.report(Self.note(tags: 400), period: H.month("2026-10"))
        let areas = report.areas.filter { $0.area.hasPrefix("area-") }
        #expect(areas.count == 400)
        let full = areas[0].excerpts
        #expect(full.count == 1)
        #expect(full.first?.text.hasPrefix("Talked about everything. #area-0 #area-1 ") == true)
        #expect(full.first?.text.hasSuffix(" #area-399") == true)
        let pointer = Excerpt(date: H.day("2026-10-01"),
                              html: "<em>(A passage tagged with 400 goals and areas; it is shown in full under “Area 0”.)</em>",
                              text: "(A passage tagged with 400 goals and areas; it is shown in full under “Area 0”.)")
        #expect(areas.dropFirst().allSatisfy { $0.excerpts == [pointer] })
        #expect(areas.allSatisfy { $0.sessionsAddressed == 1 })
    }

    @Test func thePointerNamesAGoalByItsIdAndEscapesATitle() {
        var notes = Self.note(tags: 6)
        notes["a.md"] = notes["a.md"]!.replacingOccurrences(of: "Talked about everything.", with: "Talked about everything. #walk")
        let report = H.report(notes, period: H.month("2026-10"))
        #expect(report.goals.first { $0.id == "walk" }?.excerpts.first?.text.hasPrefix("Talked about everything. #walk #area-0") == true)
        #expect(report.areas.first { $0.area == "area-5" }?.excerpts.map(\.text)
                == ["(A passage tagged with 7 goals and areas; it is shown in full under “walk”.)"])
        #expect(BodyLinks.pointer(to: "Sleep & <rest>", named: 9).html
                == "<em>(A passage tagged with 9 goals and areas; it is shown in full under “Sleep &amp; &lt;rest&gt;”.)</em>")
    }
}
