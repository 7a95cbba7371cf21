import Foundation
import Testing

/// The golden test for the committed sample reports: `Samples/reports/` must be exactly what
/// `headway batch Samples/notes --by-month --format md,html,json` writes (regenerate with `scripts/quickstart`).
@Suite("Samples/reports")
struct SampleReportsTests {
    static let notes = Headway.repoRoot.appendingPathComponent("Samples/notes", isDirectory: true)
    static let committed = Headway.repoRoot.appendingPathComponent("Samples/reports", isDirectory: true)

    @Test("every committed sample report is byte for byte what the binary writes")
    func samplesMatch() throws {
        let scratch = try Scratch("samples")
        let out = scratch.url.appendingPathComponent("reports")
        let notesBefore = try Tree.snapshot(Self.notes)
        let result = try Headway.run(["batch", Self.notes.path, "--by-month", "--format", "md,html,json", "-o", out.path])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderrLines == [
            "README.md: warning: no front matter: not a note, skipped",
            "headway: 40 files, 37 notes, 2 plans, 3 clients, 9 reports, 1 warning, 0 errors",
        ])
        #expect(try Tree.snapshot(Self.notes) == notesBefore)

        let expected = try Tree.files(Self.committed)
        let produced = try Tree.files(out)
        #expect(expected.count == 30)
        #expect(produced == expected, "regenerate Samples/reports with scripts/quickstart")
        for path in Set(expected).intersection(produced).sorted() {
            let want = try Data(contentsOf: Self.committed.appendingPathComponent(path))
            let got = try Data(contentsOf: out.appendingPathComponent(path))
            #expect(got == want, "Samples/reports/\(path) differs from what headway writes; regenerate with scripts/quickstart")
        }
    }

    @Test("a caseload without errors: no client is marked as needing attention")
    func noAttentionWithoutErrors() throws {
        for name in ["index.md", "index.html"] {
            let index = try Tree.text(Self.committed, name)
            #expect(!index.contains("need attention") && !index.contains("needs attention") && !index.contains("Needs attention"), "\(name)")
            #expect(!index.contains("nil"), "\(name)")
        }
    }

    @Test("the sample index links every report, and only files that exist")
    func indexLinks() throws {
        let index = try Tree.text(Self.committed, "index.md")
        let files = Set(try Tree.files(Self.committed))
        var links: [String] = []
        var rest = Substring(index)
        while let open = rest.range(of: "](") {
            rest = rest[open.upperBound...]
            guard let close = rest.firstIndex(of: ")") else { break }
            links.append(String(rest[..<close]))
            rest = rest[close...]
        }
        for link in links { #expect(files.contains(link), "index.md links a missing file: \(link)") }
        for report in files where !report.hasPrefix("index.") {
            #expect(links.contains(report), "index.md does not link \(report)")
        }
    }
}
