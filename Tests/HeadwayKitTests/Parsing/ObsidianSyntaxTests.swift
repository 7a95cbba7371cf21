import Testing
@testable import HeadwayKit

/// Obsidian's syntax in a note's body: wikilinks, highlights, task items and callouts, read from cmark's text
/// nodes (README, "Writing notes").
@Suite struct ObsidianSyntaxTests {
    /// The rendering of `markdown` under a section heading.
    private func content(_ markdown: String) -> RenderedText? {
        BodyAnalyzer.analyze("## Notes\n\n" + markdown, firstLine: 1).sections.first?.content
    }

    // MARK: Wikilinks

    @Test(arguments: [
        ("See [[Sleep log]] today", "See Sleep log today"),
        ("See [[2026-10-07|last week]] today", "See last week today"),
        ("[[ Sleep log | the log ]] and [[a]][[b]]", "the log and ab"),
        ("Heading [[Sleep log#Nights]] and [[#Nights]]", "Heading Sleep log › Nights and Nights"),
        ("Empty label [[Sleep log|]]", "Empty label Sleep log"),
        ("Embed ![[scan.png|300]] here", "Embed scan.png here"),
        ("Three [[[x]] brackets", "Three [x brackets"),
        ("Not links: [[]], [[ ]], [[#]], [[a]b]], [[open", "Not links: [[]], [[ ]], [[#]], [[a]b]], [[open"),
    ] as [(String, String)])
    func wikilinksShowTheirLabel(markdown: String, shown: String) {
        #expect(content(markdown)?.text == shown)
    }

    @Test func wikilinksAreNeverLinksAndTheirTextIsEscaped() {
        #expect(content("See [[Page|a < b & \"c\"]] and [[Page]]\n") == RenderedText(
            html: "See a &lt; b &amp; &quot;c&quot; and Page", text: "See a < b & \"c\" and Page"))
        // Raw HTML inside the brackets is raw HTML (omitted), and the brackets are then no wikilink.
        #expect(content("[[<b>x</b>]]\n")?.html == "[[<!-- raw HTML omitted -->x<!-- raw HTML omitted -->]]")
        // Inside link text, an image's description and a heading.
        #expect(content("[about [[Sleep|sleep]]](https://example.com) ![the [[scan]]](p.png)\n")?.html
                == "<a href=\"https://example.com\">about sleep</a> the scan")
        #expect(BodyAnalyzer.analyze("## [[Coping skills|Coping]] work\n\nx\n", firstLine: 1).sections.map(\.title) == ["Coping work"])
    }

    @Test func wikilinkSyntaxInCodeIsKept() {
        #expect(content("`[[a|b]]`\n\n```\n[[c|d]] ==e==\n- [x] f\n```\n")?.text == "[[a|b]]\n[[c|d]] ==e==\n- [x] f")
    }

    // MARK: Highlights

    @Test func highlightsBecomeMarkInHTMLAndTheirWordsInText() {
        #expect(content("A ==big *step*== today\n") == RenderedText(
            html: "A <mark>big <em>step</em></mark> today", text: "A big step today"))
        #expect(content("==<img src=x onerror=alert(1)> & <b>==\n") == RenderedText(
            html: "<mark><!-- raw HTML omitted --> &amp; <!-- raw HTML omitted --></mark>", text: " & "))
        #expect(content("**==both==** and a==b==c\n")?.html == "<strong><mark>both</mark></strong> and a<mark>b</mark>c")
        #expect(content("==across\nlines==\n")?.html == "<mark>across\nlines</mark>")
    }

    @Test(arguments: ["a == b == c", "====", "== x==", "==x ==", "===x===", "unpaired ==x", "`==x==`"])
    func notHighlights(markdown: String) {
        #expect(content(markdown)?.html.contains("<mark>") == false)
    }

    @Test func unpairedDelimitersStayText() {
        #expect(content("==a== and ==b\n") == RenderedText(html: "<mark>a</mark> and ==b", text: "a and ==b"))
    }

    @Test func highlightedHeadingNamesItsSection() {
        #expect(BodyAnalyzer.analyze("## ==Sleep==\n\nx\n", firstLine: 1).sections.map(\.title) == ["Sleep"])
    }

    // MARK: Task items

    @Test func taskItemsShowACheckBox() {
        #expect(content("- [x] Booked the GP\n- [ ] Call **mum**\n- [X] Walked\n- [-] other\n- plain\n") == RenderedText(
            html: "<ul>\n<li>Done: Booked the GP</li>\n<li>To do: Call <strong>mum</strong></li>\n<li>Done: Walked</li>\n<li>[-] other</li>\n<li>plain</li>\n</ul>\n",
            text: "Done: Booked the GP\nTo do: Call mum\nDone: Walked\n[-] other\nplain"))
        #expect(content("1. [ ] numbered\n\n   more\n")?.text == "To do: numbered\nmore")
    }

    @Test(arguments: ["[x] not in a list", "- text [x] later", "- [x]no space", "- `[x]` code", "> [x] quoted"])
    func notTaskItems(markdown: String) {
        #expect(content(markdown)?.text.contains("Done:") == false)
    }

    @Test func taskMilestoneKeepsItsTag() {
        let body = BodyAnalyzer.analyze("## Wins\n\n- [x] Walked to work #walk\n", firstLine: 1)
        #expect(body.milestones == [BodyMilestone(
            content: RenderedText(html: "Done: Walked to work #walk", text: "Done: Walked to work #walk"), tag: "walk", line: 3)])
    }

    /// The time limit guards against a hang; that the time grows with the runs, not their square, is
    /// `scripts/bench --corners`'s "Obsidian delimiters" check.
    @Test(.timeLimit(.minutes(1)))
    func longRunsOfBracketsAndDelimiters() {
        let markdown = String(repeating: "[[", count: 20_000) + "x]] " + String(repeating: "[[a]b]] ==c ", count: 10_000)
            + "\n\n" + String(repeating: "==a== *b* ", count: 10_000) + "\n"
        let body = BodyAnalyzer.analyze("## Notes\n\n" + markdown, firstLine: 1)
        #expect(body.sections.first?.content.html.hasPrefix("<p>" + String(repeating: "[", count: 39_998) + "x [[a]b]] ") == true)
        #expect(body.sections.first?.content.html.components(separatedBy: "<mark>").count == 10_001)
    }

    // MARK: Callouts

    @Test func calloutMarkerReadsAsItsKindInWords() {
        #expect(content("> [!note] Plan for next week\n> Walk on the *hill* path.\n") == RenderedText(
            html: "<blockquote>\n<p>Note: Plan for next week<br />\nWalk on the <em>hill</em> path.</p>\n</blockquote>\n",
            text: "Note: Plan for next week\nWalk on the hill path."))
        #expect(content("> [!warning]-\n> Careful\n")?.text == "Warning\nCareful")
        #expect(content("> [!TIP]+ Try **this** first\n")?.html == "<blockquote>\n<p>Tip: Try <strong>this</strong> first</p>\n</blockquote>\n")
        #expect(content("> [!faq]\n")?.text == "Faq")
        #expect(content("> [!info] *Sleep*\n")?.text == "Info: Sleep")
        #expect(content("> [!note] [[Sleep log|the log]] and ==more==\n")?.html
                == "<blockquote>\n<p>Note: the log and <mark>more</mark></p>\n</blockquote>\n")
        #expect(content("> > [!quote] Inner\n")?.text == "Quote: Inner")
    }

    @Test(arguments: ["> [!] x", "> [note] x", "> text [!note]", "[!note] not quoted", "> [!note]x", "> `[!note]` code"])
    func notCallouts(markdown: String) {
        #expect(content(markdown)?.text.contains("Note:") == false)
    }

    // MARK: The scanners on their own

    @Test func scanners() {
        #expect(ObsidianSyntax.replacingWikilinks(in: "no links [here]") == nil)
        #expect(ObsidianSyntax.replacingWikilinks(in: "é [[ü|ö]] ß") == "é ö ß")
        #expect(ObsidianSyntax.taskMarker("[x]\tgo").map { "\($0.checked) \($0.rest)" } == "true go")
        #expect(ObsidianSyntax.taskMarker("[y] go") == nil)
        #expect(ObsidianSyntax.highlightPieces("a==b===c") == [.text("a"), .delimiter, .text("b===c")])
        #expect(ObsidianSyntax.highlightPieces("no") == nil)
        #expect(ObsidianSyntax.calloutMarker("[!Bug-report]- Crash").map { "\($0.kind)|\($0.title)" } == "Bug-report|Crash")
        #expect(ObsidianSyntax.calloutMarker("[!a b]") == nil)
        let pairs = ObsidianSyntax.highlightPairs([.delimiter, .text("a"), .node(isBreak: true), .delimiter, .text("b"), .delimiter])
        #expect(pairs.map { [$0.open, $0.close] } == [[3, 5]])
    }
}
