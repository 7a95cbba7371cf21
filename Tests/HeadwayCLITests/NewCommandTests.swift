import Foundation
import Testing

/// `headway new` on a copy of the clean fixture: the scaffold it writes, and every refusal.
@Suite("headway new")
struct NewCommandTests {
    /// A scratch copy of the clean fixture, to write notes into.
    private func notes(_ scratch: Scratch) throws -> URL {
        let copy = scratch.url.appendingPathComponent("notes", isDirectory: true)
        try FileManager.default.copyItem(at: try Headway.fixture("clean"), to: copy)
        return copy
    }

    @Test("the untouched scaffold parses with no error and is listed as a draft; filled in, it passes check clean")
    func scaffoldThenFilledIn() throws {
        let scratch = try Scratch("new")
        let notes = try notes(scratch)
        let result = try Headway.run(["new", notes.path, "--client", "C-0001", "--date", "2026-11-10"])
        #expect(result.status == 0, "\(result)")
        let path = notes.appendingPathComponent("C-0001/2026-11-10.md").path
        #expect(result.stdout == path + "\n")
        #expect(try Tree.permissions(path) == 0o600)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("---\ndraft: true\nclient: \"C-0001\"\ndate: 2026-11-10\nsession: 4\nclinician: \"Dr. Quillon Ashgrove\"\n"))
        #expect(text.contains("  - id: \"walk-daily\"\n    # statement: Walk for 20 minutes on 5 of 7 days\n    # area: healthy-lifestyle\n"))
        #expect(text.contains("    # progress: last "))
        #expect(!text.contains("\n    progress:"))  // never a copied rating
        #expect(text.contains("# measures:\n#   \"PHQ-9\":\n"))
        #expect(text.contains("## Walk daily\n") && text.hasSuffix("## Wins\n\n-\n"))

        let draft = try Headway.run(["check", notes.path, "--quiet"])
        #expect(draft.status == 0, "\(draft)")
        #expect(draft.stderrLines == ["C-0001/2026-11-10.md:2: warning: draft, not in reports (remove 'draft: true' once the session has taken place)"])

        let filled = text.replacingOccurrences(of: "draft: true\n", with: "")
            .replacingOccurrences(of: "  - id: \"walk-daily\"\n", with: "  - id: \"walk-daily\"\n    progress: 6\n")
            .replacingOccurrences(of: "# measures:\n#   \"PHQ-9\":", with: "measures:\n  \"PHQ-9\": 9")
            .replacingOccurrences(of: "## Walk daily\n", with: "## Walk daily\nWalked on four days this week.\n")
        try filled.write(toFile: path, atomically: true, encoding: .utf8)
        let clean = try Headway.run(["check", notes.path, "--quiet"])
        #expect(clean.status == 0 && clean.stderr.isEmpty, "\(clean)")
        // What is written under a goal's heading is that goal's excerpt in the report.
        let out = scratch.path("out")
        let report = try Headway.run(["report", notes.path, "--client", "C-0001", "--month", "2026-11", "--format", "md", "-o", out, "--quiet"])
        #expect(report.status == 0, "\(report)")
        #expect(try String(contentsOfFile: out + "/C-0001/2026-11.md", encoding: .utf8).contains("> Walked on four days this week."))
    }

    @Test("an existing file is refused, named and left unchanged")
    func existingFile() throws {
        let scratch = try Scratch("new")
        let notes = try notes(scratch)
        let path = notes.appendingPathComponent("C-0001/2026-11-03.md").path
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let result = try Headway.run(["new", notes.path, "--client", "C-0001", "--date", "2026-11-03"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines == ["\(path): error: a file is already there: not replaced (choose another --date or remove it)"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("a symbolic link where the note would go is refused, and its target is not written")
    func symlink() throws {
        let scratch = try Scratch("new")
        let notes = try notes(scratch)
        let target = scratch.path("elsewhere.md")
        let link = notes.appendingPathComponent("C-0001/2026-11-10.md").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let result = try Headway.run(["new", notes.path, "--client", "C-0001", "--date", "2026-11-10"])
        #expect(result.status == 2)
        #expect(!Tree.exists(target))
    }

    @Test("a new client whose folder is a symbolic link is refused, and nothing is written through it")
    func symlinkedFolder() throws {
        let scratch = try Scratch("new")
        let notes = try notes(scratch)
        let elsewhere = try scratch.folder("elsewhere")
        try FileManager.default.createSymbolicLink(atPath: notes.appendingPathComponent("C-0009").path, withDestinationPath: elsewhere.path)
        let result = try Headway.run(["new", notes.path, "--client", "C-0009", "--name", "Sam", "--date", "2026-11-10"])
        #expect(result.status == 2, "\(result)")
        #expect(try Tree.files(elsewhere).isEmpty)
    }

    @Test("an unknown client without --name is refused with a did-you-mean")
    func unknownClient() throws {
        let scratch = try Scratch("new")
        let notes = try notes(scratch)
        let result = try Headway.run(["new", notes.path, "--client", "c-0001", "--date", "2026-11-10"])
        #expect(result.status == 2)
        #expect(result.stderrLines == ["\(notes.path): error: no valid note or plan for client 'c-0001' (did you mean 'C-0001'?); "
                                       + "to start a new client, give its name with --name"])
        #expect(try Tree.files(notes).count == 5)
    }

    @Test("a new client with --name gets NOTES_DIR/<client>/DATE.md; the date defaults to SOURCE_DATE_EPOCH's day")
    func newClient() throws {
        let scratch = try Scratch("new")
        let notes = try notes(scratch)
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = "1794268800"  // 2026-11-10T00:00:00Z
        let result = try Headway.run(["new", notes.path, "--client", "C-0003", "--name", "Robin K."], environment: environment)
        #expect(result.status == 0, "\(result)")
        let path = notes.appendingPathComponent("C-0003/2026-11-10.md").path
        #expect(result.stdout == path + "\n")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == "---\ndraft: true\nclient: \"C-0003\"\nclient-name: \"Robin K.\"\ndate: 2026-11-10\nsession: 1\n---\n## Wins\n\n-\n")
        let check = try Headway.run(["check", notes.path, "--quiet"])
        #expect(check.status == 0, "\(check)")
    }

    @Test("--templates DIR with note.md.mustache replaces the scaffold")
    func templateOverride() throws {
        let scratch = try Scratch("new")
        let notes = try notes(scratch)
        let templates = try scratch.folder("templates")
        try "{{% CONTENT_TYPE: TEXT }}\n---\ndraft: true\nclient: {{client}}\ndate: {{date}}\n---\n{{#goals}}- {{statement}}\n{{/goals}}"
            .write(to: templates.appendingPathComponent("note.md.mustache"), atomically: true, encoding: .utf8)
        let result = try Headway.run(["new", notes.path, "--client", "C-0001", "--date", "2026-11-10", "--templates", templates.path])
        #expect(result.status == 0, "\(result)")
        let text = try String(contentsOfFile: String(result.stdout.dropLast()), encoding: .utf8)
        #expect(text == "---\ndraft: true\nclient: \"C-0001\"\ndate: 2026-11-10\n---\n- Walk for 20 minutes on 5 of 7 days\n")
    }

    @Test("a note follows the client's naming; a plan and a review note add their kind")
    func naming() throws {
        let scratch = try Scratch("new")
        let notes = try notes(scratch)
        let folder = notes.appendingPathComponent("C-0001")
        try FileManager.default.moveItem(at: folder.appendingPathComponent("2026-11-03.md"), to: folder.appendingPathComponent("Marisol 2026-11-03 session.md"))
        let session = try Headway.run(["new", notes.path, "--client", "C-0001", "--date", "2026-11-10"])
        #expect(session.stdout == folder.appendingPathComponent("Marisol 2026-11-10 session.md").path + "\n", "\(session)")
        let plan = try Headway.run(["new", notes.path, "--client", "C-0001", "--date", "2026-11-10", "--type", "plan"])
        #expect(plan.stdout == folder.appendingPathComponent("Marisol 2026-11-10 session plan.md").path + "\n", "\(plan)")
        let planText = try String(contentsOfFile: folder.appendingPathComponent("Marisol 2026-11-10 session plan.md").path, encoding: .utf8)
        #expect(planText.contains("type: plan\nclient: \"C-0001\"\nstart: 2026-11-10\n"))
        #expect(planText.contains("    statement: \"Walk for 20 minutes on 5 of 7 days\"\n    baseline: "))
        let review = try Headway.run(["new", notes.path, "--client", "C-0001", "--date", "2026-11-10", "--type", "review"])
        let reviewText = try String(contentsOfFile: String(review.stdout.dropLast()), encoding: .utf8)
        #expect(reviewText.contains("type: review\n") && reviewText.hasSuffix("---\n## Summary\n\n## Updated plan\n"))
        let check = try Headway.run(["check", notes.path, "--quiet"])
        #expect(check.status == 0, "\(check)")
    }
}
