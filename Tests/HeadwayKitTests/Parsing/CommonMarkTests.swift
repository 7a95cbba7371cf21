import Testing
@testable import HeadwayKit

/// The cmark wrapper: renderings made only where the caller asks, and content rendered without the
/// node's own tags at the source.
@Suite struct CommonMarkTests {
    /// Every node's facts, in the order `parse` asks about them, and the tree with every rendering.
    static func parseAll(_ markdown: String) -> (facts: [MarkdownNodeFacts], document: MarkdownNode) {
        var facts: [MarkdownNodeFacts] = []
        let document = CommonMark.parse(markdown) { node in
            facts.append(node)
            return [.html, .contentHTML]
        }
        return (facts, document)
    }

    @Test func nothingIsRenderedUnlessAsked() {
        let document = CommonMark.parse("# A\n\nb *c*\n\n- d\n") { _ in [] }
        var pending = [document]
        while let node = pending.popLast() {
            #expect(node.html == nil && node.contentHTML == nil)
            pending += node.children
        }
    }

    @Test func factsDescribeTheNodeAndItsNeighbours() {
        let (facts, _) = Self.parseAll("# A\n\n- one #x\n- two\n")
        let items = facts.filter { $0.kind == .item }
        #expect(items.map(\.depth) == [2, 2])
        #expect(items.map(\.containsHash) == [true, false])
        #expect(items.map(\.previous) == [nil, .item])
        #expect(items.map(\.next) == [.item, nil])
        #expect(items.map(\.onlyChild) == [.paragraph, .paragraph])
        #expect(items.allSatisfy { $0.parent == .list && !$0.inItem })
        let paragraphs = facts.filter { $0.kind == .paragraph }
        #expect(paragraphs.map(\.depth) == [3, 3])
        #expect(paragraphs.allSatisfy { $0.inItem && $0.parent == .item })
        let list = facts.first { $0.kind == .list }
        #expect(list?.previous == .heading(1) && list?.next == nil && list?.depth == 1)
    }

    @Test func nodesBelowTheDepthLimitAreNotAskedAbout() {
        let (facts, _) = Self.parseAll(String(repeating: "> ", count: 60) + "deep #x\n")
        #expect(facts.map(\.depth).max() == CommonMark.maximumDepth - 1)
        #expect(!facts.contains { $0.kind == .text || $0.kind == .paragraph })
    }

    /// The content of each top-level list item, in order.
    static func itemContents(_ markdown: String) -> [String?] {
        parseAll(markdown).document.children.filter { $0.kind == .list }.flatMap(\.children).map(\.contentHTML)
    }

    @Test func itemContentOfATightList() {
        #expect(Self.itemContents("- one\n- two\n  - nested\n") == ["one\n", "two\n<ul>\n<li>nested</li>\n</ul>\n"])
    }

    @Test func itemContentOfALooseList() {
        #expect(Self.itemContents("- one\n\n- two\n\n  more\n") == ["<p>one</p>\n", "<p>two</p>\n<p>more</p>\n"])
    }

    @Test func itemContentWithACodeBlockAndAfterIt() {
        #expect(Self.itemContents("- a\n  ```\n  # x\n  ```\n  b\n") == ["a\n<pre><code># x\n</code></pre>\nb\n"])
    }

    @Test func itemContentOfTaskAndEmptyItems() {
        #expect(Self.itemContents("- [x] done\n-\n") == ["Done: done\n", "\n"])
    }

    @Test func paragraphContentHasNoParagraphTagsAndLeavesTheTreeWhole() {
        let document = Self.parseAll("Some *stress* and ==calm== [x](http://a) `c`\nnext\n").document
        let paragraph = document.children[0]
        #expect(paragraph.contentHTML == "Some <em>stress</em> and <mark>calm</mark> <a href=\"http://a\">x</a> <code>c</code>\nnext")
        #expect(paragraph.html == "<p>Some <em>stress</em> and <mark>calm</mark> <a href=\"http://a\">x</a> <code>c</code>\nnext</p>\n")
        #expect(document.html == "<p>Some <em>stress</em> and <mark>calm</mark> <a href=\"http://a\">x</a> <code>c</code>\nnext</p>\n")
        #expect(document.contentHTML == document.html)
    }

    @Test func leavesHaveNoContent() {
        let document = Self.parseAll("```\ncode\n```\n\n---\n").document
        #expect(document.children.map(\.contentHTML) == [nil, nil])
        #expect(document.children.map(\.html) == ["<pre><code>code\n</code></pre>\n", "<hr />\n"])
    }
}
