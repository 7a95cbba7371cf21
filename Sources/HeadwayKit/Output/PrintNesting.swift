/// Bounds how deeply note text nests in what is printed. WeasyPrint lays out elements by recursion and
/// fails (Python's RecursionError) at about 150 nested elements, which a note of nested quotes or lists
/// reaches in one line; cmark renders such a note in full. For print, elements of note text deeper than
/// `maximumDepth` lose their tags and keep their text, inside the deepest element kept.
enum PrintNesting {
    /// Elements of one piece of note text kept nested (the templates add about ten around it).
    static let maximumDepth = 16

    private static let voidElements: Set<String> = ["br", "hr", "img", "input", "wbr"]

    /// `html` (cmark's rendering: every element closed, `<` and `>` escaped outside tags) with the
    /// start and end tags deeper than `maximumDepth` left out.
    static func flattened(_ html: String, maximumDepth: Int = maximumDepth) -> String {
        guard html.utf8.count(where: { $0 == UInt8(ascii: "<") }) > maximumDepth else { return html }
        var output: [UInt8] = []
        output.reserveCapacity(html.utf8.count)
        var depth = 0
        let bytes = Array(html.utf8)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<"), let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else {
                output.append(bytes[index])
                index += 1
                continue
            }
            let tag = bytes[index...close]
            switch kind(of: tag) {
            case .start:
                depth += 1
                if depth <= maximumDepth { output.append(contentsOf: tag) }
            case .end:
                if depth <= maximumDepth { output.append(contentsOf: tag) }
                depth = max(0, depth - 1)
            case .standalone:
                output.append(contentsOf: tag)
            }
            index = close + 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    private enum TagKind { case start, end, standalone }

    /// `</p>` ends, `<br />`, `<hr>` and `<!-- … -->` stand alone, anything else starts an element.
    private static func kind(of tag: ArraySlice<UInt8>) -> TagKind {
        let inner = tag.dropFirst().dropLast()
        if inner.first == UInt8(ascii: "/") { return .end }
        if inner.first == UInt8(ascii: "!") || inner.last == UInt8(ascii: "/") { return .standalone }
        let name = inner.prefix { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\t") }
        return voidElements.contains(String(decoding: name, as: UTF8.self).lowercased()) ? .standalone : .start
    }
}

extension ProgressReport {
    /// The report with every piece of note text's HTML flattened for print (`PrintNesting`).
    func flattenedForPrint() -> ProgressReport {
        var report = self
        report.milestones = milestones.map(\.flattenedForPrint)
        for index in report.goals.indices {
            report.goals[index].milestones = report.goals[index].milestones.map(\.flattenedForPrint)
            report.goals[index].excerpts = report.goals[index].excerpts.map(\.flattenedForPrint)
        }
        for index in report.areas.indices {
            report.areas[index].excerpts = report.areas[index].excerpts.map(\.flattenedForPrint)
        }
        report.planReview?.note = planReview?.note?.flattenedForPrint
        return report
    }
}

extension Milestone {
    var flattenedForPrint: Milestone {
        var milestone = self
        milestone.html = PrintNesting.flattened(html)
        return milestone
    }
}

extension Excerpt {
    var flattenedForPrint: Excerpt {
        var excerpt = self
        excerpt.html = PrintNesting.flattened(html)
        return excerpt
    }
}

extension ReviewNote {
    var flattenedForPrint: ReviewNote {
        var note = self
        note.summary = summary.map { RenderedText(html: PrintNesting.flattened($0.html), text: $0.text) }
        note.updatedPlan = updatedPlan.map { RenderedText(html: PrintNesting.flattened($0.html), text: $0.text) }
        return note
    }
}
