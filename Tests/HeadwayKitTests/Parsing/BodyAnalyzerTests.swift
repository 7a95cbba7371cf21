import Foundation
import Testing
@testable import HeadwayKit

/// Reading a note's Markdown body through cmark (docs/note-format.md, section 3, and the README's "Reading the spec: decisions taken").
@Suite struct BodyAnalyzerSectionTests {
    static let outline = """
        # Intro

        Opening paragraph.

        ## Coping skills

        Practised breathing.

        ### Details

        Four of seven days.

        ## Sleep

        Slept better.

        # Next

        Last.
        """

    @Test func sectionsEndAtTheNextHeadingOfTheSameOrAHigherLevel() {
        let body = BodyAnalyzer.analyze(Self.outline, firstLine: 1)
        #expect(body.sections == [
            BodySection(title: "Intro", level: 1, line: 1, content: RenderedText(
                html: "<p>Opening paragraph.</p>\n<h2>Coping skills</h2>\n<p>Practised breathing.</p>\n<h3>Details</h3>\n<p>Four of seven days.</p>\n<h2>Sleep</h2>\n<p>Slept better.</p>\n",
                text: "Opening paragraph.\nCoping skills\nPractised breathing.\nDetails\nFour of seven days.\nSleep\nSlept better.")),
            BodySection(title: "Coping skills", level: 2, line: 5, content: RenderedText(
                html: "<p>Practised breathing.</p>\n<h3>Details</h3>\n<p>Four of seven days.</p>\n",
                text: "Practised breathing.\nDetails\nFour of seven days.")),
            BodySection(title: "Details", level: 3, line: 9, content: RenderedText(
                html: "Four of seven days.", text: "Four of seven days.")),
            BodySection(title: "Sleep", level: 2, line: 13, content: RenderedText(
                html: "Slept better.", text: "Slept better.")),
            BodySection(title: "Next", level: 1, line: 17, content: RenderedText(
                html: "Last.", text: "Last.")),
        ])
        #expect(body.tagged == [])
        #expect(body.milestones == [])
    }

    @Test func linesAreOffsetByTheBodysFirstFileLine() {
        let body = BodyAnalyzer.analyze(Self.outline, firstLine: 10)
        #expect(body.sections.map(\.line) == [10, 14, 18, 22, 26])
    }

    @Test func deeperHeadingDoesNotEndASectionButAHigherOneDoes() {
        let body = BodyAnalyzer.analyze("### Three\n\na\n\n## Two\n\nb\n\n#### Four\n\nc\n\n# One\n\nd\n", firstLine: 1)
        #expect(body.sections.map(\.title) == ["Three", "Two", "Four", "One"])
        #expect(body.sections.map(\.level) == [3, 2, 4, 1])
        #expect(body.sections.map(\.content.text) == ["a", "b\nFour\nc", "c", "d"])
    }

    @Test func allSixLevelsAndSetextHeadings() {
        let body = BodyAnalyzer.analyze("Coping skills\n=============\n\nx\n\nSleep\n-----\n\ny\n\n###### Six\n\nz\n", firstLine: 1)
        #expect(body.sections.map(\.title) == ["Coping skills", "Sleep", "Six"])
        #expect(body.sections.map(\.level) == [1, 2, 6])
        #expect(body.sections.map(\.line) == [1, 6, 11])
        #expect(body.sections.map(\.content.text) == ["x\nSleep\ny\nSix\nz", "y\nSix\nz", "z"])
    }

    @Test func contentBeforeTheFirstHeadingBelongsToNoSection() {
        let body = BodyAnalyzer.analyze("Preamble.\n\n## Sleep\n\nSlept.\n", firstLine: 1)
        #expect(body.sections == [
            BodySection(title: "Sleep", level: 2, line: 3, content: RenderedText(html: "Slept.", text: "Slept.")),
        ])
    }

    @Test func emptySectionHasEmptyContent() {
        let body = BodyAnalyzer.analyze("## Empty\n## Sleep\n\nSlept.\n", firstLine: 1)
        #expect(body.sections.map(\.title) == ["Empty", "Sleep"])
        #expect(body.sections.first?.content == RenderedText(html: "", text: ""))
    }

    @Test func headingTitleIsPlainText() {
        let body = BodyAnalyzer.analyze("## *Coping* `skills` [now](http://x) <b>!</b>\n\nx\n", firstLine: 1)
        #expect(body.sections.map(\.title) == ["Coping skills now !"])
    }

    @Test func onlyTopLevelHeadingsAreSections() {
        let body = BodyAnalyzer.analyze("> ## Quoted heading\n>\n> quoted\n\n- ## Heading in a list\n\n## Real\n\ntext\n", firstLine: 1)
        #expect(body.sections.map(\.title) == ["Real"])
    }

    @Test func emptyBody() {
        #expect(BodyAnalyzer.analyze("", firstLine: 5) == NoteBody())
        #expect(BodyAnalyzer.analyze("\n\n\n", firstLine: 5) == NoteBody())
    }

    @Test func crlfBody() {
        let body = BodyAnalyzer.analyze("## Sleep\r\n\r\nSlept #sleep\r\n", firstLine: 6)
        #expect(body.sections == [
            BodySection(title: "Sleep", level: 2, line: 6, content: RenderedText(html: "Slept #sleep", text: "Slept #sleep")),
        ])
        #expect(body.tagged.map(\.tags) == [["sleep"]])
        #expect(body.tagged.map(\.line) == [8])
    }

    @Test("mixed line endings and non-ASCII text: each hashtag is confirmed on its own source line")
    func mixedLineEndingsConfirmTagsOnTheRightLine() {
        // \r\n, \r and \n line breaks, with multi-byte characters before the tags. A tag counts only
        // when its paragraph's source lines hold it, so a wrong line split would drop or misplace tags.
        let markdown = "Café ☕ week #sleep\r\n\r\nÉnergie `#code` then #mood-log\r\rLast, naïve #walks\nand `x` #more\n"
        let body = BodyAnalyzer.analyze(markdown, firstLine: 3)
        #expect(body.tagged.map(\.tags) == [["sleep"], ["mood-log"], ["walks", "more"]])
        #expect(body.tagged.map(\.line) == [3, 5, 7])
    }

    @Test func crlfMilestoneTag() {
        let body = BodyAnalyzer.analyze("## Wins\r\n\r\n- Slept 7 hours #sleep\r\n", firstLine: 1)
        #expect(body.milestones.map(\.content.text) == ["Slept 7 hours #sleep"])
        #expect(body.milestones.map(\.line) == [3])
        #expect(body.milestones.map(\.tag) == ["sleep"])
    }
}

// MARK: - Milestone sections

@Suite struct BodyAnalyzerMilestoneTests {
    @Test func topLevelItemsUnderWinsAreMilestones() {
        let markdown = """
            ## Wins

            - Slept 7 hours #sleep #mood
              - nested item #other
            - Called a friend

            Paragraph under wins #sleep

            ## Next
            - not a milestone #sleep
            """
        let body = BodyAnalyzer.analyze(markdown, firstLine: 20)
        #expect(body.milestones == [
            BodyMilestone(content: RenderedText(
                html: "Slept 7 hours #sleep #mood\n<ul>\n<li>nested item #other</li>\n</ul>\n",
                text: "Slept 7 hours #sleep #mood\nnested item #other"),
                tag: "sleep", line: 22),
            BodyMilestone(content: RenderedText(html: "Called a friend", text: "Called a friend"), tag: nil, line: 24),
        ])
        // The milestone list gives no tagged excerpts; the paragraph and the other section's list do.
        #expect(body.tagged == [
            TaggedBlock(tags: ["sleep"], content: RenderedText(html: "Paragraph under wins #sleep", text: "Paragraph under wins #sleep"),
                        line: 26, sections: [0]),
            TaggedBlock(tags: ["sleep"], content: RenderedText(html: "not a milestone #sleep", text: "not a milestone #sleep"),
                        line: 29, sections: [1]),
        ])
    }

    @Test(arguments: ["# Milestones", "## Wins", "### Celebrations", "## Achievements", "## WINS!", "## milestones:", "Wins\n----"])
    func milestoneHeadings(heading: String) {
        let body = BodyAnalyzer.analyze("\(heading)\n\n- Went for a walk\n1. numbered\n", firstLine: 1)
        #expect(body.milestones.map(\.content.text) == ["Went for a walk", "numbered"])
    }

    @Test(arguments: ["## Small wins", "## Goals", "## Milestone", "## Progress"])
    func otherHeadingsAreNotMilestoneSections(heading: String) {
        let body = BodyAnalyzer.analyze("\(heading)\n\n- Went for a walk #walk\n", firstLine: 1)
        #expect(body.milestones == [])
        #expect(body.tagged.map(\.tags) == [["walk"]])
    }

    @Test func milestoneSectionEndsAtTheNextHeadingOfTheSameLevel() {
        let body = BodyAnalyzer.analyze("## Wins\n\n- one\n\n### Home\n\n- two\n\n## Plan\n\n- three\n", firstLine: 1)
        #expect(body.milestones.map(\.content.text) == ["one", "two"])
        #expect(body.milestones.map(\.line) == [3, 7])
    }

    @Test func milestoneHeadingInsideAnotherGivesEachItemOnce() {
        let body = BodyAnalyzer.analyze("## Wins\n\n### Achievements\n\n- Ran 5 km\n", firstLine: 1)
        #expect(body.milestones.map(\.content.text) == ["Ran 5 km"])
    }

    @Test func listsNotDirectlyUnderTheHeadingAreNotMilestones() {
        let body = BodyAnalyzer.analyze("## Wins\n\n> - quoted item\n\nText.\n", firstLine: 1)
        #expect(body.milestones == [])
    }

    @Test func milestoneTagIsTheFirstHashtag() {
        let body = BodyAnalyzer.analyze("## Wins\n\n- `#code` then &#35;entity then #second and #third\n- (#paren) win\n", firstLine: 1)
        #expect(body.milestones.map(\.tag) == ["second", "paren"])
    }

    @Test func looseMilestoneItems() {
        let body = BodyAnalyzer.analyze("## Wins\n\n- First win\n\n- Second win\n\n  More about it.\n", firstLine: 1)
        #expect(body.milestones == [
            BodyMilestone(content: RenderedText(html: "First win", text: "First win"), tag: nil, line: 3),
            BodyMilestone(content: RenderedText(html: "<p>Second win</p>\n<p>More about it.</p>\n", text: "Second win\nMore about it."),
                          tag: nil, line: 5),
        ])
    }

    @Test func milestoneHTMLIsSafe() {
        let body = BodyAnalyzer.analyze("## Wins\n\n- Did it <img src=x onerror=alert(1)> [link](javascript:alert(1))\n", firstLine: 1)
        #expect(body.milestones.map(\.content) == [
            RenderedText(html: "Did it <!-- raw HTML omitted --> <a href=\"\">link</a>", text: "Did it  link"),
        ])
    }

    @Test func frontMatterMilestoneMarkdown() {
        let inline = BodyAnalyzer.inline("Called a *friend* #Reconnect and #coping")
        #expect(inline.content == RenderedText(html: "Called a <em>friend</em> #Reconnect and #coping",
                                               text: "Called a friend #Reconnect and #coping"))
        #expect(inline.tag == "reconnect")
    }

    @Test func frontMatterMilestoneWithoutTagAndWithRawHTML() {
        let inline = BodyAnalyzer.inline("<script>alert(1)</script> brave `#x`")
        #expect(inline.content.html == "<!-- raw HTML omitted -->\n")
        #expect(inline.tag == nil)
        let other = BodyAnalyzer.inline("Spoke up <b>at work</b> \\#no")
        #expect(other.content == RenderedText(html: "Spoke up <!-- raw HTML omitted -->at work<!-- raw HTML omitted --> #no",
                                              text: "Spoke up at work #no"))
        #expect(other.tag == nil)
    }
}

// MARK: - Hashtags

@Suite struct BodyAnalyzerHashtagTests {
    /// The tags of every tagged block of `markdown`.
    private func tags(_ markdown: String) -> [[String]] {
        BodyAnalyzer.analyze(markdown, firstLine: 1).tagged.map(\.tags)
    }

    @Test(arguments: [
        ("Slept well #sleep", ["sleep"]),
        ("#sleep at the start of a paragraph", ["sleep"]),
        ("Better (#sleep) this week", ["sleep"]),
        ("Better [#sleep] this week", ["sleep"]),
        ("Better {#sleep} this week", ["sleep"]),
        ("He said \"#sleep\" twice", ["sleep"]),
        ("She said '#sleep' twice", ["sleep"]),
        ("Tabbed\t#sleep", ["sleep"]),
        ("Tags #Sleep, #SLEEP and #mood.", ["sleep", "mood"]),
        ("Hyphenated #sleep-hygiene.", ["sleep-hygiene"]),
        ("Trailing hyphen #sleep- here", ["sleep"]),
        ("Digits #phq9 and #2026", ["phq9", "2026"]),
        ("Unicode #schlaf-qualität", ["schlaf-qualität"]),
        ("Soft\nbreak #sleep\nand #mood", ["sleep", "mood"]),
        ("Tag at the start of a continuation line\n#sleep", ["sleep"]),
        ("Hard break\\\n#sleep", ["sleep"]),
        ("Image alt ![x](p.png) then #sleep", ["sleep"]),
        ("Link text [about #sleep](http://example.com)", ["sleep"]),
        ("Emphasis _x_ #mood", ["mood"]),
        ("&#35;mood is an entity but #sleep is a tag", ["sleep"]),
        ("\\#mood is escaped but #sleep is a tag", ["sleep"]),
        // Emphasis does not hide a tag: the `#` starts the text of the strong, emph or highlight node.
        ("Went for a **#walk**", ["walk"]),
        ("**#walk** first", ["walk"]),
        ("A *#walk* and a _#swim_", ["walk", "swim"]),
        ("After a stop.**#walk**", ["walk"]),
        ("Nested ***#walk*** here", ["walk"]),
        ("Highlighted ==#walk== today", ["walk"]),
        ("Strong **with #walk** inside", ["walk"]),
        ("A [[walk-log|#walk]] label is not a tag, but #swim is", ["swim"]),
    ] as [(String, [String])])
    func hashtagsInOrdinaryText(markdown: String, expected: [String]) {
        #expect(tags(markdown) == [expected])
    }

    @Test(arguments: [
        "See page#part of the workbook",
        "C# and F# are languages",
        "Entity &#35;sleep is not a tag",
        "Escaped \\#sleep is not a tag",
        "Code span `#sleep` is not a tag",
        "Code span then tag `x`#sleep is not a tag",
        "Inline <span title=\"#sleep\">html</span> is not a tag",
        "Inline <!-- #sleep --> comment",
        "Link [x](http://a#frag) destination",
        "Link [x](#sleep) to an anchor",
        "Image ![alt](pic.png#sleep) destination",
        "Autolink <http://example.com/#sleep>",
        "Reference [x][r]\n\n[r]: http://a#sleep",
        "Only a hash # here",
        "Double ##sleep",
        "Email a#b@example.com",
        "```\n#not-a-tag\n```",
        "~~~\n#not-a-tag\n~~~",
        "    #indented-code-block",
        "<div>\n#not-a-tag\n</div>",
        "<!--\n#not-a-tag\n-->",
        "# Sleep",
        "## Heading #sleep",
        "Setext #sleep\n------",
        // Delimiters that cmark does not read as emphasis stay text, and text before a `#` hides it.
        "Stars a**#walk** after a letter",
        "Underscores snake_#walk",
        "Emphasis *x*#walk ends before the hash",
        "Escaped **\\#walk** in strong",
        "Entity **&#35;walk** in strong",
        "Code **`#walk`** in strong",
        "Link to a heading [[#walk]] is not a tag",
    ])
    func notHashtags(markdown: String) {
        #expect(tags(markdown) == [])
    }

    @Test func escapedTagNextToAnAnchorLinkOfTheSameName() {
        // `\#sleep` is escaped and `(#sleep)` here is a link destination: neither is a hashtag.
        #expect(tags("Escaped \\#sleep, see [notes](#sleep)") == [])
    }

    @Test func blockQuoteWithoutASpace() {
        // `>#sleep` is a block quote whose paragraph text starts with the `#`.
        #expect(tags(">#sleep tonight") == [["sleep"]])
    }

    @Test func tagsOfEachBlockAreSeparate() {
        #expect(tags("One #a\n\nTwo #b #a\n\n- three #c\n- four\n") == [["a"], ["b", "a"], ["c"]])
    }

    @Test func candidateScannerRules() {
        #expect(Hashtags.candidates(in: "#a b#c (#d) [#e] {#f} \"#g\" '#h' x#i #j- #") == ["a", "d", "e", "f", "g", "h", "j"])
        #expect(Hashtags.candidates(in: "#a#b") == ["a"])
        #expect(Hashtags.candidates(in: "") == [])
    }
}

// MARK: - Tagged units

@Suite struct BodyAnalyzerTaggedUnitTests {
    @Test func paragraphOrNearestListItem() {
        let markdown = """
            Intro paragraph #sleep

            - First item
              continued #mood
            - Second item
              - nested #sleep

            > Quoted #mood
            """
        let body = BodyAnalyzer.analyze(markdown, firstLine: 1)
        #expect(body.tagged == [
            TaggedBlock(tags: ["sleep"], content: RenderedText(html: "Intro paragraph #sleep", text: "Intro paragraph #sleep"),
                        line: 1, sections: []),
            TaggedBlock(tags: ["mood"], content: RenderedText(html: "First item\ncontinued #mood", text: "First item continued #mood"),
                        line: 3, sections: []),
            TaggedBlock(tags: ["sleep"], content: RenderedText(html: "nested #sleep", text: "nested #sleep"),
                        line: 6, sections: []),
            TaggedBlock(tags: ["mood"], content: RenderedText(html: "Quoted #mood", text: "Quoted #mood"),
                        line: 8, sections: []),
        ])
    }

    @Test func listItemWithSeveralTaggedParagraphsIsOneUnit() {
        let body = BodyAnalyzer.analyze("- a #x\n\n  b #y #x\n- c #z\n", firstLine: 1)
        #expect(body.tagged == [
            TaggedBlock(tags: ["x", "y"], content: RenderedText(html: "<p>a #x</p>\n<p>b #y #x</p>\n", text: "a #x\nb #y #x"),
                        line: 1, sections: []),
            TaggedBlock(tags: ["z"], content: RenderedText(html: "c #z", text: "c #z"), line: 4, sections: []),
        ])
    }

    @Test func taggedBlockKnowsItsEnclosingSections() {
        let body = BodyAnalyzer.analyze("# A\n\n## B\n\ntext #x\n\n## C\n\nmore #y\n\n# D\n\nlast #z\n", firstLine: 1)
        #expect(body.tagged.map(\.sections) == [[0, 1], [0, 2], [3]])
        #expect(body.tagged.map(\.line) == [5, 9, 13])
    }

    @Test func taggedLinesAreFileLines() {
        let body = BodyAnalyzer.analyze("\nfirst #a\n\n- item #b\n", firstLine: 7)
        #expect(body.tagged.map(\.line) == [8, 10])
    }

    @Test func singleParagraphHTMLHasNoParagraphTags() {
        let body = BodyAnalyzer.analyze("- loose #a\n\n- item #b\n\n  > quoted #c\n\nTwo #d\n", firstLine: 1)
        #expect(body.tagged.map(\.content.html) == ["loose #a", "<p>item #b</p>\n<blockquote>\n<p>quoted #c</p>\n</blockquote>\n", "Two #d"])
        let sections = BodyAnalyzer.analyze("# A\n\nOne.\n\n# B\n\nOne.\n\nTwo.\n\n# C\n\n- item\n", firstLine: 1).sections
        #expect(sections.map(\.content.html) == ["One.", "<p>One.</p>\n<p>Two.</p>\n", "<ul>\n<li>item</li>\n</ul>\n"])
        #expect(BodyAnalyzer.inline("First\n\nSecond").content.html == "<p>First</p>\n<p>Second</p>\n")
    }

    @Test func rawHTMLInATaggedParagraphIsOmitted() {
        let body = BodyAnalyzer.analyze("<b>x</b> #sleep <script>alert(1)</script>\n", firstLine: 1)
        #expect(body.tagged == [
            TaggedBlock(tags: ["sleep"], content: RenderedText(
                html: "<!-- raw HTML omitted -->x<!-- raw HTML omitted --> #sleep <!-- raw HTML omitted -->alert(1)<!-- raw HTML omitted -->",
                text: "x #sleep alert(1)"), line: 1, sections: []),
        ])
    }
}

// MARK: - Safe HTML and plain text of excerpts

@Suite struct BodyAnalyzerRenderingTests {
    private func sectionContent(_ markdown: String) -> RenderedText? {
        BodyAnalyzer.analyze("## Coping skills\n\n" + markdown, firstLine: 1).sections.first?.content
    }

    @Test func scriptBlockBecomesAnOmittedComment() {
        #expect(sectionContent("<script>alert(1)</script>\n\nAfter.\n") == RenderedText(
            html: "<!-- raw HTML omitted -->\n<p>After.</p>\n", text: "After."))
    }

    @Test func javascriptLinkLosesItsHref() {
        #expect(sectionContent("[x](javascript:alert(1))\n") == RenderedText(html: "<a href=\"\">x</a>", text: "x"))
    }

    @Test func imagesBecomeTheirTextSoNothingIsFetched() {
        #expect(sectionContent("![x](javascript:alert(1))\n")?.html == "x")
        #expect(sectionContent("A ![*map*](https://example.com/m.png) here\n") == RenderedText(html: "A map here", text: "A map here"))
    }

    @Test func safeLinksAreKept() {
        #expect(sectionContent("[guide](https://example.com/a?b=1&c=2)\n")?.html
                == "<a href=\"https://example.com/a?b=1&amp;c=2\">guide</a>")
    }

    @Test func textIsEscaped() {
        #expect(sectionContent("5 < 6 & \"quotes\"\n") == RenderedText(
            html: "5 &lt; 6 &amp; &quot;quotes&quot;", text: "5 < 6 & \"quotes\""))
    }

    @Test func plainTextJoinsBlocksWithNewlines() {
        let content = sectionContent("""
            First para with *emph* and `code`.

            Second line one
            line two\u{20}\u{20}
            hard break

            ```
            code block
            ```

            <div>html</div>

            ---

            - item one
            - item two

            """)
        #expect(content == RenderedText(
            html: "<p>First para with <em>emph</em> and <code>code</code>.</p>\n<p>Second line one\nline two<br />\nhard break</p>\n<pre><code>code block\n</code></pre>\n<!-- raw HTML omitted -->\n<hr />\n<ul>\n<li>item one</li>\n<li>item two</li>\n</ul>\n",
            text: "First para with emph and code.\nSecond line one line two\nhard break\ncode block\nitem one\nitem two"))
    }

    @Test func blockQuotesAndNestedListsInPlainText() {
        #expect(sectionContent("> quoted\n> more\n\n1. one\n   - sub\n2. two\n")?.text == "quoted more\none\nsub\ntwo")
    }

    /// The time limit guards against a hang; growth with the depth is `scripts/bench --corners`'s "deep nesting" check.
    @Test(.timeLimit(.minutes(1)))
    func deeplyNestedMarkdownDoesNotCrash() {
        let depth = 5_000
        let markdown = "## Sleep\n\n" + String(repeating: "> ", count: depth) + "deep #sleep\n\n" + String(repeating: "- ", count: 2_000) + "item\n"
        let body = BodyAnalyzer.analyze(markdown, firstLine: 1)
        #expect(body.sections.map(\.title) == ["Sleep"])
        #expect(body.sections.first?.content.text.contains("deep #sleep") == true)
    }
}
