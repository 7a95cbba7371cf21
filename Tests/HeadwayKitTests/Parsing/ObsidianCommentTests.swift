import Testing
@testable import HeadwayKit

/// Obsidian comments (`%%…%%`) are private: nothing between a `%%` and the next one, in document order,
/// reaches a section, an excerpt, a milestone or a hashtag (README, "Writing notes").
@Suite struct ObsidianCommentTests {
    /// The rendering of `markdown` under a section heading.
    private func content(_ markdown: String) -> RenderedText? {
        BodyAnalyzer.analyze("## Notes\n\n" + markdown, firstLine: 1).sections.first?.content
    }

    @Test func inlineCommentIsRemovedFromTextAndHTML() {
        #expect(content("Felt *better* %%worried about **relapse**%% today\n") == RenderedText(
            html: "Felt <em>better</em> today", text: "Felt better today"))
        #expect(content("a%%b%%c and %%%% empty and %%x%%\n") == RenderedText(html: "ac and empty and", text: "ac and empty and"))
        #expect(content("Across %%two\nlines%% here\n")?.text == "Across here")
    }

    @Test func blockCommentRemovesWholeBlocksAcrossBlankLines() {
        let markdown = """
            Visible before.

            %%
            Private line.

            - private item #sleep
            ## Private heading

            > quoted <b>x</b>

            ```
            code inside %% the comment
            ```
            ---
            %%

            Visible after.
            """
        let body = BodyAnalyzer.analyze("## Notes\n\n" + markdown, firstLine: 1)
        #expect(body.sections == [BodySection(title: "Notes", level: 2, line: 1, content: RenderedText(
            html: "<p>Visible before.</p>\n<p>Visible after.</p>\n", text: "Visible before.\nVisible after."))])
        #expect(body.tagged == [])
    }

    @Test func commentAcrossListItemsAndQuotesKeepsWhatIsOutside() {
        #expect(content("- a %%b\n- c%% d\n- e\n")?.text == "a\nd\ne")
        #expect(content("- keep\n- %%gone%%\n- %%\n  gone\n  %%\n")?.html == "<ul>\n<li>keep</li>\n</ul>\n")
        #expect(content("> quote %%secret\n\n> still secret%% shown\n")?.text == "quote\nshown")
    }

    @Test func emptiedParagraphsLeaveNoEmptyExcerpt() {
        #expect(content("Before\n\n%%secret%%\n\n%%x%% %%y%%\n%%z%%\n\nAfter\n")?.html == "<p>Before</p>\n<p>After</p>\n")
        let body = BodyAnalyzer.analyze("## Sleep\n\n%%only private words #sleep%%\n", firstLine: 1)
        #expect(body.sections.first?.content == RenderedText(html: "", text: ""))
        #expect(body.tagged == [])
    }

    @Test func percentSignsInCodeOutsideACommentAreLiteral() {
        #expect(content("Use `%%` here\n\n```\n%% not a comment\n```\n\nafter %%x%%\n") == RenderedText(
            html: "<p>Use <code>%%</code> here</p>\n<pre><code>%% not a comment\n</code></pre>\n<p>after</p>\n",
            text: "Use %% here\n%% not a comment\nafter"))
    }

    @Test func percentSignsInAnHTMLBlockAreLiteralAndAnEscapeStillCounts() {
        #expect(content("<div>\n%%\n</div>\n\nafter\n")?.text == "after")
        #expect(content("shown \\%%hidden%% shown\n")?.text == "shown shown")
    }

    @Test func unclosedCommentHidesTheRestOfTheNote() {
        let body = BodyAnalyzer.analyze("## Notes\n\nKeep.\n\n%% private\n\n## Wins\n\n- hidden #sleep\n", firstLine: 1)
        #expect(body.sections == [BodySection(title: "Notes", level: 2, line: 1, content: RenderedText(html: "Keep.", text: "Keep."))])
        #expect(body.milestones == [])
        #expect(body.tagged == [])
    }

    @Test func hashtagsAndMilestonesInsideACommentAreNotRead() {
        let body = BodyAnalyzer.analyze("## Wins\n\n- Walked #walk\n%%\n- hidden win #sleep\n%%\n- Called a friend\n", firstLine: 1)
        #expect(body.milestones == [
            BodyMilestone(content: RenderedText(html: "Walked #walk", text: "Walked #walk"), tag: "walk", line: 3),
            BodyMilestone(content: RenderedText(html: "Called a friend", text: "Called a friend"), tag: nil, line: 7),
        ])
        #expect(BodyAnalyzer.analyze("Walked %%#sleep%% today #walk\n", firstLine: 1).tagged.map(\.tags) == [["walk"]])
        #expect(BodyAnalyzer.analyze("Walked %%today #sleep%%\n", firstLine: 1).tagged == [])
    }

    @Test func commentInAHeadingOrAFrontMatterMilestone() {
        let body = BodyAnalyzer.analyze("## Sleep %%private%%\n\nx\n\n## %%all private%%\n\ny\n", firstLine: 1)
        #expect(body.sections.map(\.title) == ["Sleep"])
        #expect(body.sections.first?.content.text == "x\ny")
        let milestone = BodyAnalyzer.inline("Walked to the shop %%with J.%% #walk")
        #expect(milestone.content == RenderedText(html: "Walked to the shop #walk", text: "Walked to the shop #walk"))
        #expect(milestone.tag == "walk")
    }

    @Test func commentsComeOutBeforeOtherObsidianSyntax() {
        #expect(content("==a %%b== c%% d==\n")?.html == "<mark>a d</mark>")
        #expect(content("See [[Sleep %%log]] x%%]] now\n")?.text == "See Sleep now")
    }

    /// The time limit guards against a hang; that the time grows with the runs, not their square, is
    /// `scripts/bench --corners`'s "Obsidian delimiters" check.
    @Test(.timeLimit(.minutes(1)))
    func longRunsOfDelimiters() {
        let markdown = String(repeating: "a %%b%% ", count: 20_000) + "\n\n" + String(repeating: "%%\n\nx\n\n", count: 5_000)
        let body = BodyAnalyzer.analyze("## Notes\n\n" + markdown, firstLine: 1)
        #expect(body.sections.first?.content.text.hasPrefix("a a a") == true)
    }

    @Test func scanner() {
        typealias State = ObsidianSyntax.CommentState
        func scan(_ literal: String, _ state: State = State()) -> String {
            let (kept, end) = ObsidianSyntax.outsideComments(literal, from: state)
            return "\(kept)|\(end.open)|\(end.spaceBefore)"
        }
        #expect(scan("a %%b%% c") == "a c|false|false")
        #expect(scan("hidden%% shown %%hidden", State(open: true, spaceBefore: true)) == "shown |true|true")
        #expect(scan("hidden%% shown", State(open: true, spaceBefore: false)) == " shown|false|false")
        #expect(scan("100%%% é") == "100|true|false")
        #expect(scan("%", State(open: true)) == "|true|false")
    }
}
