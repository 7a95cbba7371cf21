import Foundation
import Testing

/// `headway review`: the treatment-plan review document in every format, PDF through WeasyPrint
/// (installed by .ci/run), checked with pdftotext and pdfinfo from poppler-utils.
@Suite struct ReviewCommandTests {
    static let samples = Headway.repoRoot.appendingPathComponent("Samples/notes").path


    @Test func writesTheReviewInMarkdownHTMLAndJSON() throws {
        let scratch = try Scratch("review")
        let out = scratch.path("out")
        let result = try Headway.run(["review", Self.samples, "--client", "C-0217", "--format", "md,html,json", "-o", out])
        #expect(result.status == 0, "\(result)")
        let root = URL(fileURLWithPath: out)
        #expect(try Tree.files(root) == ["C-0217/plan-review-2026-11-19.html", "C-0217/plan-review-2026-11-19.json", "C-0217/plan-review-2026-11-19.md"])
        let markdown = try Tree.text(root, "C-0217/plan-review-2026-11-19.md")
        for expected in [
            "# Treatment plan review: C-0217 (Priya K.)", "| Plan start | 2026-09-01 |", "| Review date | 2026-11-19 |",
            "| Next review due | 2026-11-24 |", "| Goals on track | 2 of 3 |", "**self-compassion** has no target date.",
            "## Revisions since the plan started", "## Celebrated milestones", "## Signatures", "**Clinician**", "**Client**",
            "Name: Priya K.  \nRole: Client  \nDate: ______________  \nSignature: ______________________________",
            "| PHQ-9 | 14 | 10 | 9 | not yet | moderate | none |",
        ] {
            #expect(markdown.contains(expected), "missing: \(expected)")
        }
        let html = try Tree.text(root, "C-0217/plan-review-2026-11-19.html")
        #expect(html.contains("@page {\n  size: A4;"))
        #expect(html.contains("counter(page) \" of \" counter(pages)"))
        #expect(!html.contains("<script"))
        let json = try jsonObject(root, "C-0217/plan-review-2026-11-19.json")
        let period = try #require(json["period"] as? [String: Any])
        #expect(period["from"] as? String == "2026-09-01" && period["to"] as? String == "2026-11-19")
        let review = try #require(json["planReview"] as? [String: Any])
        #expect(review["reviewDue"] as? String == "2026-11-24")
        #expect(review["unplanned"] as? [String] == ["values-steps"])
    }

    @Test func aReviewDateChoosesThePeriod() throws {
        let scratch = try Scratch("review-date")
        let out = scratch.path("out")
        let result = try Headway.run(["review", Self.samples, "--client", "C-0142", "--date", "2026-10-15", "--format", "json", "-o", out])
        #expect(result.status == 0, "\(result)")
        let json = try jsonObject(URL(fileURLWithPath: out), "C-0142/plan-review-2026-10-15.json")
        let period = try #require(json["period"] as? [String: Any])
        #expect(period["to"] as? String == "2026-10-15")
        let sessions = try #require(json["sessions"] as? [String: Any])
        #expect(sessions["attended"] as? Int == 7)   // 2026-09-02 … 2026-10-14
    }

    @Test func printsAPDFWithPageNumbersAndTheRunningHeader() throws {
        let scratch = try Scratch("review-pdf")
        let out = scratch.path("out")
        let result = try Headway.run(["review", Self.samples, "--client", "C-0217", "--format", "pdf", "-o", out], timeout: 120)
        #expect(result.status == 0, "\(result)")
        let pdf = scratch.path("out/C-0217/plan-review-2026-11-19.pdf")
        let text = try ExternalTool.output("pdftotext", ["-layout", pdf, "-"])
        for expected in ["Treatment plan review", "Client C-0217 · Treatment plan review 2026-11-19", "Page 1 of", "distress-tolerance",
                         "Next review due", "2026-11-24", "SMART gaps to fix", "Signatures"] {
            #expect(text.contains(expected), "missing from the PDF: \(expected)")
        }
        let info = try ExternalTool.output("pdfinfo", [pdf])
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.map { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) ?? 0 } ?? 0
        #expect(pages >= 2 && pages <= 6, "\(info)")
        #expect(text.contains("Page \(pages) of \(pages)"))
        #expect(info.contains("A4"), "\(info)")
    }

    @Test func letterPaper() throws {
        let scratch = try Scratch("review-letter")
        let out = scratch.path("out")
        let result = try Headway.run(["review", Self.samples, "--client", "C-0142", "--format", "pdf", "--paper", "letter", "-o", out], timeout: 120)
        #expect(result.status == 0, "\(result)")
        let info = try ExternalTool.output("pdfinfo", [scratch.path("out/C-0142/plan-review-2026-11-25.pdf")])
        #expect(info.contains("612 x 792 pts (letter)"), "\(info)")
    }

    @Test func withoutWeasyPrintTheOtherFormatsAreStillWritten() throws {
        let scratch = try Scratch("review-nopdf")
        let out = scratch.path("out")
        let result = try Headway.run(["review", Self.samples, "--client", "C-0217", "--format", "md,pdf,html", "-o", out],
                                     environment: ["PATH": scratch.path("empty-bin")])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("C-0217/plan-review-2026-11-19.pdf: error: weasyprint is not installed: install the Debian package 'weasyprint' (apt-get install weasyprint) to write PDF"), "\(result)")
        #expect(try Tree.files(URL(fileURLWithPath: out)) == ["C-0217/plan-review-2026-11-19.html", "C-0217/plan-review-2026-11-19.md"])
    }

    @Test func aClientWithoutAPlanCannotBeReviewed() throws {
        let scratch = try Scratch("review-noplan")
        let out = scratch.path("out")
        let result = try Headway.run(["review", Self.samples, "--client", "C-0305", "-o", out])
        #expect(result.status == 2)
        #expect(result.stderr.contains("client 'C-0305' has no treatment plan starting on or before 2026-11-23"), "\(result)")
        #expect(!Tree.exists(out))
    }

    @Test func badArgumentsExit2() throws {
        for arguments in [["--date", "2026-02-30"], ["--paper", "a5"], ["--format", "docx"]] {
            let result = try Headway.run(["review", Self.samples, "--client", "C-0217"] + arguments)
            #expect(result.status == 2, "\(arguments): \(result)")
        }
    }

    @Test func redactedReviewsNameNobodyAndQuoteNothing() throws {
        let scratch = try Scratch("review-redact")
        let out = scratch.path("out")
        let result = try Headway.run(["review", Self.samples, "--client", "C-0217", "--format", "md,html,json,pdf", "--redact", "-o", out], timeout: 120)
        #expect(result.status == 0, "\(result)")
        let root = URL(fileURLWithPath: out)
        var texts = try ["md", "html", "json"].map { try Tree.text(root, "C-0217/plan-review-2026-11-19.\($0)") }
        texts.append(try ExternalTool.output("pdftotext", [scratch.path("out/C-0217/plan-review-2026-11-19.pdf"), "-"]))
        for text in texts {
            #expect(!text.contains("Priya"))
            #expect(!text.contains("Okafor"))
            #expect(text.contains("C-0217"))
        }
    }
}
