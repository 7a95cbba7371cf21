import Testing
@testable import HeadwayKit

/// The discharge summary of V-1's first episode (2026-09-01 to its discharge on 2026-10-31, referred on):
/// golden Markdown, HTML and JSON, the discharge note's sections typed in or lines to write on, the reason
/// in words, and redaction of the note's text.
@Suite("Discharge summary")
struct DischargeDocumentTests {
    static let renderer = try! ReportRenderer(templates: TemplateSet(), configuration: ViewFixtures.configuration)
    static let episode = Period.discharge(from: Day(iso: "2026-09-01")!, to: Day(iso: "2026-10-31")!)

    /// V-1's episode report, from `texts` (default: the fixture's notes).
    static func report(_ texts: [String: String] = AggregationHarness.fixtureTexts("rendering/views"), redact: Bool = false) -> ProgressReport {
        AggregationHarness.report(texts, client: "V-1", period: episode, options: ReportOptions(redact: redact, configuration: ViewFixtures.configuration))
    }

    /// The fixture with its discharge note replaced by `note` (front matter and body).
    static func texts(discharge note: String) -> [String: String] {
        var texts = AggregationHarness.fixtureTexts("rendering/views").filter { !$0.key.hasSuffix(" discharge.md") }
        texts["V-1/2026-10-31 discharge.md"] = note
        return texts
    }

    @Test("Markdown, HTML and JSON match their golden files", arguments: [OutputFormat.markdown, .html, .json])
    func golden(_ format: OutputFormat) throws {
        try RenderingGolden.check(Self.renderer.renderDischarge(Self.report(), as: format, paper: .a4),
                                  golden: "V-1-discharge-2026-10-31.\(format.fileExtension)")
    }

    @Test func theDischargeNoteIsTypedIn() {
        let markdown = Self.renderer.renderDischarge(Self.report(), as: .markdown, paper: .a4)
        #expect(markdown.contains("| Discharge reason | referred on |"))
        #expect(ReviewDocumentTests.section("## Clinician's summary", of: markdown) == "\nReferred on to the community team.\n")
        #expect(ReviewDocumentTests.section("## Recommendations", of: markdown) == "\nKeep up paced breathing daily.\n\nSee the GP in four weeks.\n")
        #expect(markdown.contains("Name: B. Okoro  \nRole: Clinician"))  // the discharge note's clinician signs
        let html = Self.renderer.renderDischarge(Self.report(), as: .html, paper: .letter)
        #expect(html.contains("<li>Keep up <em>paced breathing</em> daily.</li>"))
        #expect(html.contains("size: letter;"))
        #expect(html.contains("Discharge summary 2026-10-31"))
        #expect(!html.contains("class=\"write-in\""))
    }

    @Test func withoutSectionsThereAreLinesToWriteOn() {
        let report = Self.report(Self.texts(discharge: "---\ntype: discharge\nclient: V-1\ndate: 2026-10-31\nreason: declined\n---\n"))
        let markdown = Self.renderer.renderDischarge(report, as: .markdown, paper: .a4)
        let lines = "\n" + Array(repeating: ReviewDocumentTests.ruledLine + "\n", count: 3).joined(separator: "\n")
        #expect(ReviewDocumentTests.section("## Clinician's summary", of: markdown) == lines)
        #expect(ReviewDocumentTests.section("## Recommendations", of: markdown) == lines)
        #expect(markdown.contains("| Discharge reason | declined |"))
        #expect(markdown.contains("Name: A. Rivera  \nRole: Clinician"))  // no clinician in the note: the report's signs
        let html = Self.renderer.renderDischarge(report, as: .html, paper: .a4)
        #expect(html.components(separatedBy: "<div class=\"write-in\">").count == 3)
    }

    @Test func aReplacedTemplateThatHidesTheIncompleteNoticeIsAWarning() throws {
        let files = ["discharge.md.mustache": "x\n", "discharge.html.mustache": "{{#hasErrors}}{{errorCountText}}{{/hasErrors}}\n"]
        #expect(try TemplateSet(files: files, folder: "/t").warnings.map(\.formatted) == [
            "/t/discharge.md.mustache: warning: does not show the \"Incomplete summary\" notice, so its discharge summaries would not say that errors "
                + "in the notes left things out: say so in a `{{#hasErrors}}` section with `{{errorCountText}}`, as the default discharge summary does "
                + "(the list itself belongs to `headway check`)",
        ])
    }

    @Test func redactionLeavesOutTheNotesText() {
        let json = Self.renderer.renderDischarge(Self.report(redact: true), as: .json, paper: .a4)
        #expect(json.contains("\"discharge\": {\n    \"date\": \"2026-10-31\",\n    \"reason\": \"referred-on\",\n    \"clinician\": null,\n    \"summary\": null,\n    \"recommendations\": null\n  }"))
        #expect(!json.contains("community team"))
    }
}

extension DischargeDocumentTests {
    @Test("the goal ratings section is there only when a goal was rated in the episode")
    func goalRatingsOnlyWhenRated() {
        #expect(Self.renderer.renderDischarge(Self.report(), as: .html, paper: .a4).contains("<h2 id=\"goal-charts\">"))
        var report = Self.report()
        for index in report.goals.indices { report.goals[index].ratings = [] }
        let html = Self.renderer.renderDischarge(report, as: .html, paper: .a4)
        #expect(!html.contains("<h2 id=\"goal-charts\">"))
    }
}
