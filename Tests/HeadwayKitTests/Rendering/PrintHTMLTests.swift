import Testing
@testable import HeadwayKit

/// The report's HTML for print: `report.html` with `report-print` (page size, running header, page
/// numbers, page breaks), which the HTML file leaves out.
@Suite struct PrintHTMLTests {
    @Test func thePrintHTMLHasThePagedMediaCSSAndTheHTMLFileDoesNot() throws {
        let report = RenderingGolden.report()
        let renderer = try RenderingGolden.renderer()
        let file = renderer.render(report, as: .html)
        #expect(!file.contains("@page"))
        for (paper, size) in [(Paper.a4, "size: A4;"), (.letter, "size: letter;")] {
            let print = renderer.renderForPrint(report, paper: paper)
            #expect(print.contains(size))
            #expect(print.contains("@top-left { content: \"Client \(report.client.id) · Progress report \(report.period.label)"))
            #expect(print.contains("content: \"Page \" counter(page) \" of \" counter(pages)"))
            #expect(print.contains("break-after: avoid") && print.contains("break-inside: avoid"))
            // Apart from the print CSS, the document is the HTML file.
            let css = try #require(print.range(of: "@page {"))
            let end = try #require(print.range(of: "</style>"))
            #expect(String(print[..<css.lowerBound]) + String(print[end.lowerBound...]) == file)
        }
    }

    @Test func thePrintViewAnswersThePaperAndEveryReportName() throws {
        let renderer = try RenderingGolden.renderer()
        let view = PrintedReportView(renderer.view(of: RenderingGolden.report(), as: .html), paper: .letter)
        #expect(view.child(named: "paper") as? String == "letter")
        #expect(view.child(named: "client") is ClientView)
        #expect(Set(PrintedReportView.schema.kinds.keys) == Set(ReportView.schema.kinds.keys).union(["paper"]))
        #expect(PrintedReportView.schema.object == ReportView.schema.object)
    }
}
