import Testing
@testable import HeadwayKit

/// The review document's typed-in parts, in Markdown and HTML: the review note's summary and updated plan
/// when there is one for the review date, else lines to write on; signatures; diagnostics only in the appendix.
@Suite("Review document")
struct ReviewDocumentTests {
    static let renderer = try! ReportRenderer(templates: TemplateSet(), configuration: ViewFixtures.configuration)
    static let ruledLine = String(repeating: "_", count: 80)

    /// V-1's review without its review note.
    static func reviewWithoutNote() -> ProgressReport {
        let texts = AggregationHarness.fixtureTexts("rendering/views").filter { !$0.key.hasSuffix("-review.md") }
        return AggregationHarness.report(texts, client: "V-1", period: Period.range(from: Day(iso: "2026-09-01")!, to: Day(iso: "2026-10-31")!),
                                         options: ReportOptions(configuration: ViewFixtures.configuration))
    }

    /// The text from `heading` up to the next `## ` heading.
    static func section(_ heading: String, of markdown: String) -> String {
        guard let start = markdown.range(of: heading + "\n") else { return "" }
        let rest = markdown[start.upperBound...]
        return String(rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)])
    }

    @Test func aReviewNoteIsTypedIn() {
        let markdown = Self.renderer.renderReview(ViewFixtures.review(), as: .markdown, paper: .a4)
        #expect(Self.section("## Clinician's summary", of: markdown) == "\nSam uses paced breathing most days and meets a friend weekly .\n")  // raw HTML is left out, as in excerpts
        #expect(Self.section("## Updated plan", of: markdown) == "\nGive sleep a target of 6 by 2027-01-31.\n\nKeep paced breathing.\n")
        #expect(!markdown.contains("&nbsp;"))
        let html = Self.renderer.renderReview(ViewFixtures.review(), as: .html, paper: .a4)
        #expect(html.contains("<div class=\"typed-in\">Sam uses paced breathing most days and <strong>meets a friend</strong> weekly <!-- raw HTML omitted -->.</div>"))
        #expect(html.contains("<li>Give <em>sleep</em> a target of 6 by 2027-01-31.</li>"))
        #expect(!html.contains("class=\"write-in\""))
    }

    @Test func withoutAReviewNoteThereAreLinesToWriteOn() {
        let markdown = Self.renderer.renderReview(Self.reviewWithoutNote(), as: .markdown, paper: .a4)
        let lines = "\n" + Array(repeating: Self.ruledLine + "\n", count: 3).joined(separator: "\n")
        #expect(Self.section("## Clinician's summary", of: markdown) == lines)
        #expect(Self.section("## Updated plan", of: markdown) == lines)
        #expect(!markdown.contains("&nbsp;"))
        let html = Self.renderer.renderReview(Self.reviewWithoutNote(), as: .html, paper: .a4)
        #expect(html.components(separatedBy: "<div class=\"write-in\">").count == 3)
        #expect(!html.contains("<div class=\"typed-in\">"))
    }

    @Test func twoSignatureBlocks() {
        let markdown = Self.renderer.renderReview(ViewFixtures.review(), as: .markdown, paper: .a4)
        #expect(Self.section("## Signatures", of: markdown) == """

            **Clinician**

            Name: B. Okoro  
            Role: Clinician  
            Date: ______________  
            Signature: ______________________________

            **Client**

            Name: Sam \\<Lee\\>  
            Role: Client  
            Date: ______________  
            Signature: ______________________________

            """)
        let html = Self.renderer.renderReview(ViewFixtures.review(), as: .html, paper: .a4)
        #expect(html.components(separatedBy: "<div class=\"signature\">").count == 3)
        #expect(Self.renderer.renderReview(Self.reviewWithoutNote(), as: .markdown, paper: .a4).contains("Name: A. Rivera  \nRole: Clinician"))
    }

    @Test func diagnosticsOnlyInTheAppendixAskedFor() throws {
        var review = ViewFixtures.review()
        let warning = "V-1/2026-10-07.md:5: warning: unknown key 'clincian' in a session note <b>"
        review.warnings = [warning]
        for format in [OutputFormat.markdown, .html] {
            let plain = Self.renderer.renderReview(review, as: format, paper: .a4)
            #expect(!plain.contains("problems found in this client's notes"))
            #expect(!plain.contains("unknown key"))
            let withAppendix = ReportRenderer(templates: try TemplateSet(), configuration: ViewFixtures.configuration, reviewDiagnostics: true)
                .renderReview(review, as: format, paper: .a4)
            #expect(withAppendix.contains("Appendix: problems found in this client's notes"))
            #expect(withAppendix.contains("unknown key"))
        }
        let markdown = ReportRenderer(templates: try TemplateSet(), configuration: ViewFixtures.configuration, reviewDiagnostics: true)
            .renderReview(review, as: .markdown, paper: .a4)
        #expect(markdown.hasSuffix("- \(MarkdownEscaping.escape(warning))\n"))
    }
}
