import Foundation
import Testing
@testable import HeadwayKit

private typealias H = AggregationHarness

/// The corrections and additions of the note format and report model version 2 (docs/note-format.md, docs/report-model.md) that are not about one
/// decoder's values: drafts, templates, Obsidian properties, cancellations, what a report says when it is
/// incomplete, and how redaction names files.
@Suite struct SpecVersion2Tests {
    // MARK: Files that are not notes

    @Test func aDraftIsInNoReportAndIsAWarning() {
        let caseload = H.caseload([
            "a.md": H.note("2026-10-01", "draft: true\ngoals:\n  - { id: g, area: coping-skills, statement: S, progress: 5 }\n"),
            "b.md": H.note("2026-10-08", "draft: false\n"),
        ])
        #expect(caseload.notes.map(\.path) == ["b.md"])
        #expect(caseload.diagnostics.map(\.formatted) == ["a.md:4: warning: draft, not in reports (remove 'draft: true' once the session has taken place)"])
    }

    @Test(arguments: [
        ("date: {{date}}", "{{date}}", 3),
        ("date: {{date:YYYY-MM-DD}}", "{{date:YYYY-MM-DD}}", 3),
        ("date: \"{{ title }}\"", "{{ title }}", 3),
        ("date: <% tp.date.now(\"YYYY-MM-DD\") %>", "<% tp.date.now(\"YYYY-MM-DD\") %>", 3),
    ] as [(String, String, Int)])
    func aTemplateIsSkippedWithAWarningNamingItsPlaceholder(line: String, placeholder: String, at number: Int) {
        let caseload = H.caseload(["_templates/Session.md": "---\nclient: C-1\n\(line)\n---\n"])
        #expect(caseload.notes.isEmpty)
        #expect(caseload.diagnostics.map(\.formatted) == [
            "_templates/Session.md:\(number): warning: looks like a note template, not a note (its date is the placeholder '\(placeholder)'): skipped; add its folder to 'exclude' in headway.yml",
        ])
    }

    /// A placeholder left in another key or a comment does not make a real note a template.
    @Test func aPlaceholderOutsideClientAndDateIsText() {
        let caseload = H.caseload(["a.md": H.note("2026-10-14", "x-created: \"{{date}}\"\naliases: [\"{{title}}\"]\n# made {{date}}\n")])
        #expect(caseload.notes.count == 1)
        #expect(caseload.diagnostics.isEmpty)
    }

    /// Warnings and errors of files that are not read still reach the client they name.
    @Test func skippedAndRejectedFilesAreTheirClients() {
        let caseload = H.caseload([
            "t.md": "---\nclient: C-1\ndate: {{date}}\n---\n",
            "u.md": "---\nclient: C-1\ndate: 2026-10-02\ntype: Visit\n---\n",
            "v.md": "---\nclient: C-1\ndate: 2026-10-03\n",
            "w.md": "---\nclient: C-1\ndate: 2026-10-04\ndraft: true\n---\n",
        ])
        #expect(caseload.diagnostics.map(\.client) == ["C-1", "C-1", "C-1", "C-1"])
        #expect(caseload.diagnostics.map(\.date) == [nil, H.day("2026-10-02"), H.day("2026-10-03"), H.day("2026-10-04")])
        #expect(caseload.clientsNeedingAttention == ["C-1"])
    }

    @Test(arguments: ["yes", "maybe", "1"])
    func aDraftWrittenOtherwiseIsStillADraft(value: String) {
        let caseload = H.caseload(["a.md": H.note("2026-10-01", "draft: \(value)\n")])
        #expect(caseload.notes.isEmpty)
        #expect(caseload.diagnostics.map(\.formatted) == ["a.md:4: warning: 'draft' should be true or false, got '\(value)': read as a draft, not in reports"])
    }

    @Test func typeIsMatchedInAnyCase() {
        #expect(H.caseload(["a.md": H.note("2026-10-01", "type: Session\n")]).notes.count == 1)
    }

    @Test func bracesThatAreNoTemplatePlaceholderAreNoteText() {
        let caseload = H.caseload(["a.md": H.note("2026-10-01", "clinician: \"{{clinician}} <%= x %>\"\n")])
        #expect(caseload.notes.first?.clinician == "{{clinician}} <%= x %>")
        #expect(caseload.diagnostics.isEmpty)
    }

    @Test func obsidianPropertiesAndXKeysAreAcceptedSilently() {
        let yaml = "tags: [therapy]\naliases: [Oct]\ncssclasses: [wide]\npublish: false\nx-mood: low\nx-anything: { a: 1 }\n"
        let caseload = H.caseload([
            "a.md": H.note("2026-10-01", yaml),
            "plan.md": "---\ntype: plan\nclient: C-1\nstart: 2026-09-01\n" + yaml + "---\n",
        ])
        #expect(caseload.notes.count == 1 && caseload.plans.count == 1)
        #expect(caseload.diagnostics.isEmpty)
        // Not every key is Obsidian's: a near one is still a warning.
        #expect(H.caseload(["a.md": H.note("2026-10-01", "tag: [x]\n")]).diagnostics.count == 1)
    }

    // MARK: Cancellations

    @Test func aGoalEntryInACancelledNoteIsAWarningWhateverItHolds() {
        let caseload = H.caseload(["a.md": H.note("2026-10-01", "attendance: cancelled\ngoals:\n  - { id: g, statement: New words, status: paused }\n")])
        #expect(caseload.diagnostics.map(\.formatted) == [
            "a.md:6: warning: goal 'g' in a cancelled session is ignored: its statement, status and revision are read only from an attended session",
        ])
    }

    @Test func aNearMissOfAListKeySaysWhatIsNotRead() {
        let caseload = H.caseload(["a.md": H.note("2026-10-01", "measure:\n  PHQ-9: { score: 22, item9: 2 }\nMilestones: [Got a job]\n")])
        #expect(caseload.diagnostics.map(\.formatted) == [
            "a.md:4: warning: unknown key 'measure' in a session note (did you mean 'measures'?): its scores are not read (nor any safety flag from them)",
            "a.md:6: warning: unknown key 'Milestones' in a session note (did you mean 'milestones'?): its milestones are not read",
        ])
    }

    /// A session number that was written but rejected does not make the note a duplicate of another that day.
    @Test func aRejectedSessionNumberIsNoDuplicate() {
        let caseload = H.caseload([
            "a.md": H.note("2026-10-01", "session: 1\nmeasures:\n  PHQ-9: 15\n"),
            "b.md": H.note("2026-10-01", "session: \"2\"\nmeasures:\n  PHQ-9: 14\n"),
        ])
        #expect(Set(caseload.notes.map(\.path)) == ["a.md", "b.md"])
        #expect(caseload.diagnostics.count == 1)
    }

    @Test func aCancellationByTheClinicianIsNotHeldAgainstTheClient() {
        let report = H.report([
            "a.md": H.note("2026-10-01"),
            "b.md": H.note("2026-10-08", "attendance: cancelled\ncancelled-by: clinician\n"),
            "c.md": H.note("2026-10-15", "attendance: cancelled\n"),
            "d.md": H.note("2026-10-22", "attendance: no-show\n"),
        ], period: H.month("2026-10"))
        #expect(report.sessions.scheduled == 4)
        #expect(report.sessions.cancelled == 2)
        #expect(report.sessions.cancelledByClinician == 1)
        #expect(report.sessions.attendanceRate == 1.0 / 3.0)
    }

    @Test func aMonthOfClinicianCancellationsOnlyHasNoRate() {
        let report = H.report(["b.md": H.note("2026-10-08", "attendance: cancelled\ncancelled-by: clinician\n")], period: H.month("2026-10"))
        #expect(report.sessions.attendanceRate == nil)
    }

    @Test func cancelledByIsReadOnlyInACancelledNote() {
        let caseload = H.caseload([
            "a.md": H.note("2026-10-01", "cancelled-by: clinician\n"),
            "b.md": H.note("2026-10-08", "attendance: cancelled\ncancelled-by: therapist\n"),
        ])
        #expect(caseload.diagnostics.map(\.formatted) == [
            "a.md:4: warning: 'cancelled-by' is read only in a cancelled note (this one is attended): ignored",
            "b.md:5: error: 'cancelled-by' must be one of client, clinician, got 'therapist': 'cancelled-by' is left out (a cancellation by the client is assumed)",
        ])
        #expect(caseload.notes.map(\.cancelledBy) == [nil, nil])
    }

    @Test func cancelledAndNoShowNotesDoNotSetTheHeader() {
        let report = H.report([
            "a.md": H.note("2026-10-01", "clinician: A. Rivera\nclient-name: Jordan M.\n"),
            "b.md": H.note("2026-10-08", "attendance: cancelled\nclinician: Locum\nclient-name: Wrong\n"),
            "c.md": H.note("2026-10-15", "attendance: no-show\nclinician: Other\n"),
        ], period: H.month("2026-10"))
        #expect(report.clinician == "A. Rivera")
        #expect(report.client.name == "Jordan M.")
    }

    // MARK: Plan review

    @Test func unplannedGoalsComeFromSessionNotesOnly() throws {
        let report = H.report([
            "old-plan.md": "---\ntype: plan\nclient: C-1\nstart: 2026-08-01\ngoals:\n  - { id: old, area: coping-skills, statement: Old goal }\n---\n",
            "plan.md": "---\ntype: plan\nclient: C-1\nstart: 2026-09-01\ngoals:\n  - { id: kept, area: coping-skills, statement: Kept }\nmeasures:\n  PHQ-9: { target: 9 }\n---\n",
            "a.md": H.note("2026-09-10", "goals:\n  - { id: new, area: relationships, statement: New goal, progress: 3 }\nmeasures:\n  PHQ-9: 18\n"),
            "b.md": H.note("2026-10-10", "measures:\n  PHQ-9: 12\n"),
        ], period: H.month("2026-10"))
        let review = try #require(report.planReview)
        #expect(review.unplanned == ["new"])  // `old` is only in an older plan
        // A plan measure without a baseline takes the first score ever.
        #expect(review.measures.first?.baseline == 18)
        #expect(review.measures.first?.current == 12)
    }

    // MARK: Incomplete reports

    @Test func aReportListsItsErrorsAndAFileWithAYAMLErrorIsItsClients() {
        let texts = [
            "a.md": H.note("2026-10-01", "goals:\n  - { id: g, area: coping-skills, statement: S, progress: 11 }\nmeasures:\n  PHQ-9: 12\n"),
            "b.md": "---\nclient: C-1\ndate: 2026-10-08\nclinician: A: B\n---\nRejected text.\n",
        ]
        let caseload = H.caseload(texts)
        #expect(caseload.clientsNeedingAttention == ["C-1"])
        let report = H.report(texts, period: H.month("2026-10"), allowErrors: true)
        #expect(report.errors == [
            "a.md:5: error: 'progress' must be between 0 and 10, got 11: this rating is left out",
            "b.md:4: error: YAML syntax error: mapping values are not allowed in this context: the file is left out",
        ])
        // The rest of a.md is kept.
        #expect(report.sessions.attended == 1)
        #expect(report.measures.first?.scores.map(\.score) == [12])
        #expect(report.goals.first?.statement == "S")
    }

    @Test func aRejectedLastSessionStretchesTheReportsThatNameIt() {
        let texts = [
            "a.md": H.note("2026-10-01"),
            "b.md": "---\nclient: C-1\ndate: 2026-11-05\nclinician: A: B\n---\n",
        ]
        let reports = ClientReports(client: "C-1", caseload: H.caseload(texts))
        #expect(reports.dates.allSessions?.to == H.day("2026-11-05"))
        #expect(reports.dates.months.map(\.slug) == ["2026-10", "2026-11"])
        let november = reports.report(for: H.month("2026-11"))
        #expect(november.sessions.scheduled == 0)
        #expect(november.errors.count == 1)
    }

    @Test func redactedDiagnosticsNameFilesByDate() {
        let texts = [
            "Jordan Miller/2026-10-07 Jordan.md": H.note("2026-10-07", "goals:\n  - { id: g, area: coping-skills, statement: S, progress: 6/10 }\n"),
            "Jordan Miller/2026-10-07 copy.md": H.note("2026-10-07"),
            "Jordan Miller/plan.md": "---\ntype: plan\nclient: C-1\nstart: 2026-09-01\nmood: x\n---\n",
            "Jordan Miller/broken.md": "---\nclient: C-1\ndate: 2026-10-09\nclinician: A: B\n---\n",
            "Jordan Miller/undated.md": "---\nclient: C-1\nclinician: A: B\n---\n",
        ]
        let report = H.report(texts, period: H.month("2026-10"), options: H.options(redact: true), allowErrors: true)
        #expect(report.warnings == [
            "note of 2026-10-07, line 5: error: 'progress' must be a number, got '6/10': this rating is left out",
            // The duplicate is no note of the history: a file of its date, quoting the kept note by its date.
            "file of 2026-10-07, line 3: error: another note for client C-1 on 2026-10-07 already exists: note of 2026-10-07: this one is left out",
            "file of 2026-10-09, line 4: error: YAML syntax error: mapping values are not allowed in this context: the file is left out",
            "plan of 2026-09-01, line 5: warning: unknown key 'mood' in a plan",
            "a file, line 3: error: YAML syntax error: mapping values are not allowed in this context: the file is left out",
        ])
        for line in report.warnings { #expect(!line.contains("Jordan"), "\(line)") }
    }

    // MARK: Measures

    /// A mistyped or missing PHQ-9 total never takes the item-9 answer, and its safety flag, with it.
    @Test(arguments: ["{ score: 30, item9: 2 }", "{ item9: 2 }", "{ score: high, item9: 2 }"])
    func anItem9AnswerOutlivesABadTotal(entry: String) {
        let texts = ["a.md": H.note("2026-10-07", "measures:\n  PHQ-9: \(entry)\n  GAD-7: 9\n")]
        let report = H.report(texts, period: H.month("2026-10"), allowErrors: true)
        #expect(report.safetyFlags == [SafetyFlag(date: H.day("2026-10-07"), instrument: "PHQ-9", item: "item9", value: 2)])
        #expect(report.measures.map(\.instrument) == ["GAD-7"])
        #expect(report.errors.count == 1)
        #expect(report.errors.first?.hasSuffix("this score is left out") == true, "\(report.errors)")
    }

    @Test func theSameInstrumentTwiceInOneNoteIsAValueError() {
        let caseload = H.caseload(["a.md": H.note("2026-10-07", "measures:\n  PHQ-9: 10\n  phq9: 20\n  GAD-7: 4\n")])
        #expect(caseload.diagnostics.map(\.formatted) == ["a.md:6: error: measure 'PHQ-9' appears twice in this note (first on line 5): this second score is left out"])
        #expect(caseload.notes.first?.measures.map(\.score) == [10, 4])
    }

    @Test func aMeasureWithoutANameIsAValueError() {
        let caseload = H.caseload(["a.md": H.note("2026-10-07", "measures:\n  \"\": 10\n  GAD-7: 4\n")])
        #expect(caseload.diagnostics.map(\.formatted) == ["a.md:5: error: a measure without an instrument name: this score is left out"])
        #expect(caseload.notes.first?.measures.map(\.instrument) == ["GAD-7"])
    }

    // MARK: Goals and clients that are nearly right

    @Test(arguments: [("journalling", "journaling"), ("Paced_Breathing", "paced-breathing"), ("pacedbreathing", "paced-breathing")])
    func aGoalFirstSeenWithoutAStatementNearAGoalOfTheClientSuggestsIt(typed: String, meant: String) {
        let caseload = H.caseload([
            "a.md": H.note("2026-10-01", "goals:\n  - { id: journaling, area: self-awareness, statement: Journal }\n  - { id: paced-breathing, area: coping-skills, statement: Breathe }\n"),
            "b.md": H.note("2026-10-08", "goals:\n  - { id: \(typed), progress: 5 }\n"),
        ])
        #expect(caseload.diagnostics.map(\.formatted) == [
            "b.md:5: warning: goal '\(typed)' is first seen without a statement (did you mean '\(meant)'?): add 'statement' so reports can say what the goal is",
        ])
    }

    @Test func aGoalFarFromEveryOtherGetsNoSuggestion() {
        let caseload = H.caseload([
            "a.md": H.note("2026-10-01", "goals:\n  - { id: journaling, area: self-awareness, statement: Journal }\n"),
            "b.md": H.note("2026-10-08", "goals:\n  - { id: sleep, progress: 5 }\n"),
        ])
        #expect(caseload.diagnostics.map(\.message) == ["goal 'sleep' is first seen without a statement: add 'statement' so reports can say what the goal is"])
    }

    @Test func clientSuggestionsAreCaseAndPunctuationOnly() {
        let caseload = H.caseload(["a.md": H.note("2026-10-01", client: "C-0201"), "b.md": H.note("2026-10-01", client: "C-0202")])
        #expect(caseload.didYouMean(client: "c-0201") == " (did you mean 'C-0201'?)")
        #expect(caseload.didYouMean(client: "C0201") == " (did you mean 'C-0201'?)")
        #expect(caseload.didYouMean(client: "C-0203") == "")
    }

    @Test func clientSummariesCountNotesAndPlans() {
        let caseload = H.caseload([
            "a.md": H.note("2026-10-01", client: "C-2"),
            "b.md": H.note("2026-10-08", client: "C-2", "attendance: no-show\n"),
            "p.md": "---\ntype: plan\nclient: C-1\nstart: 2026-09-01\n---\n",
        ])
        #expect(caseload.clientSummaries == [
            ClientSummary(client: "C-1", notes: 0, plans: 1, first: nil, last: nil),
            ClientSummary(client: "C-2", notes: 2, plans: 0, first: H.day("2026-10-01"), last: H.day("2026-10-08")),
        ])
        #expect(caseload.clientSummaries.map(\.line) == ["C-1  0 notes  1 plan  no session notes", "C-2  2 notes  0 plans  2026-10-01 to 2026-10-08"])
    }
}
