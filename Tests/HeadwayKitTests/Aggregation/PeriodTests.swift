import Testing
@testable import HeadwayKit

private typealias H = AggregationHarness

@Suite("Report periods")
struct PeriodTests {
    // MARK: Calendar months

    @Test func monthPeriodBoundsLabelAndSlug() {
        let october = H.month("2026-10")
        #expect(october.from == H.day("2026-10-01"))
        #expect(october.to == H.day("2026-10-31"))
        #expect(october.label == "October 2026")
        #expect(october.slug == "2026-10")
        let november = H.month("2026-11")
        #expect(november.to == H.day("2026-11-30"))
        #expect(november.label == "November 2026")
        #expect(H.month("2027-01").label == "January 2027")
        #expect(H.month("2026-12").to == H.day("2026-12-31"))
        #expect(H.month("2026-12").label == "December 2026")
        #expect(Period.month(containing: H.day("2026-10-17")) == october)
    }

    @Test func monthTextMustBeARealMonth() {
        #expect(Period.month("2026-13") == nil)
        #expect(Period.month("2026-00") == nil)
        #expect(Period.month("2026-1") == nil)
        #expect(Period.month("2026/10") == nil)
        #expect(Period.month("") == nil)
    }

    @Test func leapFebruary() {
        let leap = H.month("2028-02")
        #expect(leap.from == H.day("2028-02-01"))
        #expect(leap.to == H.day("2028-02-29"))
        #expect(leap.label == "February 2028")
        #expect(leap.slug == "2028-02")
        #expect(H.month("2026-02").to == H.day("2026-02-28"))
        #expect(H.month("2100-02").to == H.day("2100-02-28"))  // not a leap year
        #expect(H.month("2000-02").to == H.day("2000-02-29"))  // a leap year

        let report = H.report([
            "a.md": H.note("2028-01-31"),
            "b.md": H.note("2028-02-01"),
            "c.md": H.note("2028-02-29"),
            "d.md": H.note("2028-03-01"),
        ], period: leap)
        #expect(report.sessions.dates == [H.day("2028-02-01"), H.day("2028-02-29")])
        #expect(report.sessions.cumulativeAttended == 3)
    }

    /// Notes on the first and last day of the month are inside; the day before and the day after are not.
    @Test func monthIncludesItsFirstAndLastDayOnly() {
        let report = H.report([
            "a.md": H.note("2026-09-30", "goals:\n  - { id: g, area: coping-skills, statement: Cope, progress: 2 }\nmilestones:\n  - Day before\n"),
            "b.md": H.note("2026-10-01", "goals:\n  - { id: g, progress: 3 }\nmilestones:\n  - First day\n"),
            "c.md": H.note("2026-10-31", "goals:\n  - { id: g, progress: 5 }\nmilestones:\n  - Last day\n"),
            "d.md": H.note("2026-11-01", "goals:\n  - { id: g, progress: 9 }\nmilestones:\n  - Day after\n"),
        ], period: H.month("2026-10"))
        #expect(report.period.from == H.day("2026-10-01"))
        #expect(report.period.to == H.day("2026-10-31"))
        #expect(report.period.label == "October 2026")
        #expect(report.sessions.dates == [H.day("2026-10-01"), H.day("2026-10-31")])
        #expect(report.sessions.attended == 2)
        #expect(report.sessions.cumulativeAttended == 3)
        #expect(report.goals[0].ratings == [H.rating("2026-10-01", 3), H.rating("2026-10-31", 5)])
        // "Before the period" is the day before its first day.
        #expect(report.goals[0].start == 2)
        #expect(report.goals[0].end == 5)
        #expect(report.goals[0].change == 3)
        #expect(report.milestones.map(\.text) == ["First day", "Last day"])
    }

    @Test func periodContainsBothEnds() {
        let october = H.month("2026-10")
        #expect(october.contains(H.day("2026-10-01")))
        #expect(october.contains(H.day("2026-10-31")))
        #expect(!october.contains(H.day("2026-09-30")))
        #expect(!october.contains(H.day("2026-11-01")))
    }

    // MARK: Explicit ranges

    @Test func rangeLabelSlugAndBounds() {
        let range = Period.range(from: H.day("2026-07-01"), to: H.day("2026-09-29"))
        #expect(range.label == "2026-07-01 to 2026-09-29")
        #expect(range.slug == "2026-07-01_2026-09-29")
        let report = H.report([
            "a.md": H.note("2026-06-30"),
            "b.md": H.note("2026-07-01"),
            "c.md": H.note("2026-08-15", "attendance: no-show"),
            "d.md": H.note("2026-09-29"),
            "e.md": H.note("2026-09-30"),
        ], period: range)
        #expect(report.period == range)
        #expect(report.sessions.dates == ["2026-07-01", "2026-08-15", "2026-09-29"].map(H.day))
        #expect(report.sessions.attended == 2)
        #expect(report.sessions.noShow == 1)
        #expect(report.sessions.cumulativeAttended == 3)
    }

    @Test func oneDayRange() {
        let day = Period.range(from: H.day("2026-10-07"), to: H.day("2026-10-07"))
        #expect(day.label == "2026-10-07 to 2026-10-07")
        #expect(day.slug == "2026-10-07_2026-10-07")
        let report = H.report(["a.md": H.note("2026-10-07"), "b.md": H.note("2026-10-08")], period: day)
        #expect(report.sessions.dates == [H.day("2026-10-07")])
    }

    // MARK: All sessions and months of a client

    private let notes: [String: String] = [
        "plan.md": "---\ntype: plan\nclient: C-1\nstart: 2026-08-01\n---\n",
        "a.md": H.note("2026-09-02"),
        "b.md": H.note("2026-10-07"),
        "c.md": H.note("2026-10-21", "attendance: cancelled"),
        "d.md": H.note("2026-12-01"),
        "x.md": H.note("2026-07-01", client: "C-2"),
        "y.md": H.note("2027-01-05", client: "C-2"),
    ]

    @Test func allSessionsRunsFromTheFirstNoteToTheLast() throws {
        let reports = ClientReports(client: "C-1", caseload: H.caseload(notes))
        let all = try #require(reports.dates.allSessions)
        // The plan's earlier start and the other client's notes do not widen it.
        #expect(all.from == H.day("2026-09-02"))
        #expect(all.to == H.day("2026-12-01"))
        #expect(all.label == "All sessions")
        #expect(all.slug == "all")
        let report = reports.report(for: all)
        #expect(report.period.label == "All sessions")
        #expect(report.sessions.scheduled == 4)
        #expect(report.sessions.attended == 3)
    }

    @Test func monthsAreTheCalendarMonthsWithNotes() {
        let reports = ClientReports(client: "C-1", caseload: H.caseload(notes))
        #expect(reports.dates.months == [H.month("2026-09"), H.month("2026-10"), H.month("2026-12")])
        #expect(reports.dates.months.map(\.slug) == ["2026-09", "2026-10", "2026-12"])
        #expect(reports.dates.months.map(\.label) == ["September 2026", "October 2026", "December 2026"])
        let other = ClientReports(client: "C-2", caseload: H.caseload(notes))
        #expect(other.dates.months.map(\.slug) == ["2026-07", "2027-01"])
    }

    @Test func clientWithoutNotesHasNoPeriods() {
        let reports = ClientReports(client: "C-9", caseload: H.caseload(notes))
        #expect(reports.dates.allSessions == nil)
        #expect(reports.dates.months.isEmpty)
    }

    @Test func planOnlyClientCoversThePlansStart() {
        let reports = ClientReports(client: "C-1", caseload: H.caseload(["plan.md": notes["plan.md"]!]))
        #expect(reports.dates.allSessions == Period.allSessions(from: H.day("2026-08-01"), to: H.day("2026-08-01")))
        #expect(reports.dates.months.isEmpty)
    }

    @Test func hasDataUpToAPeriod() {
        let reports = ClientReports(client: "C-1", caseload: H.caseload(notes))
        #expect(reports.dates.hasData(upTo: H.month("2026-08")))  // the plan
        #expect(!reports.dates.hasData(upTo: H.month("2026-07")))
        #expect(reports.dates.hasData(upTo: H.month("2027-03")))
    }

    /// The fixture caseload's months, and its all-sessions period.
    @Test func fixtureCaseloadPeriods() throws {
        let reports = ClientReports(client: "C-0200", caseload: H.caseload(H.fixtureTexts("aggregation/C-0200")))
        #expect(reports.dates.months.map(\.slug) == ["2026-08", "2026-09", "2026-10", "2026-11"])
        let all = try #require(reports.dates.allSessions)
        #expect(all.from == H.day("2026-08-20"))
        #expect(all.to == H.day("2026-11-03"))
        let report = reports.report(for: all)
        #expect(report.sessions.attended == 5)
        #expect(report.sessions.cancelled == 1)
        #expect(report.sessions.noShow == 1)
        #expect(report.goals.map(\.id) == ["sleep-routine", "paced-breathing", "reconnect", "self-kindness"])
        // All sessions: no rating before the period, so start is the first rating in it.
        #expect(report.goals[1].start == 3)
        #expect(report.goals[1].end == 6)
        #expect(report.goals[1].change == 3)
    }

    /// `PeriodCover` answers what asking each period would, for periods in any order, overlapping,
    /// touching, apart, and none.
    @Test func coverAnswersAsThePeriodsDo() {
        let periods = [
            H.month("2026-10"), Period.range(from: H.day("2026-09-20"), to: H.day("2026-10-05")), H.month("2026-12"),
            Period.range(from: H.day("2027-01-01"), to: H.day("2027-01-03")), Period.range(from: H.day("2026-06-15"), to: H.day("2026-06-15")),
        ]
        var day = H.day("2026-06-01")
        var inside = 0
        while day <= H.day("2027-02-01") {
            let expected = periods.contains { $0.contains(day) }
            #expect(PeriodCover(periods).contains(day) == expected, "\(day)")
            #expect(PeriodCover(periods.reversed()).contains(day) == expected, "\(day)")
            if expected { inside += 1 }
            day = day.adding(days: 1)
        }
        #expect(inside == 1 + 11 + 31 + 31 + 3)
        #expect(!PeriodCover([]).contains(H.day("2026-10-01")))
    }
}
