import Testing
@testable import HeadwayKit

/// Text and counts render as they did through `String(describing:)`: escaped in HTML, as written in
/// triple braces and in text templates, and still values in sections and transforms.
@Suite struct TextRenderingTests {
    private final class Sample: TemplateView {
        static let fields = ViewFields<Sample>("sample", [
            .value("text") { _ in "<b> & 'x' \"y\"" },
            .value("empty") { _ in "" },
            .value("zero") { _ in 0 },
            .value("negative") { _ in -12 },
        ])
    }

    private func render(_ template: String) throws -> String {
        try TemplateSet(files: ["sample.mustache": template], folder: nil).render(Sample(), template: "sample")
    }

    @Test func textIsEscapedForHTMLOnlyInDoubleBraces() throws {
        #expect(try render("{{text}}") == "&lt;b&gt; &amp; &#39;x&#39; &quot;y&quot;")
        #expect(try render("{{{text}}}") == "<b> & 'x' \"y\"")
        #expect(try render("{{% CONTENT_TYPE: TEXT }}{{text}}") == "<b> & 'x' \"y\"")
    }

    @Test func countsRenderAsDecimalDigits() throws {
        #expect(try render("{{zero}} {{negative}} {{{negative}}}") == "0 -12 -12")
    }

    @Test func emptyTextAndZeroAreStillValuesInSections() throws {
        #expect(try render("{{#empty}}present{{/empty}}{{^zero}}absent{{/zero}}") == "present")
        #expect(try render("{{#text}}[{{.}}]{{/text}}") == "[&lt;b&gt; &amp; &#39;x&#39; &quot;y&quot;]")
    }

    @Test func transformsStillApplyToText() throws {
        #expect(try render("{{uppercased(text)}}") == "&lt;B&gt; &amp; &#39;X&#39; &quot;Y&quot;")
    }
}
