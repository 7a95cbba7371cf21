import Testing
@testable import HeadwayKit

@Suite struct GlobPatternTests {
    private func pattern(_ text: String) throws -> GlobPattern { try GlobPattern.parse(text).get() }

    @Test func starMatchesWithinOneSegment() throws {
        let drafts = try pattern("*.draft.md")
        #expect(drafts.matches("a.draft.md", isFolder: false))
        #expect(drafts.matches("C-1/deep/b.draft.md", isFolder: false))   // no slash: any depth
        #expect(!drafts.matches("a.md", isFolder: false))
        let anchored = try pattern("C-1/*.md")
        #expect(anchored.matches("C-1/a.md", isFolder: false))
        #expect(!anchored.matches("C-1/x/a.md", isFolder: false))
        #expect(!anchored.matches("x/C-1/a.md", isFolder: false))
    }

    @Test func questionMarkIsOneCharacter() throws {
        let month = try pattern("2026-1?.md")
        #expect(month.matches("2026-10.md", isFolder: false))
        #expect(!month.matches("2026-1.md", isFolder: false))
        #expect(!month.matches("2026-100.md", isFolder: false))
        #expect(try pattern("?").matches("é", isFolder: false))
    }

    @Test func doubleStarIsAnyNumberOfSegments() throws {
        let templates = try pattern("_templates/**")
        #expect(templates.matches("_templates", isFolder: true))
        #expect(templates.matches("_templates/a/b/c.md", isFolder: false))
        #expect(!templates.matches("x/_templates/c.md", isFolder: false))
        let middle = try pattern("a/**/z.md")
        #expect(middle.matches("a/z.md", isFolder: false))
        #expect(middle.matches("a/b/c/d/z.md", isFolder: false))
        #expect(!middle.matches("a/b/y.md", isFolder: false))
        let anywhere = try pattern("**/Old/**")
        #expect(anywhere.matches("Old", isFolder: true))
        #expect(anywhere.matches("x/y/Old", isFolder: true))
    }

    @Test func trailingSlashNamesFoldersOnly() throws {
        let archive = try pattern("Archive/")
        #expect(archive.matches("Archive", isFolder: true))
        #expect(archive.matches("C-1/Archive", isFolder: true))
        #expect(!archive.matches("Archive", isFolder: false))
        #expect(try pattern("/Archive").matches("Archive", isFolder: false))
        #expect(!(try pattern("/Archive")).matches("C-1/Archive", isFolder: true))
    }

    @Test func starsBacktrackWithoutBlowingUp() throws {
        #expect(try pattern("*a*a*a*a*a*b").matches(String(repeating: "a", count: 2_000), isFolder: false) == false)
        #expect(try pattern("a*b*c").matches("aXXbYYc", isFolder: false))
        #expect(!(try pattern("a*b*c")).matches("aXXbYY", isFolder: false))
        let deep = Array(repeating: "x", count: 500).joined(separator: "/")
        #expect(try pattern("**/**/**/**/y").matches(deep, isFolder: false) == false)
        #expect(try pattern("Case.md").matches("case.md", isFolder: false) == false)
    }

    @Test func badPatterns() {
        #expect(GlobPattern.parse("") == .failure(.empty))
        #expect(GlobPattern.parse("/") == .failure(.empty))
        #expect(GlobPattern.parse("a/../b") == .failure(.leavesFolder))
        #expect(GlobPattern.parse("./a") == .failure(.leavesFolder))
    }
}
