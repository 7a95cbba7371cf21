import Foundation
import Testing
@testable import HeadwayKit

/// A run renders the narrative of only the notes dated in the periods it reports; every other note's
/// body is read as an outline (`BodyAnalyzer.Detail.outline`: its headings, hashtags and milestones'
/// tags). No report may tell the difference.
@Suite struct NarrativeWithinPeriodsTests {
    static let notes = PipelineTests.repoRoot.appendingPathComponent("Samples/notes", isDirectory: true)

    private static func samples() throws -> (source: FolderNoteSource, configuration: Configuration) {
        let configuration = try ConfigurationParser.parse(String(contentsOf: notes.appendingPathComponent("headway.yml"), encoding: .utf8),
                                                          path: "headway.yml").get()
        return (FolderNoteSource(root: notes, exclude: configuration.exclude), configuration)
    }

    @Test("every sample report, month by month and over all sessions, is the one made with every body in full")
    func reportsEqualThoseFromFullBodies() throws {
        let (source, configuration) = try Self.samples()
        let caseload = try Caseload.read(from: source, parser: NoteParser(configuration: configuration, readsBodies: false))
        let options = ReportOptions(configuration: configuration)
        var compared = 0, withExcerpts = 0
        for client in caseload.clients {
            let full = BodyReader(source: source).withBodies(caseload.notes(of: client))
            let fullReports = ClientReports(client: client, notes: full.notes, caseload: caseload, options: options, more: full.diagnostics)
            let periods = fullReports.dates.months + [fullReports.dates.allSessions].compactMap { $0 }
            for period in periods {
                let read = BodyReader(source: source).withBodies(caseload.notes(of: client), narrativeWithin: [period])
                #expect(read.diagnostics == full.diagnostics)
                let outlined = ClientReports(client: client, notes: read.notes, caseload: caseload, options: options, more: read.diagnostics)
                let report = outlined.report(for: period)
                #expect(report == fullReports.report(for: period), "\(client) \(period.label)")
                compared += 1
                if report.goals.contains(where: { !$0.excerpts.isEmpty }) || report.areas.contains(where: { !$0.excerpts.isEmpty }) { withExcerpts += 1 }
                // The notes outside the period kept no narrative.
                for note in read.notes where !period.contains(note.date) {
                    #expect(note.body.sections.allSatisfy { $0.content == RenderedText(html: "", text: "") })
                    #expect(note.body.tagged.allSatisfy { $0.content == RenderedText(html: "", text: "") })
                }
            }
        }
        #expect(compared > 10)
        #expect(withExcerpts > 5, "the samples' reports quote the notes")
    }

    /// Every Markdown file of the samples and of the test fixtures (Obsidian syntax, comments, deep
    /// nesting, the fuzzers' finds among them), and every fuzz regression input.
    private static func markdownFiles() -> [URL] {
        let fixtures = PipelineTests.repoRoot.appendingPathComponent("Tests/HeadwayKitTests/Fixtures", isDirectory: true)
        return [notes, fixtures].flatMap { folder in
            (FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? [])
                .filter { $0.hasSuffix(".md") || $0.hasPrefix("fuzz-regressions/") && !$0.hasPrefix("fuzz-regressions/config") && !$0.hasPrefix("fuzz-regressions/templates") }
                .sorted()
                .map { folder.appendingPathComponent($0) }
        }
    }

    @Test("an outline has the full body's headings, lines, hashtags and milestones, and no content")
    func outlineIsTheFullBodyWithoutContent() throws {
        var withContent = 0, compared = 0
        for url in Self.markdownFiles() {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue,
                  let text = String(validating: try Data(contentsOf: url), as: UTF8.self) else { continue }
            let path = url.path
            guard case .found(let frontMatter) = FrontMatter.split(text) else { continue }
            compared += 1
            var full = BodyAnalyzer.analyze(frontMatter.body, firstLine: frontMatter.bodyFirstLine)
            let outline = BodyAnalyzer.analyze(frontMatter.body, firstLine: frontMatter.bodyFirstLine, detail: .outline)
            let empty = RenderedText(html: "", text: "")
            if full.sections.contains(where: { $0.content != empty }) { withContent += 1 }
            for index in full.sections.indices { full.sections[index].content = empty }
            for index in full.tagged.indices { full.tagged[index].content = empty }
            for index in full.milestones.indices { full.milestones[index].content = empty }
            #expect(outline == full, "\(path)")
        }
        #expect(withContent > 20)
        #expect(compared > 300)
    }
}
