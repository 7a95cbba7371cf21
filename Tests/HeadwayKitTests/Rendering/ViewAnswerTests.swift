import Testing
@testable import HeadwayKit

/// The views on real reports agree with their schemas: every declared name gives a value somewhere in
/// the fixtures (so no declared name is dead or misspelled in the view), each value is of the declared
/// kind, and an undeclared name gives nothing.
@Suite("Template views on real reports")
struct ViewAnswerTests {
    /// Walks view trees, noting per object the names that gave a value.
    struct Walk {
        var answered: [String: Set<String>] = [:]
        var problems: [String] = []

        mutating func visit(_ view: any TemplateView) {
            let schema = type(of: view).schema
            for undeclared in ["nmae", "", "Goals", "has"] where view.child(named: undeclared) != nil {
                problems.append("\(schema.object) answers undeclared '\(undeclared)'")
            }
            for (name, kind) in schema.kinds.sorted(by: { $0.key < $1.key }) {
                guard let value = view.child(named: name) else { continue }
                answered[schema.object, default: []].insert(name)
                check(value, kind, at: "\(schema.object).\(name)")
            }
        }

        private mutating func check(_ value: Any, _ kind: ViewSchema.Kind, at place: String) {
            switch kind {
            case .value:
                if !(value is String || value is Int || value is Bool) { problems.append("\(place) is \(type(of: value)), not text, a number or a flag") }
            case .object(let schema):
                guard let child = value as? any TemplateView, type(of: child).schema.object == schema.object else {
                    return problems.append("\(place) is \(type(of: value)), not \(schema.object)")
                }
                visit(child)
            case .list(let schema?):
                guard let items = value as? [any TemplateView] else { return problems.append("\(place) is \(type(of: value)), not a list of \(schema.object)") }
                for item in items {
                    if type(of: item).schema.object != schema.object { problems.append("\(place) holds \(type(of: item))") }
                    visit(item)
                }
            case .list(nil):
                if !(value is [String]) { problems.append("\(place) is \(type(of: value)), not a list of text") }
            }
        }
    }

    @Test("every declared name gives a value of its kind on the fixtures, and undeclared names give nothing")
    func viewsAnswerTheirSchemas() throws {
        var walk = Walk()
        for view in try ViewFixtures.rootViews() { walk.visit(view) }
        #expect(walk.problems.isEmpty, "\(walk.problems.joined(separator: "\n"))")
        var silent: [String] = []
        for schema in TemplateVariableTests.reachableSchemas() {
            silent += Set(schema.kinds.keys).subtracting(walk.answered[schema.object] ?? []).sorted().map { "\(schema.object).\($0)" }
        }
        #expect(silent.isEmpty, "never gave a value: \(silent.joined(separator: ", "))")
    }

    @Test("HTML-only values are absent in Markdown, Markdown-only values in HTML")
    func formatOnlyValues() throws {
        let report = RenderingGolden.report()
        let renderer = try RenderingGolden.renderer()
        let markdown = renderer.view(of: report, as: .markdown), html = renderer.view(of: report, as: .html)
        #expect(markdown.child(named: "gasChart") == nil)
        #expect(html.child(named: "gasChart") is ChartView)
        let excerpt = try #require(report.areas.first?.excerpts.first)
        let quoted = ExcerptView(excerpt, markup: Markup(format: .markdown))
        let plain = ExcerptView(excerpt, markup: Markup(format: .html))
        #expect(quoted.child(named: "quoted") as? String == MarkdownEscaping.quote(excerpt.text))
        #expect(quoted.child(named: "html") == nil)
        #expect(plain.child(named: "quoted") == nil)
        #expect(plain.child(named: "html") as? String == excerpt.html)
    }

    @Test("Markdown escapes note text and HTML leaves it to Mustache, in every view")
    func escapingByFormat() {
        #expect(Markup(format: .markdown).text("a *b* <c>") == #"a \*b\* \<c\>"#)
        #expect(Markup(format: .html).text("a *b* <c>") == "a *b* <c>")
        let client = ClientInfo(id: "C_1", name: "Sam <Lee>")
        #expect(ClientView(client, markup: Markup(format: .markdown)).child(named: "name") as? String == #"Sam \<Lee\>"#)
        #expect(ClientView(client, markup: Markup(format: .html)).child(named: "name") as? String == "Sam <Lee>")
    }
}
