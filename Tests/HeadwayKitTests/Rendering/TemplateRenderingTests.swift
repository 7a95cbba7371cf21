import Foundation
import Testing
@testable import HeadwayKit

private typealias H = AggregationHarness

@Suite("Markdown and HTML rendering")
struct TemplateRenderingTests {
    private func markdown(_ report: ProgressReport = RenderingGolden.report()) throws -> String {
        try RenderingGolden.renderer().render(report, as: .markdown)
    }

    private func html(_ report: ProgressReport = RenderingGolden.report()) throws -> String {
        try RenderingGolden.renderer().render(report, as: .html)
    }

    /// Whether `parts` occur in `text` in this order.
    private func inOrder(_ text: String, _ parts: [String], sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        var rest = text[...]
        for part in parts {
            guard let range = rest.range(of: part) else {
                Issue.record("not found (in order): \(part.debugDescription)", sourceLocation: sourceLocation)
                return false
            }
            rest = rest[range.upperBound...]
        }
        return true
    }

    // MARK: The known report

    /// The model behind the golden files, worked out by hand from Fixtures/rendering/notes/R-1:
    /// 09-16 (attended, baselines), 10-07 (attended, explicit revision, GAS, PHQ-9 item 9 = 1),
    /// 10-14 (cancelled), 10-21 (attended, implicit revision, met, milestones), 10-28 (no-show, unknown key),
    /// 11-04 (after the period).
    @Test func knownReportValues() throws {
        let report = RenderingGolden.report()
        #expect(report.client == ClientInfo(id: "R-1", name: "Alex O'Neil"))
        #expect(report.clinician == "A. Rivera")
        #expect(report.sessions.attended == 2)
        #expect(report.sessions.cancelled == 1)
        #expect(report.sessions.noShow == 1)
        #expect(report.sessions.attendanceRate == 0.5)
        #expect(report.sessions.cumulativeAttended == 3)
        #expect(report.goals.map(\.id) == ["paced-breathing", "reconnect"])
        let breathing = report.goals[0], reconnect = report.goals[1]
        #expect(breathing.statement == "Use paced breathing when anxiety is above 6/10, on 4 of 7 days")
        #expect([breathing.baseline, breathing.start, breathing.end, breathing.change] == [2, 2, 5.5, 3.5])
        #expect(breathing.trend == .improving)
        #expect(reconnect.statement == "Call or meet one friend a week")
        #expect(reconnect.status == .met)
        #expect(reconnect.metInPeriod)
        #expect([reconnect.baseline, reconnect.start, reconnect.end, reconnect.change] == [3, 3, 6, 3])
        #expect(reconnect.excerpts.map(\.text) == ["Talked about a friend from school. #reconnect"])
        #expect(report.areas.map(\.area) == ["coping-skills", "relationships"])
        #expect(report.areas.map(\.sessionsAddressed) == [2, 2])
        #expect(report.areas[0].excerpts.map(\.text) == ["Client noticed that walking also helps.\nTalked about a friend from school. #reconnect"])
        let phq = try #require(report.measures.first)
        #expect(report.measures.count == 1)
        #expect(phq.scores.map(\.score) == [11, 9])
        #expect([phq.baseline, phq.start, phq.end, phq.change, phq.changeFromBaseline] == [16, 16, 9, -7, -7])
        #expect(phq.severity == "mild")  // 5–9
        #expect(phq.reliableChange == .improved)  // 7 ≥ 6 points, lower is better
        #expect(phq.response == false)  // 9 > 16 / 2
        #expect(phq.remission == false)  // 9 ≥ 5
        #expect(phq.recovered == true)  // 16 ≥ 10 at baseline, 9 < 10 at the end
        // GAS on 10-07: levels +1 and 0, weights 1: T = 50 + 10 · 1 / √(0.7 · 2 + 0.3 · 4) = 56.2017…
        #expect(report.gas.count == 1)
        #expect(report.gas.first?.date == H.day("2026-10-07"))
        #expect(report.gas.first?.goalsRated == 2)
        #expect(abs((report.gas.first?.tScore ?? 0) - 56.20173672946042) < 1e-9)
        #expect(report.safetyFlags == [SafetyFlag(date: H.day("2026-10-07"), instrument: "PHQ-9", item: "item9", value: 1)])
        #expect(report.milestones.map(\.text) == ["Called an old friend for the first time in a year",
                                                  "Used paced breathing before a job interview #paced-breathing"])
        #expect(report.milestones.map(\.goal) == ["reconnect", "paced-breathing"])
        #expect(report.revisions.map(\.goal) == ["paced-breathing", "reconnect"])
        #expect(report.revisions.map(\.explicit) == [true, false])
        #expect(report.planReview == nil)
        #expect(report.warnings == ["R-1/2026-10-28.md:6: warning: unknown key 'mood' in a session note"])
    }

    // MARK: Markdown

    @Test func markdownShowsRevisionsAsOldToNewWithDateAndReason() throws {
        let md = try markdown()
        #expect(md.contains("\n## Revised goals\n"))
        #expect(md.contains("\n- **2026-10-07, paced-breathing**: ~~Feel calmer~~ → **Use paced breathing when anxiety is above 6/10, on 4 of 7 days**. Reason: Made it measurable with the client\n"))
        #expect(md.contains("\n- **2026-10-21, reconnect**: ~~Call one friend a week~~ → **Call or meet one friend a week** _(wording changed in the note)_\n"))
        // And under the goal itself.
        #expect(md.contains("\n- **Revised:**\n  - 2026-10-07: ~~Feel calmer~~ → **Use paced breathing when anxiety is above 6/10, on 4 of 7 days** (Made it measurable with the client)\n"))
    }

    @Test func markdownHighlightsMilestones() throws {
        let md = try markdown()
        #expect(md.contains("\n## Celebrated milestones\n\n- **2026-10-21**: Called an old friend for the first time in a year _(goal: reconnect)_\n- **2026-10-21**: Used paced breathing before a job interview #paced-breathing _(goal: paced-breathing)_\n"))
        #expect(md.contains("\n- **Milestones:**\n  - Milestone, 2026-10-21: Called an old friend for the first time in a year\n"))
    }

    @Test func markdownGroupsGoalsUnderAreaTitles() throws {
        let md = try markdown()
        #expect(inOrder(md, [
            "\n## Goals\n",
            "\n### Coping skills\n\nAddressed in 2 sessions this period.\n",
            "\n#### paced-breathing\n\n> Use paced breathing when anxiety is above 6/10, on 4 of 7 days\n\n- Status: active\n- Progress (0–10): 2 → 5.5 since last period (+3.5, improving) ↑\n- Ratings this period: 4 → 5.5\n- Baseline: 2\n",
            "\nNotes on this area:\n\n_2026-10-07_\n\n> Client noticed that walking also helps.\n> Talked about a friend from school. #reconnect\n",
            "\n### Supportive relationships\n\nAddressed in 2 sessions this period.\n",
            "\n#### reconnect — met this period\n\n> Call or meet one friend a week\n\n- Status: met\n- Progress (0–10): 3 → 6 since last period (+3, improving) ↑\n- Ratings this period: 3.5 → 6\n- Baseline: 3\n",
            "\n## Outcome measures\n",
        ]))
    }

    @Test func markdownShowsExcerpts() throws {
        let md = try markdown()
        #expect(md.contains("\nSession notes:\n\n_2026-10-07_\n\n> Practised twice daily, mostly before work.\n"))
        #expect(md.contains("\nSession notes:\n\n_2026-10-07_\n\n> Talked about a friend from school. #reconnect\n"))
        // The September excerpt is outside the period.
        #expect(!md.contains("4-7-8"))
    }

    @Test func markdownHeaderAndSafetyFlagsFirst() throws {
        let md = try markdown()
        #expect(md.hasPrefix("# Progress report: R-1 (Alex O'Neil)\n"))
        #expect(md.contains("\n| Period | October 2026 (2026-10-01 to 2026-10-31) |\n| Treatment episode | Episode 1, since 2026-09-16 |\n| Clinician | A. Rivera |\n| Sessions | 2 attended, 1 cancelled, 1 no-show (4 scheduled) |\n| Attendance | 50% |\n| Sessions attended so far | 3 |\n"))
        #expect(inOrder(md, ["\n## Safety flags\n", "2026-10-07: PHQ-9 item 9 = 1.", "\n## Celebrated milestones\n", "\n## Goals\n"]))
    }

    @Test func markdownIsTidy() throws {
        let md = try markdown()
        #expect(!md.contains("\n\n\n"))
        #expect(md.hasSuffix("\n"))
        #expect(!md.hasSuffix("\n\n"))
    }

    // MARK: HTML

    @Test func htmlShowsRevisionsMilestonesAreasAndExcerpts() throws {
        let page = try html()
        #expect(page.contains("<div class=\"revision\"><span class=\"date\">2026-10-07</span> <strong>paced-breathing</strong>\n<p><del>Feel calmer</del> → <ins>Use paced breathing when anxiety is above 6/10, on 4 of 7 days</ins></p>\n<p>Reason: Made it measurable with the client</p>\n</div>"))
        #expect(page.contains("<div class=\"revision\"><span class=\"date\">2026-10-21</span> <strong>reconnect</strong> <span class=\"badge revised\">wording changed in the note</span>\n<p><del>Call one friend a week</del> → <ins>Call or meet one friend a week</ins></p>\n\n</div>"))
        #expect(page.contains("<div class=\"milestone\"><span class=\"date\">2026-10-21</span> <span class=\"badge met\">reconnect</span>\nCalled an old friend for the first time in a year</div>"))
        #expect(inOrder(page, [
            "<h3>Coping skills</h3>", "<h4>paced-breathing", "<p class=\"statement\">Use paced breathing when anxiety is above 6/10, on 4 of 7 days</p>",
            "<blockquote class=\"excerpt\"><span class=\"date\">2026-10-07</span>\nPractised twice daily, mostly <em>before work</em>.</blockquote>",
            "<blockquote class=\"excerpt\"><span class=\"date\">2026-10-07</span>\n<p>Client noticed that walking also helps.</p>\n<p>Talked about a friend from school. #reconnect</p>\n</blockquote>",
            "<h3>Supportive relationships</h3>", "<h4>reconnect <span class=\"badge met\">met</span> <span class=\"badge met\">met this period</span>",
        ]))
        #expect(inOrder(page, ["<section class=\"flags\"", "2026-10-07: PHQ-9 item 9 = 1.", "<h2 id=\"milestones\">", "<h2 id=\"goals\">"]))
        #expect(page.contains("<h1>Progress report: R-1 (Alex O&#39;Neil)</h1>"))
    }

    @Test func htmlIsSelfContained() throws {
        let page = try html()
        #expect(page.hasPrefix("<!DOCTYPE html>\n"))
        #expect(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"))
        #expect(page.contains("<style>\n"))
        #expect(!page.lowercased().contains("<script"))
        #expect(!page.contains("<link"))
        #expect(!page.contains("@import"))
        for attribute in ["src=\"http", "href=\"http", "src='http", "href='http", "url(http", "src=\"//", "href=\"//"] {
            #expect(!page.contains(attribute), "external reference \(attribute)")
        }
        // Charts are inline SVG.
        #expect(page.contains("<figure class=\"chart\">\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
    }

    /// "Measures: … in HTML a chart with the severity bands behind the line."
    @Test func htmlDrawsAChartForEachMeasure() throws {
        let page = try html()
        let start = try #require(page.range(of: "<h2 id=\"measures\">"))
        let rest = page[start.upperBound...]
        let measures = rest[..<(rest.range(of: "</section>")?.lowerBound ?? rest.endIndex)]
        let svgStart = try #require(measures.range(of: "<svg"))
        let svg = measures[svgStart.lowerBound...]
        let line = try #require(svg.range(of: "<polyline"))
        // The PHQ-9 bands, drawn before (so behind) the line of scores.
        #expect(inOrder(String(svg[..<line.lowerBound]), [">minimal</text>", ">mild</text>", ">moderate</text>", ">moderately severe</text>", ">severe</text>"]))
    }

    /// "No external fetch": an image written in a note must not make the report fetch it (the CSP stops
    /// browsers, but a PDF renderer such as WeasyPrint ignores CSP).
    @Test func noteImagesDoNotBecomeExternalFetches() throws {
        let report = H.report([
            "a.md": H.note("2026-10-01", "goals:\n  - { id: walk, area: healthy-lifestyle, statement: Walk }\n",
                           body: "# Walk\n\nSee ![map](https://example.com/map.png) and [the route](https://example.com/route).\n"),
        ], period: H.month("2026-10"))
        let page = try html(report)
        #expect(page.contains("the route"))
        #expect(!page.contains("src=\"https://example.com/map.png\""))
    }

    @Test func redactedRenderingsShowNoNamesOrNarrative() throws {
        let report = RenderingGolden.report(options: H.options(redact: true))
        for page in [try markdown(report), try html(report)] {
            #expect(!page.contains("Alex"))
            #expect(!page.contains("Rivera"))
            #expect(!page.contains("Practised twice daily"))
            #expect(!page.contains("walking also helps"))
            #expect(!page.contains("Talked about a friend"))
            // Statements, revisions and milestones stay.
            #expect(page.contains("Call or meet one friend a week"))
            #expect(page.contains("Called an old friend for the first time in a year"))
        }
        #expect(try markdown(report).hasPrefix("# Progress report: R-1\n"))
        #expect(try html(report).contains("<h1>Progress report: R-1</h1>"))
    }

    /// "The plan review section where a plan applies": plan of 2026-09-01 reviewed every 30 days, so the
    /// first review on or after 2026-10-31 is 2026-09-01 + 60 days = 2026-10-31. The line from 3 (09-01) to
    /// 8 (12-31, 121 days) stands at 3 + 5 · 60 / 121 ≈ 5.48 on 10-31: a current 5 is not on track.
    @Test func planReviewSectionWhenAPlanApplies() throws {
        let texts = [
            "plan.md": """
                ---
                type: plan
                client: C-1
                start: 2026-09-01
                review-every: 30
                goals:
                  - { id: sleep, area: healthy-lifestyle, statement: Sleep 7 hours on 5 nights, baseline: 3, target: 8, target-date: 2026-12-31 }
                ---
                """,
            "a.md": H.note("2026-10-15", "goals:\n  - { id: sleep, progress: 5 }\n"),
        ]
        let report = H.report(texts, period: H.month("2026-10"))
        let md = try markdown(report)
        #expect(md.contains("\n## Treatment plan (started 2026-09-01; next review due 2026-10-31)\n"))
        #expect(md.contains("\n| sleep | 3 | 5 | 8 | 2026-12-31 | active | no |\n"))
        let page = try html(report)
        #expect(page.contains("<h2 id=\"plan\">Treatment plan</h2>"))
        #expect(page.contains("<tr><th scope=\"row\">sleep</th><td>3</td><td>5</td><td>8</td><td>2026-12-31</td><td>active</td><td>no</td></tr>"))
        // Without a plan: no plan section.
        #expect(!(try markdown(RenderingGolden.report())).contains("## Treatment plan"))
        #expect(!(try html(RenderingGolden.report())).contains("id=\"plan\""))
    }

    // MARK: Injection

    /// Note text with markup, Mustache tags, table pipes and emphasis markers, everywhere note text is shown.
    private func hostileReport() -> ProgressReport {
        H.report([
            "a.md": H.note("2026-09-01", """
                client-name: "<script>alert(1)</script> | *Bobby*"
                clinician: "{{clinician}} | <b>Dr</b>"
                goals:
                  - id: g
                    area: coping-skills
                    statement: "Old <i>wording</i> | *one*"
                """),
            "b.md": H.note("2026-10-01", """
                goals:
                  - id: g
                    statement: "Use | pipes * and <script>x()</script> {{mustache}} _here_"
                    progress: 5
                    revised:
                      from: "Old <i>wording</i> | *one*"
                      reason: "<img src=x onerror=alert(1)> {{#goals}}boom{{/goals}} | *why*"
                milestones:
                  - { text: "Won <script>x</script> **big** | *", goal: g }
                """),
        ], period: H.month("2026-10"))
    }

    @Test func htmlEscapesNoteText() throws {
        let page = try html(hostileReport())
        #expect(!page.lowercased().contains("<script"))
        #expect(!page.contains("<img"))
        #expect(!page.contains("<b>Dr</b>"))
        #expect(!page.contains("<i>wording</i>"))
        #expect(page.contains("<h1>Progress report: C-1 (&lt;script&gt;alert(1)&lt;/script&gt; | *Bobby*)</h1>"))
        #expect(page.contains("<td>{{clinician}} | &lt;b&gt;Dr&lt;/b&gt;</td>"))
        #expect(page.contains("<p class=\"statement\">Use | pipes * and &lt;script&gt;x()&lt;/script&gt; {{mustache}} _here_</p>"))
        #expect(page.contains("<del>Old &lt;i&gt;wording&lt;/i&gt; | *one*</del>"))
        #expect(page.contains("<p>Reason: &lt;img src=x onerror=alert(1)&gt; {{#goals}}boom{{/goals}} | *why*</p>"))
        // The milestone is cmark's safe HTML: the raw tags are omitted.
        #expect(page.contains("\nWon <!-- raw HTML omitted -->x<!-- raw HTML omitted --> <strong>big</strong> | *</div>"))
    }

    @Test func markdownBackslashEscapesNoteText() throws {
        let md = try markdown(hostileReport())
        #expect(md.hasPrefix("# Progress report: C-1 (\\<script\\>alert(1)\\</script\\> \\| \\*Bobby\\*)\n"))
        #expect(md.contains("\n| Clinician | {{clinician}} \\| \\<b\\>Dr\\</b\\> |\n"))
        #expect(md.contains("\n> Use \\| pipes \\* and \\<script\\>x()\\</script\\> {{mustache}} \\_here\\_\n"))
        #expect(md.contains("~~Old \\<i\\>wording\\</i\\> \\| \\*one\\*~~ → **Use \\| pipes \\* and \\<script\\>x()\\</script\\> {{mustache}} \\_here\\_**. Reason: \\<img src=x onerror=alert(1)\\> {{#goals}}boom{{/goals}} \\| \\*why\\*"))
        // The milestone's plain text (raw HTML dropped by cmark), escaped.
        #expect(md.contains("\n- **2026-10-01**: Won x big \\| \\* _(goal: g)_\n"))
        // Read back by cmark (the reference renderer), the note text is literal text: no raw HTML, no emphasis.
        let readBack = CommonMark.html(md)
        #expect(!readBack.contains("raw HTML omitted"))
        #expect(readBack.contains("&lt;script&gt;alert(1)&lt;/script&gt; | *Bobby*"))
        #expect(readBack.contains("Use | pipes * and &lt;script&gt;x()&lt;/script&gt; {{mustache}} _here_"))
        for word in ["Bobby", "one", "here", "why"] { #expect(!readBack.contains("<em>\(word)</em>")) }
        // Every `<` of note text is escaped, so none can open an HTML tag.
        let unescaped = md.indices.filter { md[$0] == "<" && (md.index($0, offsetBy: -1, limitedBy: md.startIndex).map { md[$0] != "\\" } ?? true) }
        #expect(unescaped.isEmpty)
    }

    /// Raw HTML and unsafe links in a note's body never reach the report: excerpts are cmark's safe HTML.
    @Test func excerptsCannotInjectMarkup() throws {
        let report = H.report([
            "a.md": H.note("2026-10-01", "goals:\n  - { id: walk, area: healthy-lifestyle, statement: Walk }\n", body: """
                # Walk

                <script>alert(1)</script>

                Walked <img src=x onerror=alert(2)> [far](javascript:alert(3)) and {{#goals}}x{{/goals}} | *far*.
                """),
        ], period: H.month("2026-10"))
        let page = try html(report)
        #expect(!page.lowercased().contains("<script"))
        #expect(!page.contains("onerror"))
        #expect(!page.contains("javascript:"))
        #expect(page.contains("<!-- raw HTML omitted -->"))
        #expect(page.contains("{{#goals}}x{{/goals}} | <em>far</em>."))
        let md = try markdown(report)
        // The plain text: raw HTML dropped, the link's text kept, its destination not.
        #expect(md.contains("\n> Walked  far and {{#goals}}x{{/goals}} \\| far.\n"))
        #expect(!md.contains("javascript"))
        #expect(!md.contains("<script"))
        #expect(!md.contains("onerror"))
    }

    /// Obsidian's wikilinks, highlights and task items read cleanly in every format: no escaped
    /// brackets or `=` in Markdown, `<mark>` as the only added markup in HTML.
    @Test func obsidianSyntaxReadsCleanly() throws {
        let report = H.report([
            "a.md": H.note("2026-10-01", "goals:\n  - { id: walk, area: healthy-lifestyle, statement: Walk }\n", body: """
                # Walk

                Talked about [[2026-09-24|last week]] and [[Sleep log#Nights]]: ==walked <b>twice</b>==.

                - [x] Walked to work
                - [ ] Walk at the weekend

                ## Wins

                - [x] First 5k [[Parkrun|run]] #walk
                """),
        ], period: H.month("2026-10"))
        let md = try markdown(report)
        #expect(md.contains("\n> Talked about last week and Sleep log › Nights: walked twice.\n> Done: Walked to work\n> To do: Walk at the weekend\n"))
        #expect(md.contains("Done: First 5k run #walk"))
        for escaped in ["\\[", "\\]", "\\="] { #expect(!md.contains(escaped)) }
        let page = try html(report)
        #expect(page.contains("<p>Talked about last week and Sleep log › Nights: <mark>walked <!-- raw HTML omitted -->twice<!-- raw HTML omitted --></mark>.</p>\n"))
        #expect(page.contains("<li>Done: Walked to work</li>\n<li>To do: Walk at the weekend</li>"))
        #expect(page.contains("Done: First 5k run #walk"))
        #expect(!page.contains("[["))
        #expect(!page.contains("<b>"))
    }

    /// Text that starts with spaces before a block marker must not open a block either: `   # Big` after
    /// `> ` is a heading inside the quote in CommonMark (up to three spaces of indentation are allowed).
    @Test func markdownLeadingSpacesCannotOpenABlock() throws {
        let report = H.report([
            "a.md": H.note("2026-10-01", """
                goals:
                  - { id: g, area: coping-skills, statement: "   # Big heading" }
                  - { id: h, area: coping-skills, statement: "  - not a list" }
                """),
        ], period: H.month("2026-10"))
        let readBack = CommonMark.html(try markdown(report))
        #expect(!readBack.contains("<h1>Big heading</h1>"))
        #expect(!readBack.contains("<li>not a list</li>"))
    }

    @Test func markdownEscapingRules() {
        #expect(MarkdownEscaping.escape("a|b*c_d`e[f]g<h>i&j~k\\l") == "a\\|b\\*c\\_d\\`e\\[f\\]g\\<h\\>i\\&j\\~k\\\\l")
        #expect(MarkdownEscaping.escape("# not a heading") == "\\# not a heading")
        #expect(MarkdownEscaping.escape("- not a list") == "\\- not a list")
        #expect(MarkdownEscaping.escape("+ not a list") == "\\+ not a list")
        #expect(MarkdownEscaping.escape("12. not a list") == "12\\. not a list")
        #expect(MarkdownEscaping.escape("3) not a list") == "3\\) not a list")
        #expect(MarkdownEscaping.escape("in 2026. fine") == "in 2026. fine")
        #expect(MarkdownEscaping.escape("a - b # c") == "a - b # c")
        #expect(MarkdownEscaping.escape("line\nbreak\r\nhere") == "line break here")
        #expect(MarkdownEscaping.escape("{{mustache}}") == "{{mustache}}")
    }

    // MARK: Template overrides

    private func temporaryFolder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("headway-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    @Test func overrideReplacesOnlyThatTemplate() throws {
        let folder = try temporaryFolder([
            "report.md.mustache": "{{% CONTENT_TYPE: TEXT }}\nCustom report for {{client.id}}: {{period.label}}\n{{#goals}}- {{id}}\n{{/goals}}",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let custom = ReportRenderer(templates: try TemplateSet(overrides: folder))
        let standard = try RenderingGolden.renderer()
        let report = RenderingGolden.report()
        #expect(custom.render(report, as: .markdown) == "Custom report for R-1: October 2026\n- paced-breathing\n- reconnect\n")
        #expect(custom.render(report, as: .html) == standard.render(report, as: .html))
        #expect(custom.render(report, as: .json) == standard.render(report, as: .json))
        #expect(try TemplateSet(overrides: folder).names == TemplateSet().names)
    }

    @Test func overridingAPartialChangesTheTemplatesUsingIt() throws {
        let folder = try temporaryFolder(["html-style.mustache": "body { color: teal; }\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let custom = ReportRenderer(templates: try TemplateSet(overrides: folder))
        let page = custom.render(RenderingGolden.report(), as: .html)
        #expect(page.contains("<style>\nbody { color: teal; }\n</style>"))
        #expect(try custom.render(RenderingGolden.report(), as: .markdown) == markdown())
    }

    @Test func templateSyntaxErrorIsALoadError() throws {
        let folder = try temporaryFolder(["report.md.mustache": "# {{client.id}}\n{{#goals}}\n- {{id}}\n{{/areas}}\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: TemplateSet.LoadError.self) { try TemplateSet(overrides: folder) }
        do {
            _ = try TemplateSet(overrides: folder)
        } catch let error as TemplateSet.LoadError {
            let path = folder.appendingPathComponent("report.md.mustache").path
            #expect(error == TemplateSet.LoadError(
                path: path, line: 4,
                reason: "`{{/areas}}` on line 4 does not close section `goals` opened on line 2 (close it with `{{/goals}}`)"))
            #expect(error.description == "\(path):4: error: `{{/areas}}` on line 4 does not close section `goals` opened on line 2 (close it with `{{/goals}}`)")
        }
    }

    @Test func missingOverrideFolderIsALoadError() {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("headway-missing-\(UUID().uuidString)")
        #expect(throws: TemplateSet.LoadError.self) { try TemplateSet(overrides: folder) }
    }

    // MARK: Golden files

    /// Fixtures/rendering/golden/R-1-2026-10.md, reviewed by hand against `knownReportValues`.
    @Test func goldenMarkdown() throws {
        try RenderingGolden.check(try markdown(), golden: "R-1-2026-10.md")
    }

    /// Fixtures/rendering/golden/R-1-2026-10.html, reviewed by hand against `knownReportValues`.
    @Test func goldenHTML() throws {
        try RenderingGolden.check(try html(), golden: "R-1-2026-10.html")
    }

    @Test func renderingIsDeterministic() throws {
        let renderer = try RenderingGolden.renderer()
        for format in [OutputFormat.markdown, .html] {
            let first = renderer.render(RenderingGolden.report(), as: format)
            let second = renderer.render(RenderingGolden.report(), as: format)
            #expect(Array(first.utf8) == Array(second.utf8))
        }
    }
}
