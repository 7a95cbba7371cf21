import Foundation
import Testing

@Suite("headway templates and --templates")
struct TemplatesCommandTests {
    /// The defaults embedded in the binary are the repository's `Templates/*.mustache`.
    static var templateNames: [String] {
        get throws {
            try Tree.files(Headway.repoRoot.appendingPathComponent("Templates")).filter { $0.hasSuffix(".mustache") }
        }
    }

    @Test("the default templates include the documented ones")
    func documentedTemplates() throws {
        let names = try Self.templateNames
        for name in ["html-style.mustache", "index.html.mustache", "index.md.mustache", "report.html.mustache", "report.md.mustache"] {
            #expect(names.contains(name))
        }
    }

    @Test("templates export writes every default template, byte for byte as in Templates/")
    func export() throws {
        let scratch = try Scratch("export")
        let folder = scratch.url.appendingPathComponent("my/templates")
        let result = try Headway.run(["templates", "export", folder.path])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "")
        #expect(try result.stdoutLines == Self.templateNames.map { folder.appendingPathComponent($0).path })
        #expect(try Tree.files(folder) == Self.templateNames)
        let defaults = Headway.repoRoot.appendingPathComponent("Templates")
        for name in try Self.templateNames {
            #expect(try Data(contentsOf: folder.appendingPathComponent(name)) == Data(contentsOf: defaults.appendingPathComponent(name)),
                    "\(name) differs from Templates/\(name)")
        }
    }

    @Test("a second export without --force refuses (exit 2) and changes nothing; with --force it replaces")
    func exportTwice() throws {
        let scratch = try Scratch("export2")
        let folder = scratch.url.appendingPathComponent("t")
        #expect(try Headway.run(["templates", "export", folder.path]).status == 0)
        let edited = folder.appendingPathComponent("report.md.mustache")
        try Data("{{% CONTENT_TYPE: TEXT }}\nedited\n".utf8).write(to: edited)
        let before = try Tree.snapshot(folder)

        let names = try Self.templateNames
        let refused = try Headway.run(["templates", "export", folder.path])
        #expect(refused.status == 2)
        #expect(refused.stdout == "")
        #expect(refused.stderrLines == [
            "\(folder.path): error: \(names.joined(separator: ", ")) already exist; use --force to replace them",
        ])
        #expect(try Tree.snapshot(folder) == before)

        let forced = try Headway.run(["templates", "export", folder.path, "--force"])
        #expect(forced.status == 0, "\(forced)")
        #expect(forced.stdoutLines.count == names.count)
        let defaults = Headway.repoRoot.appendingPathComponent("Templates")
        #expect(try Data(contentsOf: edited) == Data(contentsOf: defaults.appendingPathComponent("report.md.mustache")))
    }

    @Test("export refuses when even one template is already there, and leaves it alone")
    func exportOneExisting() throws {
        let scratch = try Scratch("export3")
        let folder = try scratch.folder("t")
        let mine = folder.appendingPathComponent("index.md.mustache")
        try Data("mine\n".utf8).write(to: mine)
        let result = try Headway.run(["templates", "export", folder.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("index.md.mustache"))
        #expect(result.stderr.contains("--force"))
        #expect(try Tree.files(folder) == ["index.md.mustache"])
        #expect(try Tree.text(folder, "index.md.mustache") == "mine\n")
    }

    @Test("the exported defaults passed back with --templates give the same bytes as the built-in ones")
    func exportedRoundTrip() throws {
        let scratch = try Scratch("roundtrip")
        let folder = scratch.url.appendingPathComponent("t")
        #expect(try Headway.run(["templates", "export", folder.path]).status == 0)
        let notes = try Headway.fixture("clean").path
        let arguments = ["--by-month", "--format", "md,html,json"]
        #expect(try Headway.run(["batch", notes] + arguments + ["-o", scratch.path("builtin")]).status == 0)
        #expect(try Headway.run(["batch", notes] + arguments + ["-o", scratch.path("exported"), "--templates", folder.path]).status == 0)
        let builtin = try Tree.snapshot(scratch.url.appendingPathComponent("builtin"))
        #expect(builtin.count == 14)
        #expect(try Tree.snapshot(scratch.url.appendingPathComponent("exported")) == builtin)
    }

    @Test("--templates with only report.md.mustache changes the Markdown reports, nothing else")
    func overrideMarkdownOnly() throws {
        let scratch = try Scratch("override")
        let templates = try scratch.folder("t")
        try Data("{{% CONTENT_TYPE: TEXT }}\nCUSTOM {{client.id}} {{period.slug}} {{sessions.attended}} <{{client.name}}>\n".utf8)
            .write(to: templates.appendingPathComponent("report.md.mustache"))
        let notes = try Headway.fixture("clean").path
        let plain = try Headway.run(["batch", notes, "--by-month", "-o", scratch.path("plain")])
        let custom = try Headway.run(["batch", notes, "--by-month", "-o", scratch.path("custom"), "--templates", templates.path])
        #expect(plain.status == 0 && custom.status == 0, "\(custom)")
        #expect(plain.stderr == custom.stderr)

        let before = try Tree.snapshot(scratch.url.appendingPathComponent("plain"))
        let after = try Tree.snapshot(scratch.url.appendingPathComponent("custom"))
        #expect(before.keys.sorted() == after.keys.sorted())
        let out = scratch.url.appendingPathComponent("custom")
        #expect(try Tree.text(out, "C-0001/2026-10.md") == "CUSTOM C-0001 2026-10 2 <Marisol Vantreese>\n")
        #expect(try Tree.text(out, "C-0001/2026-11.md") == "CUSTOM C-0001 2026-11 1 <Marisol Vantreese>\n")
        #expect(try Tree.text(out, "C-0002/2026-10.md") == "CUSTOM C-0002 2026-10 1 <Thaddeus Brackenridge>\n")
        for path in before.keys.sorted() where !path.hasSuffix(".md") || path == "index.md" {
            #expect(before[path] == after[path], "\(path) changed although its template was not replaced")
        }
    }

    @Test("a template with a syntax error: exit 2 naming the file and line, nothing read or written", arguments: [
        "report.md.mustache", "report.html.mustache", "html-style.mustache",
    ])
    func syntaxError(_ name: String) throws {
        let scratch = try Scratch("syntax")
        let templates = try scratch.folder("t")
        try Data("line one\n{{#goals}}\n{{/clients}}\n".utf8).write(to: templates.appendingPathComponent(name))
        let out = scratch.path("out")
        let result = try Headway.run(["batch", try Headway.fixture("broken").path, "-o", out, "--templates", templates.path],
                                     in: scratch.url)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderrLines == [
            "\(templates.appendingPathComponent(name).path):3: error: `{{/clients}}` on line 3 does not close section `goals` opened on line 2 (close it with `{{/goals}}`)",
        ], "\(result)")
        #expect(!Tree.exists(out))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["t"])
    }

    @Test("report also refuses a bad template, and a missing templates folder, with exit 2")
    func reportBadTemplates() throws {
        let scratch = try Scratch("reporttpl")
        let templates = try scratch.folder("t")
        try Data("{{#client}}\n".utf8).write(to: templates.appendingPathComponent("report.md.mustache"))
        let notes = try Headway.fixture("clean").path
        let bad = try Headway.run(["report", notes, "--client", "C-0001", "-o", scratch.path("out"), "--templates", templates.path])
        #expect(bad.status == 2)
        #expect(bad.stderrLines == [
            "\(templates.appendingPathComponent("report.md.mustache").path):1: error: section `client` opened on line 1 is never closed (add `{{/client}}`)",
        ], "\(bad)")

        let missing = scratch.path("no-templates")
        let absent = try Headway.run(["report", notes, "--client", "C-0001", "-o", scratch.path("out"), "--templates", missing])
        #expect(absent.status == 2)
        #expect(absent.stderrLines == ["\(missing): error: cannot read the templates folder"])
        #expect(!Tree.exists(scratch.path("out")))
    }
}
