import Foundation
import Testing
@testable import HeadwayKit

/// Splitting a file into YAML front matter and Markdown body (docs/note-format.md, section 1).
@Suite struct FrontMatterTests {
    /// The front matter of `text`, or a recorded failure.
    private func found(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> FrontMatter? {
        guard case .found(let frontMatter) = FrontMatter.split(text) else {
            Issue.record("expected front matter, got \(FrontMatter.split(text))", sourceLocation: sourceLocation)
            return nil
        }
        return frontMatter
    }

    @Test func splitsYAMLAndBody() throws {
        let text = "---\nclient: C-1\ndate: 2026-10-07\n---\n# Session\n\nBody.\n"
        let frontMatter = try #require(found(text))
        #expect(frontMatter == FrontMatter(
            yaml: "client: C-1\ndate: 2026-10-07\n", yamlFirstLine: 2,
            body: "# Session\n\nBody.\n", bodyFirstLine: 5))
    }

    @Test func dotsCloseTheFrontMatter() throws {
        let frontMatter = try #require(found("---\nclient: C-1\n...\nBody\n"))
        #expect(frontMatter.yaml == "client: C-1\n")
        #expect(frontMatter.body == "Body\n")
        #expect(frontMatter.bodyFirstLine == 4)
    }

    @Test func theFirstClosingLineWins() throws {
        let frontMatter = try #require(found("---\na: 1\n...\nb: 2\n---\nBody\n"))
        #expect(frontMatter.yaml == "a: 1\n")
        #expect(frontMatter.body == "b: 2\n---\nBody\n")
        #expect(frontMatter.bodyFirstLine == 4)
    }

    @Test func byteOrderMarkBeforeTheOpenerIsAllowed() throws {
        let frontMatter = try #require(found("\u{FEFF}---\nclient: C-1\n---\nBody\n"))
        #expect(frontMatter.yaml == "client: C-1\n")
        #expect(frontMatter.yamlFirstLine == 2)
        #expect(frontMatter.body == "Body\n")
        #expect(frontMatter.bodyFirstLine == 4)
    }

    @Test func byteOrderMarkElsewhereIsNotAnOpener() {
        #expect(FrontMatter.split("x\u{FEFF}---\nclient: C-1\n---\n") == .absent)
    }

    @Test func crlfLineEndingsAreAllowed() throws {
        let frontMatter = try #require(found("---\r\nclient: C-1\r\ndate: 2026-10-07\r\n---\r\nBody line\r\nSecond\r\n"))
        #expect(frontMatter.yaml == "client: C-1\r\ndate: 2026-10-07\r\n")
        #expect(frontMatter.yamlFirstLine == 2)
        #expect(frontMatter.body == "Body line\r\nSecond\r\n")
        #expect(frontMatter.bodyFirstLine == 5)
    }

    @Test func crlfWithDotsCloser() throws {
        let frontMatter = try #require(found("---\r\na: 1\r\n...\r\nBody\r\n"))
        #expect(frontMatter.yaml == "a: 1\r\n")
        #expect(frontMatter.body == "Body\r\n")
        #expect(frontMatter.bodyFirstLine == 4)
    }

    @Test func byteOrderMarkWithCRLF() throws {
        let frontMatter = try #require(found("\u{FEFF}---\r\na: 1\r\n---\r\nBody\r\n"))
        #expect(frontMatter.yaml == "a: 1\r\n")
        #expect(frontMatter.body == "Body\r\n")
        #expect(frontMatter.bodyFirstLine == 4)
    }

    @Test func trailingSpacesAndTabsOnMarkersAreAllowed() throws {
        let frontMatter = try #require(found("---   \na: 1\n--- \t \nBody\n"))
        #expect(frontMatter.yaml == "a: 1\n")
        #expect(frontMatter.body == "Body\n")
        #expect(frontMatter.bodyFirstLine == 4)
        let dots = try #require(found("--- \r\na: 1\r\n...  \r\nBody\r\n"))
        #expect(dots.yaml == "a: 1\r\n")
        #expect(dots.body == "Body\r\n")
    }

    @Test(arguments: [
        "----\na: 1\n---\n",          // four dashes
        " ---\na: 1\n---\n",          // leading space
        "--- a\nb: 1\n---\n",         // text after the dashes
        "# Title\n---\na: 1\n---\n",  // front matter not on line 1
        "\n---\na: 1\n---\n",         // blank first line
        "Just a README.\n",
        "...\na: 1\n...\n",           // dots do not open
    ])
    func notAnOpenerMeansNoFrontMatter(text: String) {
        #expect(FrontMatter.split(text) == .absent)
    }

    @Test func emptyFileHasNoFrontMatter() {
        #expect(FrontMatter.split("") == .absent)
    }

    @Test func onlyABOMHasNoFrontMatter() {
        #expect(FrontMatter.split("\u{FEFF}") == .absent)
    }

    @Test(arguments: [
        "---",
        "---\n",
        "---\r\n",
        "\u{FEFF}---\n",
        "---\nclient: C-1\ndate: 2026-10-07\n",
        "---\nclient: C-1\n ---\nBody\n",      // an indented marker does not close
        "---\nclient: C-1\n----\nBody\n",      // four dashes do not close
        "---\nclient: C-1\n--- x\nBody\n",     // text after the marker
        "---\nclient: C-1\n. . .\n",
    ])
    func unclosedFrontMatter(text: String) {
        #expect(FrontMatter.split(text) == .unclosed)
    }

    @Test func emptyFrontMatter() throws {
        let frontMatter = try #require(found("---\n---\nBody\n"))
        #expect(frontMatter.yaml == "")
        #expect(frontMatter.yamlFirstLine == 2)
        #expect(frontMatter.body == "Body\n")
        #expect(frontMatter.bodyFirstLine == 3)
    }

    @Test func closerOnTheLastLineWithoutNewline() throws {
        let frontMatter = try #require(found("---\na: 1\n---"))
        #expect(frontMatter.yaml == "a: 1\n")
        #expect(frontMatter.body == "")
        #expect(frontMatter.bodyFirstLine == 4)
    }

    @Test func bodyFirstLineCountsEveryFrontMatterLine() throws {
        let yaml = (1...9).map { "k\($0): \($0)\n" }.joined()
        let frontMatter = try #require(found("---\n" + yaml + "---\n\nFirst paragraph\n"))
        #expect(frontMatter.yaml == yaml)
        #expect(frontMatter.bodyFirstLine == 12)
        #expect(frontMatter.body == "\nFirst paragraph\n")
    }

    @Test func blankLinesInsideTheFrontMatterAreKept() throws {
        let frontMatter = try #require(found("---\n\na: 1\n\n---\nBody\n"))
        #expect(frontMatter.yaml == "\na: 1\n\n")
        #expect(frontMatter.bodyFirstLine == 6)
    }

    @Test func unicodeInYAMLAndBodyIsKeptIntact() throws {
        let frontMatter = try #require(found("---\nclinician: Zoë Ångström\n---\nCafé ✓ 🙂\n"))
        #expect(frontMatter.yaml == "clinician: Zoë Ångström\n")
        #expect(frontMatter.body == "Café ✓ 🙂\n")
        #expect(frontMatter.bodyFirstLine == 4)
    }

    // MARK: Real files

    private func fixture(_ name: String) throws -> String {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let url = folder.appendingPathComponent("parsing/frontmatter/\(name)")
        let bytes = try Data(contentsOf: url)
        // As the parser reads files: a BOM stays in the text.
        return try #require(String(validating: Array(bytes), as: UTF8.self))
    }

    @Test func realFileWithBOMAndCRLF() throws {
        let text = try fixture("bom-crlf.md")
        #expect(text.utf8.prefix(3).elementsEqual([0xEF, 0xBB, 0xBF]))
        let frontMatter = try #require(found(text))
        #expect(frontMatter.yaml == "client: C-0142\r\ndate: 2026-10-07\r\n")
        #expect(frontMatter.body == "Body with CRLF.\r\n")
        #expect(frontMatter.bodyFirstLine == 5)
    }

    @Test func realFileClosedWithDots() throws {
        let frontMatter = try #require(found(try fixture("dots-closer.md")))
        #expect(frontMatter.yaml == "client: C-0142\ndate: 2026-10-07\n")
        #expect(frontMatter.body == "\n## Coping skills\n\nPractised breathing.\n")
        #expect(frontMatter.bodyFirstLine == 5)
    }

    @Test func realFileUnclosed() throws {
        #expect(FrontMatter.split(try fixture("unclosed.md")) == .unclosed)
    }

    @Test func realFileOnlyDashes() throws {
        #expect(FrontMatter.split(try fixture("only-dashes.md")) == .unclosed)
    }

    @Test func realReadmeWithoutFrontMatter() throws {
        #expect(FrontMatter.split(try fixture("readme.md")) == .absent)
    }
}
