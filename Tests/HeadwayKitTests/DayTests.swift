import Testing
@testable import HeadwayKit

@Suite struct DayTests {
    @Test func parsesRealDatesOnly() {
        #expect(Day(iso: "2026-10-07")?.description == "2026-10-07")
        #expect(Day(iso: "2024-02-29") != nil)
        #expect(Day(iso: "2026-02-29") == nil)
        #expect(Day(iso: "2026-13-01") == nil)
        #expect(Day(iso: "2026-1-01") == nil)
        #expect(Day(iso: "26-10-07") == nil)
    }

    @Test func ordinalsRoundTrip() {
        let day = Day(iso: "2026-10-07")!
        #expect(Day(ordinal: day.ordinal) == day)
        #expect(Day(iso: "1970-01-01")!.ordinal == 0)
        #expect(day.adding(days: 90).description == "2027-01-05")
    }

    @Test func monthBounds() {
        let day = Day(iso: "2028-02-10")!
        #expect(day.firstOfMonth.description == "2028-02-01")
        #expect(day.lastOfMonth.description == "2028-02-29")
    }
}
