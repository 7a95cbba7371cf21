import Foundation
import Testing
@testable import HeadwayKit

/// Loading templates given with `--templates`: loops of partials, structural mistakes in words with
/// their lines, and warnings for what renders as nothing or is never used.
@Suite struct TemplateLoadingTests {
    static let folder = "/clinic/templates"

    static func loadError(_ files: [String: String], unused: [String] = []) -> TemplateSet.LoadError? {
        do {
            _ = try TemplateSet(files: files, folder: folder, unusedFiles: unused)
            return nil
        } catch {
            return error as? TemplateSet.LoadError
        }
    }

    static func error(_ file: String, _ line: Int, _ reason: String) -> TemplateSet.LoadError {
        TemplateSet.LoadError(path: "\(folder)/\(file)", line: line, reason: reason)
    }

    @Test func aTemplateIncludingItselfIsAnError() {
        let files = ["report.md.mustache": "{{% CONTENT_TYPE: TEXT }}\n# {{client.id}}\n{{> report.md}}\n"]
        #expect(Self.loadError(files) == Self.error("report.md.mustache", 3,
            "template `report.md` includes itself (`{{> report.md}}`), so it would never finish rendering"))
    }

    @Test func templatesIncludingEachOtherInALoopAreAnError() {
        let files = ["report.md.mustache": "{{> a}}\n", "a.mustache": "A {{> b}}\n", "b.mustache": "B\n{{> a}}\n"]
        #expect(Self.loadError(files) == Self.error("b.mustache", 2,
            "templates include each other in a loop (a → b → a), so they would never finish rendering"))
    }

    @Test func aLoopThroughTemplateInheritanceIsAnError() {
        let files = ["report.html.mustache": "{{<report.html}}{{$title}}x{{/title}}{{/report.html}}\n"]
        #expect(Self.loadError(files) == Self.error("report.html.mustache", 1,
            "template `report.html` includes itself (`{{<report.html}}`), so it would never finish rendering"))
    }

    @Test func chainsOfPartialsAreBounded() throws {
        func chain(_ length: Int) -> [String: String] {
            var files = ["report.md.mustache": "{{> p1}}\n"]
            for index in 1..<length { files["p\(index).mustache"] = index == length - 1 ? "{{#errors}}end{{/errors}}\n" : "{{> p\(index + 1)}}\n" }
            return files
        }
        #expect(try TemplateSet(files: chain(20), folder: Self.folder).warnings.isEmpty)
        #expect(Self.loadError(chain(5_000)) == TemplateSet.LoadError(path: "\(Self.folder)/p4979.mustache", line: nil,
            reason: "partials include partials more than 20 levels deep from `p4979`"))
    }

    /// A template file is bounded in size, since swift-mustache's parse time grows with its square: at
    /// the limit it loads, one byte more is an error naming the file, its size and the limit.
    @Test func templateSizeIsBounded() throws {
        let limit = TemplateSet.maximumTemplateBytes
        let head = "{{% CONTENT_TYPE: TEXT }}\n{{#errors}}{{.}}{{/errors}}\n"
        let line = "{{client.id}} wrote this line of the clinic's own report.\n"
        var text = head
        while text.utf8.count + line.utf8.count <= limit { text += line }
        text += String(repeating: "x", count: limit - text.utf8.count)
        #expect(text.utf8.count == limit)
        #expect(try TemplateSet(files: ["report.md.mustache": text], folder: Self.folder).warnings.isEmpty)
        #expect(Self.loadError(["report.md.mustache": text + "é"]) == TemplateSet.LoadError(
            path: "\(Self.folder)/report.md.mustache", line: nil,
            reason: "template is \(limit + 2) bytes; the limit is \(limit) (parsing time grows with the square of a template's size): "
                + "move parts of it into partials (`{{> name}}`)"))
        #expect(Self.loadError(["clinic-footer.mustache": String(repeating: "{{x}}", count: limit)])?.reason.hasPrefix("template is 327680 bytes") == true)
    }

    @Test func sectionMistakesAreNamedWithTheirLines() {
        #expect(Self.loadError(["report.md.mustache": "x\n{{#clinic}}\n{{name}}\n"]) == Self.error("report.md.mustache", 2,
            "section `clinic` opened on line 2 is never closed (add `{{/clinic}}`)"))
        #expect(Self.loadError(["report.md.mustache": "x\n{{/goals}}\n"]) == Self.error("report.md.mustache", 2,
            "`{{/goals}}` on line 2 closes no open section"))
        #expect(Self.loadError(["report.md.mustache": "x\n{{ x"]) == Self.error("report.md.mustache", 2,
            "the tag opened on line 2 is never closed with `}}`"))
        let deep = String(repeating: "{{#a}}", count: 51) + String(repeating: "{{/a}}", count: 51)
        #expect(Self.loadError(["report.md.mustache": deep]) == Self.error("report.md.mustache", 1, "sections are nested more than 50 deep"))
    }

    @Test func setDelimitersAreFollowed() throws {
        let files = ["report.md.mustache": "x\n{{=<% %>=}}\n<%#goals%><%id%><%/goals%>\n<%> html-style%>\n<%#errors%><%.%><%/errors%>\n"]
        #expect(try TemplateSet(files: files, folder: Self.folder).warnings.isEmpty)
    }

    @Test func parserErrorsAreInWordsOnALineOfTheFile() {
        // swift-mustache reports this one past the end of the file (line 5 of 4).
        #expect(Self.loadError(["report.md.mustache": "a\n{{<html-style}}\n{{x}}\n{{/html-style}}\n"]) == Self.error("report.md.mustache", 4,
            "inside `{{<parent}} … {{/parent}}` only blocks (`{{$name}} … {{/name}}`) are allowed"))
        #expect(Self.loadError(["report.md.mustache": "x\n{{% FOO: bar }}\n"]) == Self.error("report.md.mustache", 2,
            "unknown setting: the only one is `{{% CONTENT_TYPE: TEXT }}` (or HTML)"))
        #expect(Self.loadError(["report.md.mustache": "x\n{{bad name}}\n"]) == Self.error("report.md.mustache", 2,
            "a tag is not closed, or its name has a character names cannot have (names use letters, digits and . - _ ? *)"))
        #expect(Self.loadError(["report.md.mustache": "x\n{{=<%>=}}\n"]) == Self.error("report.md.mustache", 2,
            "the set-delimiter tag on line 2 needs two delimiters, e.g. `{{=<% %>=}}`"))
    }

    @Test func aDynamicPartialIsAnError() {
        #expect(Self.loadError(["report.md.mustache": "{{#goals}}{{>*id}}{{/goals}}\n"]) == Self.error("report.md.mustache", 1,
            "dynamic partials (`{{>*id}}`) are not supported: a value from the notes would choose the template"))
    }

    @Test func anUnknownPartialIsAWarning() throws {
        let set = try TemplateSet(files: ["report.md.mustache": "x\n{{> nosuch}} {{> html-styl}}\n"], folder: Self.folder)
        #expect(set.warnings.map(\.formatted) == [
            "\(Self.folder)/report.md.mustache: warning: does not show the \"Incomplete report\" notice, so its reports would not say that errors in the notes left things out: add `{{> incomplete.md}}` after the safety flags, or list `{{#errors}}` yourself",
            "\(Self.folder)/report.md.mustache:2: warning: partial `html-styl` is not a template, so it renders as nothing (did you mean 'html-style'?)",
            "\(Self.folder)/report.md.mustache:2: warning: partial `nosuch` is not a template, so it renders as nothing",
        ])
    }

    @Test func aReviewTemplateWithoutItsNoticeIsToldHowTheDefaultReviewSaysIt() throws {
        let hidden = try TemplateSet(files: ["review.md.mustache": "# Review\n{{planReview.planStart}}\n"], folder: Self.folder)
        #expect(hidden.warnings.map(\.formatted) == [
            "\(Self.folder)/review.md.mustache: warning: does not show the \"Incomplete review\" notice, so its reviews would not say that errors in the notes left things out: "
                + "say so in a `{{#hasErrors}}` section with `{{errorCountText}}`, as the default review does (the list itself belongs to `headway check` and `--with-diagnostics`)",
        ])
        let shown = try TemplateSet(files: ["review.md.mustache": "# Review\n{{#hasErrors}}{{errorCountText}}{{/hasErrors}}\n"], folder: Self.folder)
        #expect(shown.warnings.isEmpty)
    }

    @Test func misnamedAndUnusedFilesAreWarnings() throws {
        let set = try TemplateSet(files: ["reprot.md.mustache": "z\n", "extra.mustache": "used\n", "report.md.mustache": "{{> extra}}\n"],
                                  folder: Self.folder, unusedFiles: ["notes.txt", "report.html"])
        #expect(set.warnings.map(\.formatted) == [
            "\(Self.folder)/notes.txt: warning: not used: template files end in '.mustache'",
            "\(Self.folder)/report.html: warning: not used: template files end in '.mustache' (did you mean 'report.html.mustache'?)",
            "\(Self.folder)/report.md.mustache: warning: does not show the \"Incomplete report\" notice, so its reports would not say that errors in the notes left things out: add `{{> incomplete.md}}` after the safety flags, or list `{{#errors}}` yourself",
            "\(Self.folder)/reprot.md.mustache: warning: not used: it is not one of the default templates, and no template includes it as a partial (did you mean 'report.md.mustache'?)",
        ])
    }

    /// The warning for a replaced template that never shows the "Incomplete report" notice.
    static func hiddenNotice(_ name: String, partial: String) -> String {
        guard name.hasPrefix("review") else {
            return "\(folder)/\(name): warning: does not show the \"Incomplete report\" notice, so its reports would not say that errors in the notes left things out: add `{{> \(partial)}}` after the safety flags, or list `{{#errors}}` yourself"
        }
        return "\(folder)/\(name): warning: does not show the \"Incomplete review\" notice, so its reviews would not say that errors in the notes left things out: "
            + "say so in a `{{#hasErrors}}` section with `{{errorCountText}}`, as the default review does (the list itself belongs to `headway check` and `--with-diagnostics`)"
    }

    @Test func aReportOrReviewTemplateThatHidesTheIncompleteNoticeIsAWarning() throws {
        let files = ["report.md.mustache": "x\n", "report.html.mustache": "<p>{{errorCountText}}</p>\n",
                     "review.md.mustache": "{{#safetyFlags}}!{{/safetyFlags}}\n", "review.html.mustache": "{{> html-style}}\n",
                     "index.md.mustache": "no errors here\n"]
        #expect(try TemplateSet(files: files, folder: Self.folder).warnings.map(\.formatted) == [
            Self.hiddenNotice("report.html.mustache", partial: "incomplete.html"),
            Self.hiddenNotice("report.md.mustache", partial: "incomplete.md"),
            Self.hiddenNotice("review.html.mustache", partial: "incomplete.html"),
            Self.hiddenNotice("review.md.mustache", partial: "incomplete.md"),
        ])
    }

    @Test(arguments: ["{{> incomplete.md}}", "{{#errors}}- {{.}}{{/errors}}", "{{^hasErrors}}complete{{/hasErrors}}",
                      "{{count(errors)}} errors", "{{{errors.0}}}", "{{&errors.0}}", "{{> mine}}"])
    func aTemplateShowingTheNoticeDirectlyOrThroughAPartialIsNotWarned(text: String) throws {
        var files = ["report.md.mustache": "x\n\(text)\n"]
        if text == "{{> mine}}" { files.merge(["mine.mustache": "{{> notice}}", "notice.mustache": "{{#hasErrors}}!{{/hasErrors}}"]) { $1 } }
        #expect(try TemplateSet(files: files, folder: Self.folder).warnings.isEmpty)
    }

    @Test func aCommentOrABlockNamedErrorsDoesNotShowTheNotice() throws {
        let files = ["report.md.mustache": "{{! errors }}{{$errors}}{{/errors}}\n"]
        #expect(try TemplateSet(files: files, folder: Self.folder).warnings.map(\.formatted)
            == [Self.hiddenNotice("report.md.mustache", partial: "incomplete.md")])
    }

    /// The defaults alone are not checked when loaded (`TemplateSet()`), only parsed when first rendered
    /// with: checked as the clinic's files are, they have no problem and no warning, and they render
    /// what the unchecked set renders, in every format and for both audiences.
    @Test func theDefaultsLoadWithoutWarnings() throws {
        let checked = try TemplateSet(checking: [:], folder: nil)
        #expect(checked.warnings.isEmpty)
        #expect(checked.names == TemplateSet.defaults.keys.sorted())
        #expect(try TemplateSet().names == checked.names)
        let lazy = ReportRenderer(templates: try TemplateSet(), configuration: ViewFixtures.configuration)
        let eager = ReportRenderer(templates: checked, configuration: ViewFixtures.configuration)
        var incomplete = ViewFixtures.planned()
        incomplete.errors = ["C-0217/2026-10-14.md:9: error: 'progress' must be a number, got 'six'"]
        for report in [ViewFixtures.review(), ViewFixtures.planned(), incomplete] {
            for audience in [Audience.clinician, .client] {
                for format in [OutputFormat.markdown, .html] {
                    let text = lazy.render(report, as: format, for: audience)
                    #expect(text == eager.render(report, as: format, for: audience))
                    // Each partial reached on the lazy path: the report's heading, and the notice of its errors.
                    #expect(text.contains(audience == .clinician ? report.client.id : "Your progress"), "\(format) \(audience)")
                    if audience == .clinician { #expect(text.contains("Incomplete report") == (report == incomplete), "\(format)") }
                    #expect(lazy.renderReview(report, as: format, paper: .a4, for: audience) == eager.renderReview(report, as: format, paper: .a4, for: audience))
                    #expect(lazy.renderDischarge(report, as: format, paper: .a4, for: audience) == eager.renderDischarge(report, as: format, paper: .a4, for: audience))
                }
                #expect(lazy.renderForPrint(report, paper: .a4, for: audience) == eager.renderForPrint(report, paper: .a4, for: audience))
            }
        }
        for format in [OutputFormat.markdown, .html] {
            let text = lazy.render(ViewFixtures.index(), as: format)
            #expect(!text.isEmpty && text == eager.render(ViewFixtures.index(), as: format))
        }
    }
}
