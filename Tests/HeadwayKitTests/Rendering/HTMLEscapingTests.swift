import Testing
@testable import HeadwayKit

/// Headway's `HTML` escaping gives what swift-mustache's own gives, the escaping of a template
/// without the setting.
@Suite struct HTMLEscapingTests {
    private final class Sample: TemplateView {
        let text: String
        init(_ text: String) { self.text = text }
        static let fields = ViewFields<Sample>("sample", [.value("text") { $0.text }])
    }

    private func render(_ template: String, _ text: String) throws -> String {
        try TemplateSet(files: ["sample.mustache": template], folder: nil).render(Sample(text), template: "sample")
    }

    @Test(arguments: ["plain text, 12.5 – é", "", "<b> & 'x' \"y\"", "a<\u{338}b", "&\u{301}<>", "e\u{301}'\r\n\""])
    func escapesAsTheLibraryDoes(text: String) throws {
        let library = try render("{{text}}", text)
        #expect(try render("{{% CONTENT_TYPE: HTML }}\n{{text}}", text) == library)
        #expect(HTMLEscaping().escapeText(text) == library)
    }

    @Test func replacesTheFiveCharacters() {
        #expect(HTMLEscaping().escapeText("<b> & 'x' \"y\"") == "&lt;b&gt; &amp; &#39;x&#39; &quot;y&quot;")
        #expect(HTMLEscaping().escapeText("≮ a<\u{338}") == "≮ a<\u{338}")
    }
}
