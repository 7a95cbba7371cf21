import Foundation
import Testing
@testable import HeadwayKit

/// Snapshots of parsed note bodies: each `Fixtures/body-dump/NAME.md` is analysed as a body starting on
/// line 1, and its `NoteBody.dump()` must equal `NAME.dump.txt` byte for byte. Run with
/// `RECORD_SNAPSHOTS=1` to rewrite the dumps in the source tree on purpose, then read the diff.
@Suite struct BodyDumpTests {
    static let folder = "body-dump"
    static let sourceFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/\(folder)")
    static var bundleFolder: URL { AggregationHarness.fixtures.appendingPathComponent(folder) }

    /// The fixture names (`NAME` of `NAME.md`), sorted.
    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: bundleFolder.path)) ?? []
        return files.filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.sorted()
    }()

    @Test func everyFixtureIsFound() {
        #expect(Self.names == ["code", "crlf", "hashtags", "headings", "lists", "milestones", "obsidian"])
    }

    @Test(arguments: names) func dumpMatchesItsSnapshot(name: String) throws {
        let markdown = try String(contentsOf: Self.bundleFolder.appendingPathComponent("\(name).md"), encoding: .utf8)
        let dump = BodyAnalyzer.analyze(markdown, firstLine: 1).dump()
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            let url = Self.sourceFolder.appendingPathComponent("\(name).dump.txt")
            try Data(dump.utf8).write(to: url)
            print("RECORD_SNAPSHOTS: wrote \(url.path); review it before committing")
            return
        }
        let url = Self.bundleFolder.appendingPathComponent("\(name).dump.txt")
        let expected = try #require(FileManager.default.contents(atPath: url.path), "missing \(Self.folder)/\(name).dump.txt: run with RECORD_SNAPSHOTS=1 and read it")
        #expect(Array(dump.utf8) == Array(expected),
                "\(name): \(RenderingGolden.firstDifference(dump, String(decoding: expected, as: UTF8.self)))")
    }

    @Test func emptyBodyDumpsOneLine() {
        #expect(NoteBody().dump() == "(empty body)\n")
    }

    @Test func quotingKeepsEveryCharacterVisibleOnOneLine() {
        #expect(NoteBody.quoted("a\"b\\c\nd\re\tf\u{7}g\u{85}h\u{2028}é") == #""a\"b\\c\nd\re\tf\u{7}g\u{85}h\u{2028}é""#)
    }

    @Test func sectionsNestByHeadingLevel() {
        let body = BodyAnalyzer.analyze("# One\n\n## Two\n\n### Three\n\n## Four\n", firstLine: 1)
        let headers = body.dump().split(separator: "\n").filter { $0.contains("Section") }
        #expect(headers == [
            #"Section 0 line 1 level 1 "One""#,
            #"  Section 1 line 3 level 2 "Two""#,
            #"    Section 2 line 5 level 3 "Three""#,
            #"  Section 3 line 7 level 2 "Four""#,
        ])
    }
}
