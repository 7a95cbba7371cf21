import Testing
@testable import HeadwayKit

/// Review notes (`type: review`, docs/note-format.md, section 8): validated like every note, read into
/// the plan review of their date, never a session.
@Suite("Review notes")
struct ReviewNoteTests {
    static let plan = """
        ---
        type: plan
        client: C-1
        start: 2026-09-01
        goals:
          - { id: walk, area: healthy-lifestyle, statement: Walk 20 minutes, baseline: 2, target: 8, target-date: 2026-12-31 }
        ---
        """

    static func review(_ yaml: String = "client: C-1\ndate: 2026-10-15\n", body: String = "## Summary\n\nWalks **most** days.\n\n## Updated plan\n\n- Keep walking.\n") -> String {
        "---\ntype: review\n" + yaml + "---\n" + body
    }

    static func parse(_ text: String, path: String = "r.md") -> ParsedFile {
        NoteParser(readsBodies: false).parse(path: path, bytes: Array(text.utf8))
    }

    @Test func aReviewNoteGivesItsSummaryAndUpdatedPlan() throws {
        let parsed = Self.parse(Self.review())
        guard case .review(let note) = parsed.content else { Issue.record("not a review note: \(parsed.content)"); return }
        #expect(parsed.diagnostics.isEmpty)
        #expect(note.client == "C-1" && note.date == Day(iso: "2026-10-15") && note.dateLine == 4 && note.clinician == nil)
        guard case .review(let signed) = Self.parse(Self.review("client: C-1\ndate: 2026-10-15\nclinician: B. Okoro\n")).content else { return }
        #expect(signed.clinician == "B. Okoro")
        #expect(note.summary == RenderedText(html: "Walks <strong>most</strong> days.", text: "Walks most days."))
        #expect(note.updatedPlan?.text == "Keep walking.")
        #expect(note.updatedPlan?.html.contains("<li>Keep walking.</li>") == true)
    }

    @Test("a bad review note gives the diagnostics a session note gives", arguments: [
        ("client: C-1\ndate: 2026-10-15\nclincian: A. Rivera\n",
         ["r.md:5: warning: unknown key 'clincian' in a review note (did you mean 'clinician'?)"], true),
        ("client: C-1\ndate: 2026-11-31\n",
         ["r.md:4: error: 'date' must be a real date written YYYY-MM-DD, got '2026-11-31': the file is left out"], false),
        ("date: 2026-10-15\n", ["r.md: error: missing required key 'client': the file is left out"], false),
        ("client: C 1\ndate: 2026-10-15\n",
         ["r.md:3: error: 'client' must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit; got 'C 1': the file is left out"], false),
    ])
    func badReviewNotes(yaml: String, expected: [String], read: Bool) {
        let parsed = Self.parse(Self.review(yaml))
        #expect(parsed.diagnostics.sorted().map(\.formatted) == expected)
        if case .review = parsed.content { #expect(read) } else { #expect(!read) }
    }

    @Test func aMissingOrEmptySectionIsAWarning() {
        let parsed = Self.parse(Self.review(body: "## Summary\n\n## Notes\n\nNothing else.\n"))
        #expect(parsed.diagnostics.sorted().map(\.formatted) == [
            "r.md:4: warning: review note has no 'Updated plan' section (a heading '## Updated plan'): the review leaves a box to write it in by hand",
            "r.md:6: warning: review note's 'Summary' section is empty: the review leaves a box to write it in by hand",
        ])
        guard case .review(let note) = parsed.content else { Issue.record("not a review note"); return }
        #expect(note.summary == nil && note.updatedPlan == nil)
    }

    @Test func aSecondWrittenSectionIsAWarningAndAnEmptyFirstOneGivesWayToIt() {
        let body = "## Summary\n\nWalks most days.\n\n## Updated plan\n\n## Summary\n\nSleeps better too.\n\n## Updated plan\n\n- Keep walking.\n"
        let parsed = Self.parse(Self.review(body: body))
        #expect(parsed.diagnostics.sorted().map(\.formatted) == [
            "r.md:12: warning: a second 'Summary' section in this review note is not read: the review shows the first, on line 6; write it under that one",
        ])
        guard case .review(let note) = parsed.content else { Issue.record("not a review note"); return }
        #expect(note.summary?.text == "Walks most days.")
        #expect(note.updatedPlan?.text == "Keep walking.")  // the empty first 'Updated plan' is not the one read
    }

    @Test func theReviewOfItsDateShowsItAndItIsNoSession() throws {
        let caseload = try Caseload.read(from: InMemoryNoteSource(texts: [
            "plan.md": Self.plan, "n.md": AggregationHarness.note("2026-10-08", client: "C-1", "goals:\n  - { id: walk, progress: 4 }\n"),
            "r.md": Self.review(),
        ]))
        #expect(caseload.notes.count == 1 && caseload.reviews.count == 1)
        #expect(caseload.lastDay(of: "C-1") == Day(iso: "2026-10-15"))  // the review's default date
        let reports = ClientReports(client: "C-1", caseload: caseload)
        let review = reports.report(for: Period.range(from: Day(iso: "2026-09-01")!, to: Day(iso: "2026-10-15")!))
        #expect(review.sessions.attended == 1)
        #expect(review.planReview?.note?.summary?.text == "Walks most days.")
        let earlier = reports.report(for: Period.range(from: Day(iso: "2026-09-01")!, to: Day(iso: "2026-10-14")!))
        #expect(earlier.planReview?.note == nil)
        let redacted = ClientReports(client: "C-1", caseload: caseload, options: ReportOptions(redact: true))
            .report(for: Period.range(from: Day(iso: "2026-09-01")!, to: Day(iso: "2026-10-15")!))
        #expect(redacted.planReview?.note == nil)
    }

    @Test func aSecondReviewNoteOfOneDateIsAnError() throws {
        let caseload = try Caseload.read(from: InMemoryNoteSource(texts: ["plan.md": Self.plan, "a.md": Self.review(), "b.md": Self.review()]))
        #expect(caseload.reviews.map(\.path) == ["a.md"])
        #expect(caseload.diagnostics.map(\.formatted) == [
            "b.md:4: error: another review note for client C-1 on 2026-10-15 already exists: a.md: this one is left out",
        ])
    }
}
