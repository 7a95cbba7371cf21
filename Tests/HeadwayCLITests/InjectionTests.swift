import Foundation
import Testing

/// One HTML start or end tag, with its attributes (names lower-cased, values as written).
struct ScannedTag: CustomStringConvertible {
    var name: String
    var isEnd: Bool
    var attributes: [(name: String, value: String)]
    var description: String {
        "<\(isEnd ? "/" : "")\(name)" + attributes.map { " \($0.name)=\"\($0.value)\"" }.joined() + ">"
    }
}

/// A small HTML tokenizer, enough to see every tag and attribute a browser would see in the reports
/// (comments, the doctype and text are skipped; quoted attribute values may hold `>`).
enum HTMLScanner {
    static func tags(_ html: String) -> [ScannedTag] {
        let bytes = Array(html.utf8)
        let count = bytes.count
        var tags: [ScannedTag] = []
        var i = 0
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D }
        func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        func starts(_ at: Int, _ text: String) -> Bool {
            let pattern = Array(text.utf8)
            return at + pattern.count <= count && Array(bytes[at..<at + pattern.count]) == pattern
        }
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        while i < count {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            if starts(i, "<!--") {
                var j = i + 4
                while j < count && !starts(j, "-->") { j += 1 }
                i = j + 3
                continue
            }
            if i + 1 < count && (bytes[i + 1] == UInt8(ascii: "!") || bytes[i + 1] == UInt8(ascii: "?")) {
                while i < count && bytes[i] != UInt8(ascii: ">") { i += 1 }
                continue
            }
            var j = i + 1
            let isEnd = j < count && bytes[j] == UInt8(ascii: "/")
            if isEnd { j += 1 }
            guard j < count, isLetter(bytes[j]) else { i += 1; continue }
            let nameStart = j
            while j < count && !isSpace(bytes[j]) && bytes[j] != UInt8(ascii: ">") && bytes[j] != UInt8(ascii: "/") { j += 1 }
            var tag = ScannedTag(name: text(nameStart..<j).lowercased(), isEnd: isEnd, attributes: [])
            while j < count {
                while j < count && (isSpace(bytes[j]) || bytes[j] == UInt8(ascii: "/")) { j += 1 }
                guard j < count, bytes[j] != UInt8(ascii: ">") else { j += 1; break }
                let attributeStart = j
                while j < count && !isSpace(bytes[j]) && bytes[j] != UInt8(ascii: "=") && bytes[j] != UInt8(ascii: ">")
                        && !(bytes[j] == UInt8(ascii: "/") && j > attributeStart) { j += 1 }
                if j == attributeStart { j += 1; continue }
                let name = text(attributeStart..<j).lowercased()
                var value = ""
                var k = j
                while k < count && isSpace(bytes[k]) { k += 1 }
                if k < count && bytes[k] == UInt8(ascii: "=") {
                    k += 1
                    while k < count && isSpace(bytes[k]) { k += 1 }
                    if k < count && (bytes[k] == UInt8(ascii: "\"") || bytes[k] == UInt8(ascii: "'")) {
                        let quote = bytes[k]
                        let valueStart = k + 1
                        k = valueStart
                        while k < count && bytes[k] != quote { k += 1 }
                        value = text(valueStart..<min(k, count))
                        k += 1
                    } else {
                        let valueStart = k
                        while k < count && !isSpace(bytes[k]) && bytes[k] != UInt8(ascii: ">") { k += 1 }
                        value = text(valueStart..<k)
                    }
                    j = k
                }
                tag.attributes.append((name, value))
            }
            tags.append(tag)
            i = j
        }
        return tags
    }

    /// An attribute value as a browser reads it: character references decoded, whitespace and
    /// control characters removed, lower-cased.
    static func normalizedURL(_ value: String) -> String {
        var decoded = value
        for (entity, character) in [("&colon;", ":"), ("&Tab;", ""), ("&NewLine;", ""), ("&quot;", "\""), ("&amp;", "&")] {
            decoded = decoded.replacingOccurrences(of: entity, with: character)
        }
        var output = ""
        var rest = Substring(decoded)
        while let start = rest.range(of: "&#") {
            output += rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            let isHex = after.first == "x" || after.first == "X"
            let digits = (isHex ? after.dropFirst() : after).prefix { $0.isHexDigit }
            if let code = UInt32(digits, radix: isHex ? 16 : 10), let scalar = Unicode.Scalar(code) {
                output.unicodeScalars.append(scalar)
                var next = (isHex ? after.dropFirst() : after).dropFirst(digits.count)
                if next.first == ";" { next = next.dropFirst() }
                rest = next
            } else {
                output += "&#"
                rest = after
            }
        }
        output += rest
        return String(output.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }.map(Character.init)).lowercased()
    }

    static let forbiddenTags: Set<String> = [
        "script", "img", "image", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "form", "input",
        "button", "textarea", "select", "link", "audio", "video", "source", "track", "portal",
    ]
    static let urlAttributes: Set<String> = [
        "href", "src", "xlink:href", "action", "formaction", "srcset", "poster", "background", "data", "ping", "cite",
        "longdesc", "manifest",
    ]

    /// Markup a note could have injected: forbidden tags, event-handler attributes, script or data URLs,
    /// style attributes that fetch, `src` pointing outside the file, a meta refresh.
    static func problems(in html: String) -> [String] {
        var problems: [String] = []
        for tag in tags(html) {
            if forbiddenTags.contains(tag.name) { problems.append("forbidden tag \(tag)") }
            for (name, value) in tag.attributes {
                if name.hasPrefix("on") { problems.append("event handler \(name) in \(tag)") }
                if name == "http-equiv" && value.lowercased() == "refresh" { problems.append("meta refresh \(tag)") }
                if name == "style" && (value.lowercased().contains("url(") || value.lowercased().contains("expression")) {
                    problems.append("fetching style in \(tag)")
                }
                guard urlAttributes.contains(name) else { continue }
                let url = normalizedURL(value)
                for scheme in ["javascript:", "vbscript:", "data:", "file:"] where url.hasPrefix(scheme) {
                    problems.append("\(scheme) URL in \(tag)")
                }
                if name != "href" && name != "xlink:href" && !url.isEmpty && !url.hasPrefix("#") {
                    problems.append("resource fetched by \(tag)")
                }
            }
        }
        return problems
    }

    /// `href`s pointing outside the file: `http:`, `https:` or protocol-relative URLs.
    static func externalLinks(in html: String) -> [String] {
        tags(html).flatMap { tag in
            tag.attributes.filter { urlAttributes.contains($0.name) }.map { normalizedURL($0.value) }
                .filter { $0.hasPrefix("http:") || $0.hasPrefix("https:") || $0.hasPrefix("//") }
        }
    }
}

/// Notes whose every free-text field carries hostile text: no HTML output may carry injected markup,
/// Markdown outputs must render (with the reference `cmark`) to nothing dangerous, JSON must carry the
/// text verbatim as data.
@Suite("injection")
struct InjectionTests {
    static let script = "<script>alert(1)</script>"
    static let image = "<img src=x onerror=alert(1)>"
    static let attribute = "\" onmouseover=\"alert(1)"
    static let jsLink = "[link](javascript:alert(1))"
    static let div = "<div onclick=\"x\">click</div>"
    /// Every hostile string at once.
    static let all = "\(script) \(image) \(attribute) \(jsLink) \(div) {{mustache}} {{{triple}}} | pipes | *stars* `tick`"

    /// `text` as a double-quoted YAML scalar.
    static func yaml(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    // The note's values, as the JSON must give them back.
    static let clinician = "Dr. \(all)"
    static let clientName = "Name \(all)"
    static let statement = "In bed by 23:00 \(all) on 5 of 7 nights"
    static let revisedFrom = "From \(all)"
    static let reason = "Reason \(all)"
    static let evilGoal = "evil\" onmouseover=\"alert(1) <script>"
    static let evilStatement = "Breathe \(all) 4 of 7 days"
    static let evilMeasure = "\(script){{mustache}} | pipes |"
    static let attributeMeasure = "x\" onmouseover=\"alert(1)"
    static let planStatement = "Plan \(all) 5 of 7"

    static let plan = """
        ---
        type: plan
        client: C-INJ
        start: 2026-09-01
        clinician: \(yaml("Plan author \(all)"))
        goals:
          - id: sleep-routine
            area: healthy-lifestyle
            statement: \(yaml(planStatement))
            baseline: 2
            target: 8
            target-date: 2026-12-31
            objectives: [\(yaml("Objective \(all)"))]
            interventions: [\(yaml("Intervention \(all)"))]
        measures:
          PHQ-9: { baseline: 19, target: 9 }
        ---
        Plan narrative \(all)

        <script>alert(3)</script>

        """

    static let note = """
        ---
        client: C-INJ
        date: 2026-10-06
        session: 1
        clinician: \(yaml(clinician))
        client-name: \(yaml(clientName))
        modality: [\(yaml("Modality \(all)")), CBT]
        goals:
          - id: sleep-routine
            area: healthy-lifestyle
            statement: \(yaml(statement))
            progress: 4
            revised:
              from: \(yaml(revisedFrom))
              reason: \(yaml(reason))
          - id: \(yaml(evilGoal))
            area: coping-skills
            statement: \(yaml(evilStatement))
            progress: 3
        measures:
          PHQ-9: 14
          \(yaml(evilMeasure)): 3
          \(yaml(attributeMeasure)): 2
        milestones:
          - \(yaml("Milestone \(all)"))
          - { text: \(yaml("Goal milestone \(all)")), goal: sleep-routine }
        ---
        ## Sleep routine

        <div onclick="x">raw block</div>

        Went to bed \(script) at 23:00 \(image) and \(jsLink) \(attribute) {{mustache}} {{{triple}}} | pipes | *stars* `tick` [web](https://evil.example/x) ![pic](http://evil.example/a.png) <a href="javascript:alert(2)">a</a> #sleep-routine

        Obsidian ==\(script) *marked* \(image)== [[\(attribute)|label \(attribute) {{mustache}} 1 < 2 & 3]] ![[evil.png|300]]

        - [x] Done \(script) \(image)

        ### Heading \(script) {{mustache}} \(image) \(attribute) | pipes |

        Under the heading \(div).

        <script>alert(2)</script>

        ## Wins

        - Ran \(script) a 5k \(jsLink) {{mustache}} *stars* #sleep-routine
        - Slept \(image) \(attribute) {{{triple}}}

        """

    /// The notes folder, the batch output and the review output (a scratch folder removed afterwards).
    final class Runs {
        let scratch: Scratch
        let notes: URL
        let out: URL
        let reviewOut: URL
        let batch: RunResult
        let review: RunResult

        init() throws {
            scratch = try Scratch("injection")
            notes = try scratch.folder("notes")
            try Data(InjectionTests.plan.utf8).write(to: notes.appendingPathComponent("plan.md"))
            try Data(InjectionTests.note.utf8).write(to: notes.appendingPathComponent("note.md"))
            out = scratch.url.appendingPathComponent("out")
            reviewOut = scratch.url.appendingPathComponent("review")
            batch = try Headway.run(["batch", notes.path, "--format", "md,html,json", "-o", out.path], in: scratch.url)
            review = try Headway.run(["review", notes.path, "--client", "C-INJ", "--format", "md,html,json", "-o", reviewOut.path],
                                     in: scratch.url)
        }

        /// Every output file of both runs, as (root, relative path).
        func outputs(_ ext: String) throws -> [(URL, String)] {
            try Tree.files(out).filter { $0.hasSuffix(".\(ext)") }.map { (out, $0) }
                + Tree.files(reviewOut).filter { $0.hasSuffix(".\(ext)") }.map { (reviewOut, $0) }
        }
    }


    static let reportFiles = ["C-INJ/all.html", "C-INJ/all.json", "C-INJ/all.md", "index.html", "index.json", "index.md"]
    static let reviewFiles = ["C-INJ/plan-review-2026-10-06.html", "C-INJ/plan-review-2026-10-06.json", "C-INJ/plan-review-2026-10-06.md"]

    @Test("the HTML checker itself: finds injected markup, ignores escaped text")
    func scannerFindsInjections() {
        for injected in ["<p onclick=x>a</p>", "<a href=\" jav&#x61;script:alert(1)\">a</a>", "<img src=x>", "<svg><image href=\"https://x\"/></svg>",
                         "<p title=\"a\" onmouseover=\"alert(1)\">", "<SCRIPT>x</SCRIPT>", "<div style=\"background:url(http://x)\">",
                         "<meta http-equiv=\"refresh\" content=\"0;url=http://x\">"] {
            #expect(HTMLScanner.problems(in: injected) != [], "\(injected)")
        }
        for harmless in ["<p>&lt;img src=x onerror=alert(1)&gt; [link](javascript:alert(1))</p>", "<!-- <script>x</script> -->",
                         "<p title=\"&quot; onmouseover=&quot;alert(1)\">x</p>", "<a href=\"\">link</a>", "<a href=\"#goal-1\">g</a>",
                         "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"><title>a &gt; b</title></svg>"] {
            #expect(HTMLScanner.problems(in: harmless) == [], "\(harmless)")
        }
        #expect(HTMLScanner.externalLinks(in: "<a href=\"https://x.example\">x</a> <a href=\"C-1/all.html\">r</a>") == ["https://x.example"])
        #expect(HTMLScanner.tags("<p title='a > b' class=x>").first?.attributes.map(\.name) == ["title", "class"])
    }

    @Test("both runs succeed and write every file; the input is unchanged")
    func runsSucceed() throws {
        let runs = try Runs()
        #expect(runs.batch.status == 0, "\(runs.batch)")
        #expect(runs.review.status == 0, "\(runs.review)")
        let warning = "note.md:14: warning: 'revised.from' of goal 'sleep-routine' differs from its last statement \"\(Self.planStatement)\""
        for run in [runs.batch, runs.review] {
            #expect(run.stderrLines == [warning, "headway: 2 files, 1 note, 1 plan, 1 client, 1 report, 1 warning, 0 errors"], "\(run)")
            #expect(run.stdout == "")
        }
        #expect(try Tree.files(runs.out) == Self.reportFiles)
        #expect(try Tree.files(runs.reviewOut) == Self.reviewFiles)
        #expect(try Tree.text(runs.notes, "note.md") == Self.note)
        #expect(try Tree.text(runs.notes, "plan.md") == Self.plan)
    }

    @Test("HTML outputs (reports, index, review): no injected tag, attribute or URL; note text escaped, not expanded")
    func htmlOutputs() throws {
        let runs = try Runs()
        let files = try runs.outputs("html")
        #expect(files.count == 3)
        var external: [String] = []
        var fetched: [String] = []
        for (root, file) in files {
            let html = try Tree.text(root, file)
            let lower = html.lowercased()
            #expect(!lower.contains("<script"), "\(file): <script")
            #expect(!lower.contains("<img"), "\(file): <img")
            #expect(!lower.contains("<iframe"), "\(file): <iframe")
            #expect(!lower.contains("<div onclick"), "\(file): the raw <div> block")
            #expect(!lower.contains("href=\"javascript:"), "\(file): javascript: link")
            // `onerror=`, `onmouseover=`, `onclick=` and `javascript:` may only appear as escaped text, never in a tag.
            #expect(HTMLScanner.problems(in: html) == [], "\(file)")
            #expect(HTMLScanner.tags(html).count > 50, "\(file): the checker saw too few tags")
            for tag in HTMLScanner.tags(html) where tag.name == "div" {
                #expect(tag.attributes.allSatisfy { $0.name == "class" || $0.name == "id" || $0.name == "role" || $0.name.hasPrefix("aria-") },
                        "\(file): \(tag)")
            }
            external += HTMLScanner.externalLinks(in: html).map { "\(file): \($0)" }
            for tag in HTMLScanner.tags(html) {
                for attribute in tag.attributes where attribute.name != "href" && attribute.name != "xmlns" && attribute.value.lowercased().contains("//") {
                    fetched.append("\(file): <\(tag.name) \(attribute.name)=\(attribute.value)>")
                }
            }
            // Note text reaches the file as text: `{{mustache}}` is still there (the engine did not expand it)
            // and no other braces are left (no template artefact).
            #expect(html.contains("{{mustache}}"), "\(file): {{mustache}} was expanded or dropped")
            let rest = html.replacingOccurrences(of: "{{{triple}}}", with: "").replacingOccurrences(of: "{{mustache}}", with: "")
            #expect(!rest.contains("{{") && !rest.contains("}}"), "\(file): template artefact")
        }
        // The escaped forms, in the report and the review.
        let report = try Tree.text(runs.out, "C-INJ/all.html")
        let review = try Tree.text(runs.reviewOut, "C-INJ/plan-review-2026-10-06.html")
        let escapedClinician = "Dr. &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; &quot; onmouseover=&quot;alert(1) "
            + "[link](javascript:alert(1)) &lt;div onclick=&quot;x&quot;&gt;click&lt;/div&gt; {{mustache}} {{{triple}}} | pipes | *stars* `tick`"
        #expect(report.contains(escapedClinician))
        #expect(review.contains(escapedClinician))
        #expect(report.contains("Name &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;"))
        #expect(report.contains("Reason &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(report.contains("evil&quot; onmouseover=&quot;alert(1) &lt;script&gt;"))
        #expect(report.contains("x&quot; onmouseover=&quot;alert(1)"))
        // The excerpt: cmark's safe HTML, raw HTML omitted, the javascript: link emptied, the image as its text.
        #expect(report.contains("<!-- raw HTML omitted -->"))
        #expect(report.contains("Heading <!-- raw HTML omitted -->alert(1)<!-- raw HTML omitted --> {{mustache}}"))
        #expect(!report.contains("raw block"))
        // Obsidian syntax: `<mark>` around cmark's escaped text, a wikilink as its escaped label, a task's check box.
        #expect(report.contains("<p>Obsidian <mark><!-- raw HTML omitted -->alert(1)<!-- raw HTML omitted --> <em>marked</em> "
            + "<!-- raw HTML omitted --></mark> label &quot; onmouseover=&quot;alert(1) {{mustache}} 1 &lt; 2 &amp; 3 evil.png</p>"))
        #expect(report.contains("<li>Done: Done <!-- raw HTML omitted -->alert(1)<!-- raw HTML omitted --> <!-- raw HTML omitted --></li>"))
        // Decision (README, "Privacy"): a web link a clinician wrote stays a clickable <a href> (opened only by a
        // click, with no referrer); no attribute makes the page fetch anything by itself.
        #expect(fetched == [])
        #expect(external.allSatisfy { $0.hasSuffix("https://evil.example/x") }, "\(external)")
    }

    @Test("Markdown outputs: hostile text backslash-escaped or omitted; cmark (even --unsafe) renders nothing dangerous")
    func markdownOutputs() throws {
        let runs = try Runs()
        let files = try runs.outputs("md")
        #expect(files.count == 3)
        for (root, file) in files {
            let path = root.appendingPathComponent(file).path
            for arguments in [[path], ["--unsafe", path]] {
                let html = try ExternalTool.output("cmark", arguments)
                let lower = html.lowercased()
                #expect(!lower.contains("<script"), "\(file) \(arguments.first!): <script")
                #expect(!lower.contains("<img"), "\(file): <img")
                #expect(!lower.contains("<div"), "\(file): <div")
                #expect(!lower.contains("href=\"javascript:"), "\(file): javascript: link")
                // `onerror` and `javascript:` survive only as escaped text (`&lt;img … onerror=…&gt;`), never in a tag.
                #expect(HTMLScanner.problems(in: html) == [], "\(file) \(arguments.first!)")
                #expect(HTMLScanner.externalLinks(in: html) == [], "\(file)")
                #expect(HTMLScanner.tags(html).allSatisfy { $0.attributes.isEmpty || $0.name == "a" || $0.name == "code" },
                        "\(file): \(HTMLScanner.tags(html).filter { !$0.attributes.isEmpty })")
            }
            let markdown = try Tree.text(root, file)
            #expect(markdown.contains("{{mustache}}"), "\(file): {{mustache}} was expanded or dropped")
        }
        let report = try Tree.text(runs.out, "C-INJ/all.md")
        let escaped = "\\<script\\>alert(1)\\</script\\> \\<img src=x onerror=alert(1)\\> \" onmouseover=\"alert(1) "
            + "\\[link\\](javascript:alert(1)) \\<div onclick=\"x\"\\>click\\</div\\> {{mustache}} {{{triple}}} \\| pipes \\| \\*stars\\* \\`tick\\`"
        #expect(report.contains("# Progress report: C-INJ (Name \(escaped))\n"))
        #expect(report.contains("| Clinician | Dr. \(escaped) |\n"))
        #expect(report.contains("Reason: Reason \(escaped)"))
        let review = try Tree.text(runs.reviewOut, "C-INJ/plan-review-2026-10-06.md")
        #expect(review.contains("Dr. \(escaped)"))
        #expect(report.contains("\n> Obsidian alert(1) marked  label \" onmouseover=\"alert(1) {{mustache}} 1 \\< 2 \\& 3 evil.png\n> Done: Done alert(1) \n"))
        #expect(!report.contains("\\[\\[") && !report.contains("\\=\\="))
        let index = try Tree.text(runs.out, "index.md")
        #expect(index.contains("\\<script\\>alert(1)\\</script\\>{{mustache}} \\| pipes \\|"))
    }

    /// Every value under a key `html` anywhere in a JSON value.
    private func htmlValues(_ value: Any, path: String = "") -> [(String, String)] {
        if let object = value as? [String: Any] {
            return object.flatMap { key, child -> [(String, String)] in
                if key == "html", let html = child as? String { return [("\(path).html", html)] }
                return htmlValues(child, path: "\(path).\(key)")
            }
        }
        if let array = value as? [Any] { return array.enumerated().flatMap { htmlValues($1, path: "\(path)[\($0)]") } }
        return []
    }

    @Test("JSON outputs: valid, note text verbatim; html values are cmark's safe output")
    func jsonOutputs() throws {
        let runs = try Runs()
        let files = try runs.outputs("json")
        #expect(files.count == 3)
        var reports: [String: [String: Any]] = [:]
        for (root, file) in files {
            let object = try jsonObject(root, file)
            reports[file] = object
            for (path, html) in htmlValues(object) {
                #expect(!html.lowercased().contains("<script"), "\(file) \(path)")
                #expect(!html.lowercased().contains("<img"), "\(file) \(path)")
                #expect(!html.contains("onclick=\"") && !html.lowercased().contains("href=\"javascript:"), "\(file) \(path)")
                #expect(HTMLScanner.problems(in: html) == [], "\(file) \(path)")
            }
        }
        for file in ["C-INJ/all.json", "C-INJ/plan-review-2026-10-06.json"] {
            let report = try #require(reports[file])
            #expect((report["client"] as? [String: Any])?["name"] as? String == Self.clientName, "\(file)")
            #expect(report["clinician"] as? String == Self.clinician, "\(file)")
            let goals = try #require(report["goals"] as? [[String: Any]])
            #expect(goals.map { $0["id"] as? String } == ["sleep-routine", Self.evilGoal], "\(file)")
            #expect(goals.first?["statement"] as? String == Self.statement)
            #expect(goals.last?["statement"] as? String == Self.evilStatement)
            let revisions = try #require(report["revisions"] as? [[String: Any]])
            let explicit = try #require(revisions.first { $0["explicit"] as? Bool == true })
            #expect(explicit["from"] as? String == Self.revisedFrom)
            #expect(explicit["to"] as? String == Self.statement)
            #expect(explicit["reason"] as? String == Self.reason)
            let instruments = (report["measures"] as? [[String: Any]])?.compactMap { $0["instrument"] as? String }
            #expect(instruments == ["PHQ-9", Self.evilMeasure, Self.attributeMeasure], "\(file)")
            // Milestones are Markdown (docs/report-model.md: `text` plain text, `html` cmark's safe HTML).
            let milestones = try #require(report["milestones"] as? [[String: Any]])
            #expect(milestones.count == 4)
            for milestone in milestones {
                let text = milestone["text"] as? String ?? ""
                #expect(!text.contains("<script") && !text.contains("<img"), "\(text)")
            }
            #expect(milestones.contains { ($0["text"] as? String)?.hasPrefix("Ran alert(1) a 5k link {{mustache}} stars #sleep-routine") == true },
                    "\(milestones)")
        }
        let report = try #require(reports["C-INJ/all.json"])
        let excerpts = try #require((report["goals"] as? [[String: Any]])?.first?["excerpts"] as? [[String: Any]])
        let html = try #require(excerpts.first?["html"] as? String)
        #expect(html.hasPrefix("<!-- raw HTML omitted -->\n<p>Went to bed <!-- raw HTML omitted -->alert(1)<!-- raw HTML omitted --> at 23:00 <!-- raw HTML omitted --> and <a href=\"\">link</a>"))
        #expect(html.contains("<em>stars</em> <code>tick</code>"))
        #expect(html.contains("{{mustache}} {{{triple}}}"))
        let text = try #require(excerpts.first?["text"] as? String)
        #expect(text.hasPrefix("Went to bed alert(1) at 23:00  and link \" onmouseover=\"alert(1) {{mustache}} {{{triple}}} | pipes | stars tick"))
        let index = try #require(reports["index.json"])
        let summary = ((index["clients"] as? [[String: Any]])?.first?["summary"] as? String) ?? ""
        #expect(summary.contains(Self.evilMeasure), "\(summary)")
    }

    @Test("diagnostics quoting note text or file names carry no terminal control characters")
    func terminalEscapes() throws {
        let scratch = try Scratch("escapes")
        let notes = try scratch.folder("notes")
        // ESC ] 0 ; … BEL sets the terminal's title; ESC [ 2 J clears the screen; a newline in a file name
        // would forge a diagnostic line.
        try Data("""
            ---
            client: C-ESC
            date: 2026-10-06
            goals:
              - id: calm
                area: "bad\\e[31m"
                statement: Breathe 4 of 7 days
            "key\\e]0;pwned\\a": 1
            ---
            Body.

            """.utf8).write(to: notes.appendingPathComponent("escape.md"))
        try Data("No front matter.\n".utf8).write(to: notes.appendingPathComponent("name\u{1B}[2J\nforged.md: error: fake.md"))
        let result = try Headway.run(["check", notes.path], in: scratch.url)
        #expect(result.status == 1, "\(result)")
        // The bad area is a value error: the note is kept without it.
        #expect(result.stderrLines.last == "headway: 2 files, 1 note, 0 plans, 1 client, 0 reports, 2 warnings, 1 error (1 client needs attention: C-ESC)")
        let controls = result.stderr.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
        #expect(controls.isEmpty, "\(controls.map { String($0.value, radix: 16) })")
        #expect(result.stderrLines.count == 4, "a file name forged a diagnostic line: \(result.stderrLines)")
    }
}
