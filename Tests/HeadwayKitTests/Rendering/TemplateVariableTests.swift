import Foundation
import Testing
@testable import HeadwayKit

/// Every variable the shipped templates and the README use resolves on the views reports are rendered
/// with: statically (the views' declared schemas, walked by `TemplateChecker`) and on real reports (the
/// views answer every name they declare, with a value of the declared kind, and nothing else).
@Suite("Template variables")
struct TemplateVariableTests {
    /// The shipped templates by template name (`report.md`, `incomplete.html`, …).
    static let shipped = Dictionary(uniqueKeysWithValues: TemplateSet.defaults.map { (TemplateSet.templateName($0.key), $0.value) })

    /// The templates rendered directly, with the view each is rendered with.
    static let roots: [(template: String, schema: ViewSchema)] = [
        ("report.md", ReportView.schema), ("report.html", PrintedReportView.schema),
        ("review.md", ReviewView.schema), ("review.html", ReviewView.schema),
        ("discharge.md", DischargeView.schema), ("discharge.html", DischargeView.schema),
        ("index.md", IndexView.schema), ("index.html", IndexView.schema),
        ("client-report.md", ClientReportView.schema), ("client-report.html", ClientReportView.schema),
        ("note.md", NoteView.schema),
    ]

    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")

    // MARK: Templates, statically

    @Test("every variable of every shipped template resolves", arguments: roots.map(\.template))
    func shippedTemplateResolves(_ template: String) throws {
        let schema = try #require(Self.roots.first { $0.template == template }?.schema)
        let problems = TemplateChecker(templates: Self.shipped).problems(in: template, root: schema)
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    }

    @Test("every shipped template is checked: rendered directly or included by one that is")
    func everyTemplateChecked() {
        let checker = TemplateChecker(templates: Self.shipped)
        let reached = Set(Self.roots.map(\.template)).union(Self.roots.flatMap { checker.partials(of: $0.template) })
        #expect(Set(Self.shipped.keys).subtracting(reached).isEmpty)
        #expect(Self.shipped.count == 20)
    }

    @Test("a misspelled variable in a shipped template is reported with its template, line and object")
    func misspellingInShippedTemplate() throws {
        var templates = Self.shipped
        let report = try #require(templates["report.md"])
        let line = try #require(report.components(separatedBy: "\n").firstIndex { $0.contains("{{client.name}}") }) + 1
        templates["report.md"] = report.replacingOccurrences(of: "({{client.name}})", with: "({{client.nmae}})")
        templates["incomplete.md"] = templates["incomplete.md"]?.replacingOccurrences(of: "{{errorCountText}}", with: "{{errorCountTxt}}")
        let problems = TemplateChecker(templates: templates).problems(in: "report.md", root: ReportView.schema).map(\.description)
        #expect(problems == [
            "report.md:\(line): unknown variable 'nmae' in client",
            "incomplete.md:6: unknown variable 'errorCountTxt' in report",
        ])
    }

    /// Problems of one template, `t`, rendered with a report view (and the shipped partials).
    private func problems(_ text: String, root: ViewSchema = ReportView.schema) -> [String] {
        var templates = Self.shipped
        templates["t"] = text
        return TemplateChecker(templates: templates).problems(in: "t", root: root).map(\.description)
    }

    @Test("the checker follows Mustache's lookup rules")
    func lookupRules() {
        #expect(problems("{{client.nmae}}") == ["t:1: unknown variable 'nmae' in client"])
        #expect(problems("{{#goals}}\n{{statment}}{{/goals}}") == ["t:2: unknown variable 'statment' in goal"])
        #expect(problems("{{#client}}{{nmae}}{{/client}}") == ["t:1: unknown variable 'nmae' in client"])
        #expect(problems("{{^goals}}{{statement}}{{/goals}}") == ["t:1: unknown variable 'statement' in report"])
        #expect(problems("{{#planReview}}{{#goals}}{{smartMissing}}{{isMet}}{{/goals}}{{/planReview}}")
            == ["t:1: unknown variable 'isMet' in plan goal"])
        #expect(problems("{{clients}}") == ["t:1: unknown variable 'clients' in report"])
        #expect(problems("{{goals.id}}") == ["t:1: 'goals' has no 'id': it is not an object"])
        #expect(problems("{{#goals}}{{.id}}{{.period}}{{/goals}}") == ["t:1: unknown variable 'period' in goal"])
        #expect(problems("{{#paper}}{{/paper}}") == ["t:1: unknown variable 'paper' in report"])
        #expect(problems("{{> nowhere}}") == ["t:1: unknown partial 'nowhere'"])
        #expect(problems("{{#client}}{{> incomplete.md}}{{/client}}").isEmpty)  // a partial sees the objects open where it is included
        #expect(problems("{{count(goals)}}{{#first(goals)}}{{statement}}{{/first(goals)}}{{uppercased(client.id)}}").isEmpty)
        #expect(problems("{{#goals}}{{#first()}}{{id}}{{/first()}}{{index()}}{{/goals}}").isEmpty)
        #expect(problems("{{size(goals)}}") == ["t:1: unknown transform 'size' for a list in 'size(goals)'"])
        #expect(problems("{{#goals}}{{#revisions}}{{date}}{{statement}}{{period.label}}{{/revisions}}{{/goals}}").isEmpty)  // enclosing objects
        #expect(problems("{{#errors}}{{.}}{{/errors}}{{{gasChart.svg}}}{{&clinician}}").isEmpty)
        #expect(problems("{{=<% %>=}}<%client.nmae%>") == ["t:1: unknown variable 'nmae' in client"])
        #expect(problems("{{paper}}", root: ReviewView.schema).isEmpty)
        #expect(problems("{{#outcomes}}{{#flagged}}{{dates}}{{md}}{{/flagged}}{{#gasClients}}{{dates}}{{/gasClients}}{{/outcomes}}", root: IndexView.schema)
            == ["t:1: unknown variable 'dates' in client link"])
    }

    // MARK: The README

    /// The README's variables read against the views.
    static func readmeVariables() throws -> ReadmeVariables {
        let text = try String(contentsOf: readme, encoding: .utf8)
        var variables = ReadmeVariables()
        variables.read(text, heading: "Report variables", root: ReviewView.schema, lists: [
            "Goal": GoalView.schema, "Revision": RevisionView.schema, "Milestone": MilestoneView.schema,
            "Excerpt": ExcerptView.schema, "Measure": MeasureView.schema, "Plan review": PlanReviewView.schema,
            "Episode part": EpisodePartView.schema, "Episode outcomes": EpisodeOutcomesView.schema, "Outcome measure": OutcomePairView.schema,
        ])
        variables.read(text, heading: "Discharge summary variables", root: DischargeView.schema, lists: [:])
        variables.read(text, heading: "Client report variables", root: ClientReportView.schema, lists: [
            "Client goal": ClientGoalView.schema, "Client milestone": ClientMilestoneView.schema, "Client measure": ClientMeasureView.schema,
        ])
        variables.read(text, heading: "Index variables", root: IndexView.schema, lists: [
            "Instrument": InstrumentView.schema, "Figure": FigureView.schema, "Client link": ClientLinkView.schema,
            "Finished episodes": FinishedEpisodesView.schema, "Episode figures": EpisodeFiguresView.schema,
            "Episode figure": EpisodeFigureView.schema, "Month figures": MonthFiguresView.schema, "Breakdown row": BreakdownRowView.schema,
        ])
        variables.read(text, heading: "Note variables", root: NoteView.schema, lists: ["Note goal": NoteGoalView.schema, "Note measure": NoteMeasureView.schema])
        return variables
    }

    @Test("every variable the README's tables and lists name resolves")
    func readmeVariablesResolve() throws {
        let variables = try Self.readmeVariables()
        #expect(variables.unknown.isEmpty, "\(variables.unknown.map(\.description).joined(separator: "\n"))")
        #expect(variables.unknownLists.isEmpty)
        #expect((variables.documented["goal"] ?? []).contains("statement"))  // the reader finds the lists
    }

    @Test("the README documents every variable of every view")
    func readmeDocumentsEveryVariable() throws {
        let variables = try Self.readmeVariables()
        var documented = variables.documented
        documented["report"] = documented["review"]  // the table is read as the review's: the report's names and `paper`
        documented["discharge", default: []].formUnion(documented["report"] ?? [])  // its own table adds to the report's names
        var undocumented: [String] = []
        for schema in Self.reachableSchemas() {
            let missing = Set(schema.kinds.keys).subtracting(documented[schema.object] ?? [])
            undocumented += missing.sorted().map { "\(schema.object).\($0)" }
        }
        #expect(undocumented.isEmpty, "not in README.md: \(undocumented.joined(separator: ", "))")
    }

    @Test("the README reader catches a misspelled variable")
    func readmeMisspelling() {
        var variables = ReadmeVariables()
        let text = """
            ### Report variables

            | variable | meaning |
            |---|---|
            | `client.id`, `client.nmae` | … |
            | `areas` | every area: `area` (tag, e.g. `coping`), `titel`, `goals` (`statment`) |

            **Goal**: `id`, `status` (`active`, `met`), `chart` (`svg`, `titel`).
            **Goals**: `id`.
            """
        variables.read(text, heading: "Report variables", root: ReportView.schema, lists: ["Goal": GoalView.schema])
        #expect(variables.unknown.map(\.description) == [
            "README table row `client.id`: `client.nmae` is not a variable of client",
            "README table row `areas`: `titel` is not a variable of area",
            "README table row `areas`: `statment` is not a variable of goal",
            "README **Goal**: `titel` is not a variable of chart",
        ])
        #expect(variables.unknownLists == ["Goals"])
    }

    /// Every schema the root views lead to, once each by object name.
    static func reachableSchemas() -> [ViewSchema] {
        var seen: [String: ViewSchema] = [:]
        func visit(_ schema: ViewSchema) {
            guard seen[schema.object] == nil else { return }
            seen[schema.object] = schema
            for kind in schema.kinds.values { kind.sectionSchema.map(visit) }
        }
        for root in roots { visit(root.schema) }
        return seen.values.sorted { $0.object < $1.object }
    }
}
