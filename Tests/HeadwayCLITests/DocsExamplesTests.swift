import Foundation
import Testing

/// The docs quote Headway's real output: every line of a plain, `json` or `console` code block in
/// `docs/*.md` must be found in what Headway prints or writes for the example folders in
/// `docs/examples` (or in those folders' own files), so an example cannot drift from the program.
@Suite("docs/ examples are real output")
struct DocsExamplesTests {
    static let docs = Headway.repoRoot.appendingPathComponent("docs", isDirectory: true)

    /// The commands whose output the docs quote, on `docs/examples`.
    static func commands(examples: String, out: String) -> [[String]] {
        let vault = examples + "/vault"
        return [
            ["check", vault + "/Clients"], ["check", examples + "/problems"],
            ["report", vault, "--client", "C-0201", "--month", "2026-10", "--format", "md,json", "-o", out + "/r"],
            ["report", vault, "--client", "C-0201", "--format", "md,json", "-o", out + "/r"],
            ["report", vault, "--client", "C-0201", "--from", "2026-09-01", "--to", "2026-09-30", "--format", "md,json", "-o", out + "/r"],
            ["report", vault, "--client", "C-0201", "--month", "2026-10", "--format", "json", "--redact", "-o", out + "/red"],
            ["report", vault, "--client", "C-0201", "--month", "2026-10", "--format", "fhir", "-o", out + "/fhir"],
            ["review", vault, "--client", "C-0201", "--date", "2026-10-31", "--format", "md,json", "-o", out + "/r"],
            ["batch", vault, "--month", "2026-10", "--format", "md,json", "-o", out + "/b"],
            ["check", examples + "/more-problems"], ["check", examples + "/bad-config"], ["check", examples + "/same-folder"],
            ["report", examples + "/episode", "--client", "C-0500", "--month", "2026-03", "--format", "md,json", "-o", out + "/e"],
            ["report", examples + "/episode", "--client", "C-0501", "--month", "2026-03", "--format", "md,json", "-o", out + "/e"],
            ["report", examples + "/episode", "--client", "C-0501", "--episode", "3", "-o", out + "/e"],
            ["batch", examples + "/outcomes", "--by-month", "--format", "md,json", "-o", out + "/o"],
        ]
    }

    /// Every file's text below `folder`.
    static func texts(below folder: URL) -> [String] {
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        return files.compactMap { try? String(contentsOf: $0, encoding: .utf8) }
    }

    /// The lines of the docs' quoted blocks (plain, `json`, `console`), without `$ ` command lines.
    static func quotedLines(_ text: String) -> [(line: Int, text: String)] {
        var quoted: [(Int, String)] = []
        var language: String?
        for (number, line) in text.components(separatedBy: "\n").enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") {
                language = language == nil ? String(trimmed.dropFirst(3)) : nil
                continue
            }
            guard let language, ["", "json", "console"].contains(language), !trimmed.isEmpty, !trimmed.hasPrefix("$ ") else { continue }
            quoted.append((number + 1, trimmed))
        }
        return quoted
    }

    @Test("every quoted line of docs/*.md is in Headway's real output for docs/examples")
    func quotedOutputIsReal() throws {
        let scratch = try Scratch("docs")
        var output = ""
        // Run from the repository, as the docs show the commands, so that paths print as quoted.
        for arguments in Self.commands(examples: "docs/examples", out: scratch.url.path) {
            let result = try Headway.run(arguments, in: Headway.repoRoot)
            output += result.stdout + result.fullStderr
        }
        output += (Self.texts(below: scratch.url) + Self.texts(below: Self.docs.appendingPathComponent("examples"))).joined(separator: "\n")
        let pages = try FileManager.default.contentsOfDirectory(atPath: Self.docs.path).filter { $0.hasSuffix(".md") }.sorted()
        #expect(pages.contains("note-format.md") && pages.contains("report-model.md"))
        let texts = try pages.map { ($0, try String(contentsOf: Self.docs.appendingPathComponent($0), encoding: .utf8)) }
        let check = Self.unmatched(texts, in: output)
        #expect(check.checked > 100, "the docs quote real output")
        #expect(check.unmatched == [], "quoted in the docs but not in Headway's output")
    }

    /// The quoted lines of `pages` (name, text) not found in `output` (`docs/page:line: text`), and how many were checked.
    static func unmatched(_ pages: [(String, String)], in output: String) -> (unmatched: [String], checked: Int) {
        var unmatched: [String] = []
        var checked = 0
        for (page, text) in pages {
            for quoted in quotedLines(text) {
                let line = quoted.text.hasSuffix(",") ? String(quoted.text.dropLast()) : quoted.text
                if !output.contains(line) { unmatched.append("docs/\(page):\(quoted.line): \(quoted.text)") }
                checked += 1
            }
        }
        return (unmatched, checked)
    }

    @Test("the checker finds a quoted line Headway never printed, and passes one it did")
    func checkerCatchesInventedOutput() {
        let page = "text\n```console\n$ headway check notes\nnotes/a.md:3: error: invented\nnotes/b.md:1: warning: real\n```\n"
        let check = Self.unmatched([("x.md", page)], in: "headway: ...\nnotes/b.md:1: warning: real\n")
        #expect(check.checked == 2)
        #expect(check.unmatched == ["docs/x.md:4: notes/a.md:3: error: invented"])
    }
}
