import Testing
@testable import HeadwayKit

private typealias H = AggregationHarness

@Suite("Sessions, areas, names and warnings")
struct SessionsAndAreasTests {
    // MARK: Attendance

    /// September: 2 attended, 1 cancelled. October: 3 attended, 1 cancelled, 1 no-show (one day with two
    /// sessions). November: 1 attended.
    private let attendanceNotes: [String: String] = [
        "s1.md": H.note("2026-09-03", "session: 1"),
        "s2.md": H.note("2026-09-10", "session: 2\nattendance: cancelled"),
        "s3.md": H.note("2026-09-17", "session: 3"),
        "o1.md": H.note("2026-10-01", "session: 4"),
        "o2.md": H.note("2026-10-08", "session: 5\nattendance: no-show"),
        "o3.md": H.note("2026-10-15", "session: 6"),
        "o4.md": H.note("2026-10-15", "session: 7\nattendance: cancelled"),
        "o5.md": H.note("2026-10-29", "session: 8"),
        "n1.md": H.note("2026-11-05", "session: 9"),
    ]

    @Test func attendanceCountsAndRate() {
        let sessions = H.report(attendanceNotes, period: H.month("2026-10")).sessions
        #expect(sessions.attended == 3)
        #expect(sessions.cancelled == 1)
        #expect(sessions.noShow == 1)
        #expect(sessions.scheduled == 5)
        #expect(sessions.attendanceRate == 0.6)
        // Every scheduled session, in date then session order (the 15th twice).
        #expect(sessions.dates == ["2026-10-01", "2026-10-08", "2026-10-15", "2026-10-15", "2026-10-29"].map(H.day))
        // Attended from the first note (2026-09-03) up to 2026-10-31: 2 in September + 3 in October.
        #expect(sessions.cumulativeAttended == 5)
    }

    @Test func septemberAndAllSessions() {
        let september = H.report(attendanceNotes, period: H.month("2026-09")).sessions
        #expect(september.attended == 2)
        #expect(september.cancelled == 1)
        #expect(september.noShow == 0)
        #expect(september.scheduled == 3)
        #expect(september.attendanceRate == 2.0 / 3.0)
        #expect(september.cumulativeAttended == 2)
        let caseload = H.caseload(attendanceNotes)
        let reports = ClientReports(client: "C-1", caseload: caseload)
        let all = reports.report(for: reports.dates.allSessions!).sessions
        #expect(all.attended == 6)
        #expect(all.cancelled == 2)
        #expect(all.noShow == 1)
        #expect(all.scheduled == 9)
        #expect(all.attendanceRate == 6.0 / 9.0)
        #expect(all.dates.count == 9)
        #expect(all.cumulativeAttended == 6)
    }

    @Test func attendanceRateIsNullWhenNothingWasScheduled() {
        // A range with no session in it, after some attended sessions.
        let period = Period.range(from: H.day("2026-09-18"), to: H.day("2026-09-30"))
        let sessions = H.report(attendanceNotes, period: period).sessions
        #expect(sessions.attended == 0)
        #expect(sessions.cancelled == 0)
        #expect(sessions.noShow == 0)
        #expect(sessions.scheduled == 0)
        #expect(sessions.attendanceRate == nil)
        #expect(sessions.dates.isEmpty)
        #expect(sessions.cumulativeAttended == 2)
    }

    @Test func attendanceRateOfOneWhenAllAttended() {
        let sessions = H.report(attendanceNotes, period: H.month("2026-11")).sessions
        #expect(sessions.attendanceRate == 1)
        #expect(sessions.cumulativeAttended == 6)
    }

    @Test func otherClientsDoNotCount() {
        var texts = attendanceNotes
        texts["other.md"] = H.note("2026-10-02", client: "C-2")
        texts["other-2.md"] = H.note("2026-09-02", client: "C-2")
        let sessions = H.report(texts, period: H.month("2026-10")).sessions
        #expect(sessions.scheduled == 5)
        #expect(sessions.cumulativeAttended == 5)
        let other = H.report(texts, client: "C-2", period: H.month("2026-10")).sessions
        #expect(other.scheduled == 1)
        #expect(other.cumulativeAttended == 2)
    }

    // MARK: Areas

    /// Seven October notes, one September and one November, worked out by hand:
    /// - relationships: o1 (tag), o4 (hashtag) → 2; the September note and the cancelled o5 do not count.
    /// - coping-skills: o2 (goal `breathe`), o4 (hashtag of the goal), o6 (section titled by the goal id,
    ///   and the area tag again: still one session) → 3.
    /// - self-esteem: o3 (section titled by the area title), o7 (goal `journal`) → 2.
    /// - healthy-lifestyle: first seen in September, not addressed in October → 0.
    /// - meaning-purpose: only in November → not listed.
    private let areaNotes: [String: String] = [
        "a-sep.md": H.note("2026-09-20", """
            goals:
              - healthy-lifestyle
              - relationships
            """),
        "o1.md": H.note("2026-10-01", "goals:\n  - relationships\n"),
        "o2.md": H.note("2026-10-02", "goals:\n  - { id: breathe, area: coping-skills, statement: Breathe slowly }\n"),
        "o3.md": H.note("2026-10-03", body: "## Self-esteem and self-compassion\n\nKinder self-talk this week.\n"),
        "o4.md": H.note("2026-10-04", body: "Used the breathing at work. #breathe\n\nSaw a friend (#relationships).\n"),
        "o5.md": H.note("2026-10-05", """
            attendance: cancelled
            goals:
              - relationships
              - { id: breathe }
            """, body: "# Relationships\n\nNot read.\n"),
        "o6.md": H.note("2026-10-06", "goals:\n  - coping-skills\n", body: "## Breathe\n\nPractised daily.\n"),
        "o7.md": H.note("2026-10-07", "goals:\n  - { id: journal, area: self-esteem, statement: Keep a journal }\n"),
        "z-nov.md": H.note("2026-11-02", "goals:\n  - meaning-purpose\n  - relationships\n"),
    ]

    @Test func areasInOrderOfFirstAppearanceWithSessionsAddressed() {
        let report = H.report(areaNotes, period: H.month("2026-10"))
        #expect(report.areas.map(\.area) == ["healthy-lifestyle", "relationships", "coping-skills", "self-esteem"])
        #expect(report.areas.map(\.title) == ["Healthy lifestyle", "Supportive relationships", "Coping skills", "Self-esteem and self-compassion"])
        #expect(report.areas.map(\.sessionsAddressed) == [0, 2, 3, 2])
        #expect(report.areas.map(\.goals) == [[], [], ["breathe"], ["journal"]])
    }

    @Test func areaExcerptsFromSectionsAndHashtags() {
        let report = H.report(areaNotes, period: H.month("2026-10"))
        let relationships = report.areas.first { $0.area == "relationships" }!
        #expect(relationships.excerpts == [Excerpt(date: H.day("2026-10-04"), html: "Saw a friend (#relationships).",
                                                   text: "Saw a friend (#relationships).")])
        let selfEsteem = report.areas.first { $0.area == "self-esteem" }!
        #expect(selfEsteem.excerpts == [Excerpt(date: H.day("2026-10-03"), html: "Kinder self-talk this week.",
                                                text: "Kinder self-talk this week.")])
        // Goal sections and goal hashtags are goal excerpts, not area excerpts.
        let coping = report.areas.first { $0.area == "coping-skills" }!
        #expect(coping.excerpts.isEmpty)
        #expect(report.goals.first { $0.id == "breathe" }?.excerpts.map(\.text) == ["Used the breathing at work. #breathe", "Practised daily."])
    }

    @Test func areasAfterThePeriodEndAppearInLaterReports() {
        let november = H.report(areaNotes, period: H.month("2026-11"))
        #expect(november.areas.map(\.area) == ["healthy-lifestyle", "relationships", "coping-skills", "self-esteem", "meaning-purpose"])
        #expect(november.areas.map(\.sessionsAddressed) == [0, 1, 0, 0, 1])
    }

    @Test func areaGoalsListEveryGoalOfTheAreaInGoalOrder() {
        let report = H.report([
            "a.md": H.note("2026-10-01", """
                goals:
                  - { id: b-goal, area: coping-skills, statement: B }
                  - { id: other, area: relationships, statement: O }
                  - { id: a-goal, area: Coping skills, statement: A }
                  - { id: loose, statement: No area }
                """),
        ], period: H.month("2026-10"))
        #expect(report.areas.map(\.area) == ["coping-skills", "relationships", "unspecified"])
        #expect(report.areas.map(\.goals) == [["b-goal", "a-goal"], ["other"], ["loose"]])
        #expect(report.areas.map(\.title) == ["Coping skills", "Supportive relationships", "Unspecified area"])
        #expect(report.areas.map(\.sessionsAddressed) == [1, 1, 1])
    }

    @Test func aGoalSectionOrHashtagAloneAddressesTheGoalsArea() {
        let report = H.report([
            "a.md": H.note("2026-09-01", "goals:\n  - { id: walk, area: healthy-lifestyle, statement: Walk daily }\n"),
            // Neither note lists the goal or the area in its front matter.
            "b.md": H.note("2026-10-01", body: "# Walk\n\nWalked twice.\n"),
            "c.md": H.note("2026-10-08", body: "- Walked to work #walk\n"),
            "d.md": H.note("2026-10-15", body: "Nothing about walking.\n"),
        ], period: H.month("2026-10"))
        #expect(report.areas.map(\.area) == ["healthy-lifestyle"])
        #expect(report.areas[0].sessionsAddressed == 2)
        #expect(report.goals[0].excerpts.map(\.text) == ["Walked twice.", "Walked to work #walk"])
    }

    @Test func hashtagsMatchGoalsAndAreasLikeHeadings() {
        let report = H.report([
            "a.md": H.note("2026-09-01", "goals:\n  - { id: paced-breathing, area: coping-skills, statement: Breathe }\n"),
            "b.md": H.note("2026-10-01", body: "Breathed slowly. #PacedBreathing\n\nA bad week. #copingskills\n\nSaw a friend. **#Supportive-Relationships**\n"),
            "c.md": H.note("2026-10-08", body: "Again. #PACED-breathing\n"),
        ], period: H.month("2026-10"))
        #expect(report.goals[0].excerpts.map(\.text) == ["Breathed slowly. #PacedBreathing", "Again. #PACED-breathing"])
        #expect(report.areas.map(\.area) == ["coping-skills", "relationships"])
        #expect(report.areas.map { $0.excerpts.map(\.text) } == [["A bad week. #copingskills"], ["Saw a friend. #Supportive-Relationships"]])
        #expect(report.areas.map(\.sessionsAddressed) == [2, 1])
    }

    @Test func aTaggedMilestoneAddressesItsAreaAndIsNoExcerpt() {
        let report = H.report([
            "a.md": H.note("2026-09-01", "goals:\n  - { id: walk, area: healthy-lifestyle, statement: Walk daily }\n"),
            // None of these notes lists the goal or the area otherwise.
            "b.md": H.note("2026-10-01", body: "## Wins\n\n- [x] Walked to work **#Walk**\n"),
            "c.md": H.note("2026-10-08", body: "## Wins\n\n- Called my sister #relationships #walk\n"),
            "d.md": H.note("2026-10-15", "milestones:\n  - { text: Walked 5k, goal: walk }\n  - \"Joined a club #SelfEsteem\"\n"),
            "e.md": H.note("2026-10-22", "milestones:\n  - Nothing tagged\n", body: "## Wins\n\n- Untagged win\n"),
        ], period: H.month("2026-10"))
        #expect(report.areas.map(\.area) == ["healthy-lifestyle", "relationships", "self-esteem"])
        #expect(report.areas.map(\.sessionsAddressed) == [2, 1, 1])
        #expect(report.milestones.map(\.goal) == ["walk", nil, "walk", nil, nil, nil])
        #expect(report.milestones.map(\.area) == ["healthy-lifestyle", "relationships", "healthy-lifestyle", "self-esteem", nil, nil])
        #expect(report.goals[0].milestones.map(\.text) == ["Done: Walked to work #Walk", "Walked 5k"])
        #expect(report.goals[0].excerpts.isEmpty)
        #expect(report.areas.allSatisfy { $0.excerpts.isEmpty })
    }

    @Test func aMilestoneBeforeThePeriodOrdersAreasButAddressesNone() {
        let report = H.report([
            "a.md": H.note("2026-09-01", body: "## Wins\n\n- Called my sister #relationships\n"),
            "b.md": H.note("2026-10-01", "goals:\n  - coping-skills\n"),
        ], period: H.month("2026-10"))
        #expect(report.areas.map(\.area) == ["relationships", "coping-skills"])
        #expect(report.areas.map(\.sessionsAddressed) == [0, 1])
        #expect(report.milestones.isEmpty)
    }

    @Test func declaredAreasNeverUsedAreNotListed() {
        let report = H.report(["a.md": H.note("2026-10-01", "goals:\n  - coping-skills\n")], period: H.month("2026-10"),
                              options: H.options(areas: ["sleep-hygiene": "Sleep"]))
        #expect(report.areas.map(\.area) == ["coping-skills"])
    }

    @Test func redactedAreasHaveNoExcerpts() {
        let report = H.report(areaNotes, period: H.month("2026-10"), options: H.options(redact: true))
        #expect(report.areas.allSatisfy { $0.excerpts.isEmpty })
        #expect(report.goals.allSatisfy { $0.excerpts.isEmpty })
        #expect(report.areas.map(\.sessionsAddressed) == [0, 2, 3, 2])
    }

    /// The fixture caseload (Fixtures/aggregation/C-0200) in October 2026, worked out by hand.
    @Test func fixtureCaseloadOctober() {
        let caseload = H.caseload(H.fixtureTexts("aggregation/C-0200"))
        let report = ClientReports(client: "C-0200", caseload: caseload).report(for: H.month("2026-10"))
        // 10-06 and 10-20 attended, 10-27 no-show; attended since the first note: 08-20, 09-08, 10-06, 10-20.
        #expect(report.sessions.dates == ["2026-10-06", "2026-10-20", "2026-10-27"].map(H.day))
        #expect([report.sessions.attended, report.sessions.cancelled, report.sessions.noShow] == [2, 0, 1])
        #expect(report.sessions.attendanceRate == 2.0 / 3.0)
        #expect(report.sessions.cumulativeAttended == 4)
        // relationships first (08-20), then the plan's areas (09-01) in plan order.
        #expect(report.areas.map(\.area) == ["relationships", "healthy-lifestyle", "coping-skills"])
        #expect(report.areas.map(\.goals) == [["reconnect"], ["sleep-routine"], ["paced-breathing"]])
        // relationships: 10-06 (reconnect), 10-20 (reconnect, #relationships); healthy-lifestyle: 10-06;
        // coping-skills: 10-06 (goal and section), 10-20.
        #expect(report.areas.map(\.sessionsAddressed) == [2, 1, 2])
        #expect(report.areas[0].excerpts == [Excerpt(date: H.day("2026-10-20"),
                                                     html: "Talked about the weekend with the climbing group. #relationships",
                                                     text: "Talked about the weekend with the climbing group. #relationships")])
        #expect(report.clinician == "B. Chen")
        #expect(report.client == ClientInfo(id: "C-0200", name: "Sam K."))
        #expect(report.milestones == [Milestone(date: H.day("2026-10-06"), text: "Slept 7 hours three nights running #sleep-routine",
                                                html: report.milestones.first?.html ?? "", goal: "sleep-routine",
                                                area: "healthy-lifestyle", source: .body)])
        #expect(report.revisions.map(\.goal) == ["paced-breathing"])
        #expect(report.warnings.isEmpty)
        // November adds the 11-03 note: its unknown key (line 6) and its clinician.
        let november = ClientReports(client: "C-0200", caseload: caseload).report(for: H.month("2026-11"))
        #expect(november.warnings == ["2026-11-03.md:6: warning: unknown key 'mood' in a session note"])
        #expect(november.clinician == "C. Diaz")
        #expect(november.milestones.map(\.text) == ["Spoke up at a team meeting"])
        #expect(november.areas.map(\.area) == ["relationships", "healthy-lifestyle", "coping-skills", "self-esteem"])
        #expect(november.areas.map(\.sessionsAddressed) == [0, 0, 1, 1])
    }

    // MARK: Names

    private let nameNotes: [String: String] = [
        "a.md": H.note("2026-09-03", "clinician: A. Rivera\nclient-name: Jordan M."),
        "b.md": H.note("2026-10-01", "clinician: B. Chen"),
        "c.md": H.note("2026-10-15"),
        "d.md": H.note("2026-11-05", "clinician: C. Diaz\nclient-name: Jordan Miller"),
    ]

    @Test func clinicianAndClientNameAreTheLatestUpToPeriodEnd() {
        let october = H.report(nameNotes, period: H.month("2026-10"))
        #expect(october.clinician == "B. Chen")
        #expect(october.client == ClientInfo(id: "C-1", name: "Jordan M."))
        let september = H.report(nameNotes, period: H.month("2026-09"))
        #expect(september.clinician == "A. Rivera")
        let november = H.report(nameNotes, period: H.month("2026-11"))
        #expect(november.clinician == "C. Diaz")
        #expect(november.client.name == "Jordan Miller")
    }

    @Test func namesFromAPlanCount() {
        var texts = nameNotes
        texts["plan.md"] = "---\ntype: plan\nclient: C-1\nstart: 2026-10-20\nclinician: D. Evans\nclient-name: J. Miller\n---\n"
        let october = H.report(texts, period: H.month("2026-10"))
        #expect(october.clinician == "D. Evans")
        #expect(october.client.name == "J. Miller")
    }

    @Test func namesAreNullWhenNeverGivenOrRedacted() {
        let plain = H.report(["a.md": H.note("2026-10-01")], period: H.month("2026-10"))
        #expect(plain.client == ClientInfo(id: "C-1", name: nil))
        #expect(plain.clinician == nil)
        let redacted = H.report(nameNotes, period: H.month("2026-10"), options: H.options(redact: true))
        #expect(redacted.client == ClientInfo(id: "C-1", name: nil))
        #expect(redacted.clinician == nil)
    }

    // MARK: Notes after period.to

    @Test func notesAfterThePeriodAreIgnored() {
        let report = H.report([
            "a.md": H.note("2026-10-10", "goals:\n  - { id: walk, area: healthy-lifestyle, statement: Walk, progress: 3 }\n"),
            "b.md": H.note("2026-11-01", """
                clinician: Later
                goals:
                  - { id: walk, progress: 8, status: met, statement: Walk far }
                  - { id: later, area: meaning-purpose, statement: Later goal }
                  - self-esteem
                measures:
                  PHQ-9: 4
                milestones:
                  - A later win
                mood: fine
                """, body: "# Walk\n\nLater text.\n"),
        ], period: H.month("2026-10"))
        #expect(report.goals.map(\.id) == ["walk"])
        #expect(report.goals[0].statement == "Walk")
        #expect(report.goals[0].status == .active)
        #expect(report.goals[0].end == 3)
        #expect(report.goals[0].excerpts.isEmpty)
        #expect(report.areas.map(\.area) == ["healthy-lifestyle"])
        #expect(report.measures.isEmpty)
        #expect(report.milestones.isEmpty)
        #expect(report.revisions.isEmpty)
        #expect(report.clinician == nil)
        #expect(report.sessions.cumulativeAttended == 1)
        #expect(report.warnings.isEmpty)
    }

    // MARK: Warnings

    @Test func warningsOfThisClientUpToPeriodEndSortedByPathThenLine() {
        let texts: [String: String] = [
            // Line 4: unknown key; line 6: a custom area not declared.
            "b/2026-10-08.md": H.note("2026-10-08", """
                mood: good
                goals:
                  - { id: sleep, area: sleep-hygiene, statement: Sleep well }
                """),
            // A rating in a cancelled session (line 6).
            "a/2026-10-01.md": H.note("2026-10-01", """
                attendance: cancelled
                goals:
                  - { id: sleep, progress: 4 }
                """),
            // An error rejects the file; its diagnostics still belong to this client's report.
            "c/2026-10-20.md": H.note("2026-10-20", "goals:\n  - { id: sleep, progress: 11 }\n"),
            // A duplicate of a/2026-10-01.md (no session numbers): the later path is the error, at its date line.
            "d/2026-10-01.md": H.note("2026-10-01"),
            // After the period: left out.
            "e/2026-11-02.md": H.note("2026-11-02", "mood: bad\n"),
            // Another client: left out.
            "f/other.md": H.note("2026-10-03", client: "C-2", "mood: good\n"),
            // Not a note: no client, so in no client's report.
            "README.md": "# Notes\n",
        ]
        let report = H.report(texts, period: H.month("2026-10"), allowErrors: true)
        #expect(report.warnings == [
            "a/2026-10-01.md:6: warning: rating of goal 'sleep' in a cancelled session is ignored",
            "b/2026-10-08.md:4: warning: unknown key 'mood' in a session note",
            "b/2026-10-08.md:6: warning: custom goal area 'sleep-hygiene' is not declared in headway.yml",
            "c/2026-10-20.md:5: error: 'progress' must be between 0 and 10, got 11: this rating is left out",
            "d/2026-10-01.md:3: error: another note for client C-1 on 2026-10-01 already exists: a/2026-10-01.md: this one is left out",
        ])
        let november = H.report(texts, period: H.month("2026-11"), allowErrors: true)
        #expect(november.warnings.last == "e/2026-11-02.md:4: warning: unknown key 'mood' in a session note")
        #expect(november.warnings.count == 6)
        // The note with a rejected rating still counts as a session (only the rating is dropped); the duplicate does not.
        #expect(report.sessions.scheduled == 3)
        #expect(report.errors == [
            "c/2026-10-20.md:5: error: 'progress' must be between 0 and 10, got 11: this rating is left out",
            "d/2026-10-01.md:3: error: another note for client C-1 on 2026-10-01 already exists: a/2026-10-01.md: this one is left out",
        ])
    }

    /// Ids are matched case-sensitively, but ids that differ only in case would share one report folder
    /// on a case-insensitive disk: an error at every file of both, and neither client is reported.
    @Test func clientIdsThatDifferOnlyInCaseAreAnErrorAtBoth() {
        let texts = [
            "a.md": H.note("2026-10-01", client: "C-1"),
            "b.md": H.note("2026-10-08", client: "c-1"),
            "c.md": H.note("2026-10-15", client: "C-1"),
            "d.md": H.note("2026-10-15", client: "C-2"),
        ]
        let caseload = H.caseload(texts)
        #expect(caseload.clients == ["C-2"])
        let clash = "name the same report folder on a case-insensitive disk (macOS, Windows, shared drives): "
            + "rename one of them; neither client's reports are written until then"
        #expect(caseload.diagnostics.map(\.formatted) == [
            "a.md: error: client id 'C-1' and 'c-1' (in b.md) \(clash)",
            "b.md: error: client id 'c-1' and 'C-1' (in a.md) \(clash)",
            "c.md: error: client id 'C-1' and 'c-1' (in b.md) \(clash)",
        ])
        #expect(caseload.diagnostics.map(\.client) == ["C-1", "c-1", "C-1"])
    }

    @Test(arguments: [("C-1", "C-1."), ("C-1", "c-1.."), ("Ab", "aB")])
    func idsThatFoldToOneFolderClash(first: String, second: String) {
        let caseload = H.caseload(["a.md": H.note("2026-10-01", client: first), "b.md": H.note("2026-10-08", client: second)])
        #expect(caseload.clients.isEmpty)
        #expect(caseload.diagnostics.count == 2)
    }

    @Test(arguments: ["CON", "nul", "Aux", "COM1", "lpt9", "CON.1"])
    func windowsDeviceNamesAreAnError(client: String) {
        let caseload = H.caseload(["a.md": H.note("2026-10-01", client: client)])
        #expect(caseload.clients.isEmpty)
        #expect(caseload.diagnostics.map(\.formatted) == [
            "a.md: error: client id '\(client)' is a Windows device name: its report folder cannot be made on Windows or a shared drive; rename the client; its reports are not written until then",
        ])
    }

    @Test(arguments: ["COM0", "CONSOLE", "LPT10", "C-0001"])
    func namesLikeDevicesThatAreNotAreFine(client: String) {
        #expect(H.caseload(["a.md": H.note("2026-10-01", client: client)]).clients == [client])
    }

    /// A file of this client whose date is not valid has no date: its diagnostics are in every report.
    @Test func undatedDiagnosticsAppearInEveryReport() {
        let texts = [
            "a.md": H.note("2026-09-01"),
            "bad.md": H.note("2026-02-30"),
        ]
        let september = H.report(texts, period: H.month("2026-09"), allowErrors: true)
        let later = H.report(texts, period: H.month("2027-01"), allowErrors: true)
        #expect(september.warnings.count == 1)
        #expect(september.warnings.first?.hasPrefix("bad.md:3: error: ") == true)
        #expect(later.warnings == september.warnings)
    }

    @Test func crossFileWarningsBelongToTheFileThatRaisedThem() {
        let report = H.report([
            // Line 5: the goal's entry, first seen without a statement.
            "a.md": H.note("2026-10-01", "goals:\n  - { id: walk, area: healthy-lifestyle, progress: 2 }\n"),
        ], period: H.month("2026-10"))
        #expect(report.warnings == [
            "a.md:5: warning: goal 'walk' is first seen without a statement: add 'statement' so reports can say what the goal is",
        ])
    }
}
