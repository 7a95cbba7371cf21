import Foundation
import Testing
@testable import HeadwayKit

/// Replays every input the fuzzer ever found a problem with (kept by `scripts/fuzz` in
/// Fixtures/fuzz-regressions: note inputs at its top, `config/` and `templates/` for the other targets)
/// through the fuzz target's own code (Fuzz/FuzzTarget.swift, linked here): none may crash or hang (a
/// minute's limit per input, far above its time on a loaded machine: how time grows with hostile shapes
/// of input is `scripts/bench --corners`'s check, on a release build, not a timed unit test's).
@Suite struct FuzzRegressionTests {
    static let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("fuzz-regressions")

    /// One kept input: the target it was found with and its path below `folder`.
    struct Input: Sendable, CustomTestStringConvertible {
        var target: FuzzTarget
        var path: String
        var testDescription: String { path }
    }

    /// The files (not folders) directly in `subfolder` of `folder`, as inputs of `target`.
    static func inputs(_ target: FuzzTarget, in subfolder: String) -> [Input] {
        let url = subfolder.isEmpty ? folder : folder.appendingPathComponent(subfolder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { name in
            var isFolder: ObjCBool = false
            return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path, isDirectory: &isFolder) && !isFolder.boolValue
        }.sorted().map { Input(target: target, path: subfolder.isEmpty ? $0 : "\(subfolder)/\($0)") }
    }

    static var all: [Input] {
        inputs(.notes, in: "") + inputs(.config, in: "config") + inputs(.templates, in: "templates")
    }

    @Test(.timeLimit(.minutes(1)), arguments: all)
    func replay(_ input: Input) throws {
        let bytes = Array(try Data(contentsOf: Self.folder.appendingPathComponent(input.path)))
        input.target.run(bytes)
    }

    @Test func everyTargetHasKeptInputs() {
        for target in FuzzTarget.allCases { #expect(Self.all.contains { $0.target == target }, "\(target)") }
    }

    /// The config target's notes are valid under the sample configuration and score its instruments, so
    /// that fuzzed instruments and bands reach the report.
    @Test func configNotesUseTheDeclaredInstruments() throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent("config/seed-sample.yml"), encoding: .utf8)
        let configuration = try ConfigurationParser.parse(text, path: "headway.yml").get()
        let parser = NoteParser(configuration: configuration)
        let files = FuzzNotes.using(configuration).map { parser.parse(path: "C-0001/note.md", bytes: Array($0.utf8)) }
        #expect(files.map { $0.diagnostics.map(\.formatted) } == [[], [], []])
        let reports = FuzzTarget.reports(of: Caseload.assemble(files, configuration: configuration), options: ReportOptions(configuration: configuration))
        let json = try #require(reports.first).json.serialized()
        for name in ["PHQ-9", "ORS", "WHO-5", "sleep-hygiene"] { #expect(json.contains("\"\(name)\""), "\(name)") }
    }

    /// The templates target's fixed report has a goal and measures for a template to show.
    @Test func templatesTargetReportHasGoalsAndMeasures() throws {
        let report = try #require(FuzzNotes.fixedReports.first)
        #expect(FuzzNotes.fixedReports.count == 1)
        let markdown = ReportRenderer(templates: FuzzNotes.defaultTemplates).render(report, as: .markdown)
        #expect(markdown.contains("PHQ-9"))
        #expect(markdown.contains("Sleep seven hours"))
    }
}
