import Foundation
import Testing

/// Values at the edges of what reports can write (fixture `extremes`): scores of 10^15 and more read as
/// numbers (they printed `null` and `+null`), and a review due after 9999-12-31 reads "after 9999-12-31"
/// (`null` in JSON), never a wrapped-around `0000-03-17`.
@Suite struct ExtremeValuesTests {
    static var fixture: String { get throws { try Headway.fixture("extremes").path } }

    @Test func hugeScoresPrintAsNumbersInMarkdownAndHTML() throws {
        let scratch = try Scratch("extremes-numbers")
        let out = scratch.path("out")
        let result = try Headway.run(["report", try Self.fixture, "--client", "C-0951", "--format", "md,html", "-o", out, "--quiet"])
        #expect(result.status == 0, "\(result)")
        let markdown = try Tree.text(URL(fileURLWithPath: out), "C-0951/all.md")
        #expect(markdown.contains("- Steps 1000000000000000 → 2000000000000000.5 (+1000000000000000.5)"), "\(markdown)")
        #expect(markdown.contains("- Big 1.5e+308 → 1.5e+308 (0)"), "\(markdown)")
        let html = try Tree.text(URL(fileURLWithPath: out), "C-0951/all.html")
        #expect(html.contains("Steps scores from 2026-10-01 to 2026-10-08: 2026-10-01 1000000000000000, 2026-10-08 2000000000000000.5. Baseline 1000000000000000."))
        #expect(html.contains("Big scores from 2026-10-01 to 2026-10-08: 2026-10-01 1.5e+308. Baseline 1.5e+308."))
        for text in [markdown, html] { #expect(!text.contains("null")) }
    }

    @Test func aReviewDueAfterTheYear9999ReadsAsSuch() throws {
        let scratch = try Scratch("extremes-due")
        let out = scratch.path("out")
        let result = try Headway.run(["review", try Self.fixture, "--client", "C-0950", "--format", "md,html,json", "-o", out, "--quiet"])
        #expect(result.status == 0, "\(result)")
        let root = URL(fileURLWithPath: out)
        #expect(try Tree.text(root, "C-0950/plan-review-9999-12-25.md").contains("| Next review due | after 9999-12-31 |"))
        #expect(try Tree.text(root, "C-0950/plan-review-9999-12-25.html").contains("<tr><th scope=\"row\">Next review due</th><td>after 9999-12-31</td></tr>"))
        #expect(try Tree.text(root, "C-0950/plan-review-9999-12-25.json").contains("\"reviewDue\": null,"))
    }
}
