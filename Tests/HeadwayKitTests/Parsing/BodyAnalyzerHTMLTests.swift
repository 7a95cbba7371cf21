import Testing
@testable import HeadwayKit

/// The rule by which the body analysis asks cmark for HTML: only what an excerpt will show.
@Suite struct BodyAnalyzerHTMLTests {
    static func facts(
        _ kind: MarkdownNode.Kind, depth: Int, hash: Bool = false, parent: MarkdownNode.Kind? = nil,
        previous: MarkdownNode.Kind? = nil, next: MarkdownNode.Kind? = nil, onlyChild: MarkdownNode.Kind? = nil, inItem: Bool = false
    ) -> MarkdownNodeFacts {
        MarkdownNodeFacts(kind: kind, depth: depth, containsHash: hash, parent: parent, previous: previous, next: next,
                          onlyChild: onlyChild, inItem: inItem)
    }

    @Test func topLevelBlocksAreRenderedWholeAndALoneParagraphAlsoAsContent() {
        #expect(BodyAnalyzer.renderings(for: Self.facts(.codeBlock, depth: 1, parent: .document)) == .html)
        #expect(BodyAnalyzer.renderings(for: Self.facts(.paragraph, depth: 1, parent: .document, previous: .paragraph, next: .heading(2))) == .html)
        #expect(BodyAnalyzer.renderings(for: Self.facts(.paragraph, depth: 1, parent: .document, previous: .heading(2), next: .heading(3)))
                == [.html, .contentHTML])
        #expect(BodyAnalyzer.renderings(for: Self.facts(.paragraph, depth: 1, parent: .document)) == [.html, .contentHTML])
    }

    @Test func milestoneItemsGetTheirContentOrTheirOneParagraphs() {
        #expect(BodyAnalyzer.renderings(for: Self.facts(.item, depth: 2, parent: .list, onlyChild: nil)) == .contentHTML)
        #expect(BodyAnalyzer.renderings(for: Self.facts(.item, depth: 2, parent: .list, onlyChild: .paragraph)) == [])
        #expect(BodyAnalyzer.renderings(for: Self.facts(.paragraph, depth: 3, parent: .item, inItem: true)) == .contentHTML)
        #expect(BodyAnalyzer.renderings(for: Self.facts(.paragraph, depth: 3, parent: .item, next: .list, inItem: true)) == [])
    }

    @Test func deeperNodesOnlyWhenTagged() {
        #expect(BodyAnalyzer.renderings(for: Self.facts(.item, depth: 4, parent: .list, inItem: true)) == [])
        #expect(BodyAnalyzer.renderings(for: Self.facts(.paragraph, depth: 5, parent: .item, inItem: true)) == [])
        #expect(BodyAnalyzer.renderings(for: Self.facts(.item, depth: 4, hash: true, parent: .list, inItem: true)) == .contentHTML)
        #expect(BodyAnalyzer.renderings(for: Self.facts(.paragraph, depth: 2, hash: true, parent: .blockQuote)) == .contentHTML)
        #expect(BodyAnalyzer.renderings(for: Self.facts(.paragraph, depth: 3, hash: true, parent: .blockQuote, inItem: true)) == [])
        #expect(BodyAnalyzer.renderings(for: Self.facts(.text, depth: 3, hash: true, parent: .paragraph)) == [])
    }
}
