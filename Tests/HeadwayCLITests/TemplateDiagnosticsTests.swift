import Foundation
import Testing

/// `--templates DIR` with hostile or mistaken templates: loops of partials exit 2 with file, line and
/// words (they crashed with SIGSEGV and nothing on standard error); unknown partials and unused files
/// are warnings, and the reports are still written.
@Suite struct TemplateDiagnosticsTests {
    /// `headway report` of the clean fixture with `files` as the templates folder, inside `scratch`.
    static func run(_ files: [String: String], in scratch: Scratch) throws -> (RunResult, templates: URL, out: String) {
        let templates = try scratch.folder("t")
        for (name, text) in files { try Data(text.utf8).write(to: templates.appendingPathComponent(name)) }
        let out = scratch.path("out")
        let result = try Headway.run(["report", try Headway.fixture("clean").path, "--client", "C-0001", "-o", out,
                                                "--templates", templates.path, "--quiet"])
        return (result, templates, out)
    }

    @Test func aTemplateIncludingItselfExits2() throws {
        let scratch = try Scratch("template-diagnostics")
        let (result, templates, out) = try Self.run(["report.md.mustache": "{{% CONTENT_TYPE: TEXT }}\n# {{client.id}}\n{{> report.md}}\n"], in: scratch)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderrLines == [
            "\(templates.path)/report.md.mustache:3: error: template `report.md` includes itself (`{{> report.md}}`), so it would never finish rendering",
        ])
        #expect(!Tree.exists(out))
    }

    @Test func templatesIncludingEachOtherExit2() throws {
        let scratch = try Scratch("template-diagnostics")
        let (result, templates, _) = try Self.run(["report.html.mustache": "{{> a}}\n", "a.mustache": "{{> b}}\n", "b.mustache": "\n{{> a}}\n"], in: scratch)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderrLines == [
            "\(templates.path)/b.mustache:2: error: templates include each other in a loop (a → b → a), so they would never finish rendering",
        ])
    }

    @Test func anUnknownPartialAndAMisnamedFileAreWarnings() throws {
        let scratch = try Scratch("template-diagnostics")
        let (result, templates, out) = try Self.run([
            "report.md.mustache": "{{% CONTENT_TYPE: TEXT }}\n# {{client.id}}\n{{> nosuch}}\n", "report.html": "<p>mine</p>\n",
        ], in: scratch)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderrLines == [
            "\(templates.path)/report.html: warning: not used: template files end in '.mustache' (did you mean 'report.html.mustache'?)",
            "\(templates.path)/report.md.mustache:3: warning: partial `nosuch` is not a template, so it renders as nothing",
        ])
        #expect(try Tree.text(URL(fileURLWithPath: out), "C-0001/all.md") == "# C-0001\n")
    }

    @Test func theDeepestTemplatesAllowedRenderInABatch() throws {
        let nest = String(repeating: "{{#client}}", count: 50) + "{{id}}" + String(repeating: "{{/client}}", count: 50)
        var files = ["report.md.mustache": "{{% CONTENT_TYPE: TEXT }}\n\(nest){{> p1}}\n"]
        for index in 1..<20 { files["p\(index).mustache"] = nest + (index < 19 ? "{{> p\(index + 1)}}" : "") + "\n" }
        let scratch = try Scratch("template-depth")
        let templates = try scratch.folder("t")
        for (name, text) in files { try Data(text.utf8).write(to: templates.appendingPathComponent(name)) }
        let out = scratch.path("out")
        let result = try Headway.run(["batch", try Headway.fixture("clean").path, "--format", "md", "-o", out, "--templates", templates.path, "--quiet"])
        #expect(result.status == 0, "\(result)")
        #expect(try Tree.text(URL(fileURLWithPath: out), "C-0001/all.md") == String(repeating: "C-0001", count: 20) + "\n")
    }
}
