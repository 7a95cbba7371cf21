import Foundation
import Testing

/// Obsidian comments in a vault's notes never reach a report, in any format; callouts read as their kind
/// (fixture `comments`: every private word holds `Grimsditch`).
@Suite("Obsidian comments and callouts, end to end")
struct ObsidianCommentTests {
    /// Text outside the comments of the fixture's notes, which the reports must keep.
    static let kept = [
        "Walked by the open-river path three times.", "Uses %% as a code span", "Walked to the shop #walk-daily",
        "Walked every morning #walk-daily", "Kept the walking-streak going.", "Note: Plan for next week",
    ]

    @Test("no word of a comment in md, html or json; the rest of the note is there; callouts without their marker")
    func commentsAreInNoReport() throws {
        let scratch = try Scratch("comments")
        let out = scratch.url.appendingPathComponent("out")
        let result = try Headway.run(["batch", try Headway.fixture("comments").path, "--format", "md,html,json", "-o", out.path])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderrLines == ["headway: 2 files, 2 notes, 0 plans, 1 client, 1 report, 0 warnings, 0 errors"])
        let files = try Tree.files(out)
        #expect(files == ["C-0301/all.html", "C-0301/all.json", "C-0301/all.md", "index.html", "index.json", "index.md"])
        for file in files {
            let text = try Tree.text(out, file)
            #expect(!text.localizedCaseInsensitiveContains("grimsditch"), "\(file) shows a private comment")
            #expect(!text.contains("[!note]") && !text.contains("\\[!note\\]"), "\(file) shows a callout marker")
        }
        let markdown = try Tree.text(out, "C-0301/all.md")
        for text in Self.kept { #expect(markdown.contains(text), "'\(text)' missing from the Markdown report") }
        #expect(markdown.contains("> Note: Plan for next week\n> Walk on the hill path."))
        let html = try Tree.text(out, "C-0301/all.html")
        #expect(html.contains("Note: Plan for next week<br />"))
        let json = try jsonObject(out, "C-0301/all.json")
        let goal = try #require((json["goals"] as? [[String: Any]])?.first)
        let milestones = (goal["milestones"] as? [[String: Any]])?.compactMap { $0["text"] as? String }
        #expect(milestones == ["Walked to the shop #walk-daily", "Walked every morning #walk-daily"])
    }
}
