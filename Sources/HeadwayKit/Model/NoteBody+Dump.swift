/// A stable text dump of a parsed note body, so that a change to body parsing shows as a readable diff
/// (like swift-markdown's `MarkupTreeDumper` or pandoc's `-t native`).
extension NoteBody {
    /// One node per line, children indented by two spaces: the sections (nested under the sections
    /// that contain them, by heading level), then the tagged blocks, then the milestones. Texts and HTML
    /// are quoted on one line each, with `\n`, `\r`, `\t`, `"`, `\` and other control characters escaped.
    ///
    /// ```
    /// Section 0 line 6 level 2 "Sleep"
    ///   text "Slept better #sleep"
    ///   html "Slept better #sleep"
    /// Tagged line 8 tags #sleep sections [0]
    ///   text "Slept better #sleep"
    ///   html "Slept better #sleep"
    /// ```
    public func dump() -> String {
        var lines: [String] = []
        var open: [Int] = []  // levels of the sections containing the current one, outermost first
        for (index, section) in sections.enumerated() {
            while let last = open.last, last >= section.level { open.removeLast() }
            let indent = String(repeating: "  ", count: open.count)
            lines.append(indent + "Section \(index) line \(section.line) level \(section.level) \(Self.quoted(section.title))")
            lines += Self.dump(section.content, indent: indent + "  ")
            open.append(section.level)
        }
        for block in tagged {
            let tags = block.tags.map { "#" + $0 }.joined(separator: " ")
            let within = block.sections.map(String.init).joined(separator: ", ")
            lines.append("Tagged line \(block.line) tags \(tags) sections [\(within)]")
            lines += Self.dump(block.content, indent: "  ")
        }
        for milestone in milestones {
            lines.append("Milestone line \(milestone.line) tag " + (milestone.tag.map { "#" + $0 } ?? "none"))
            lines += Self.dump(milestone.content, indent: "  ")
        }
        return lines.isEmpty ? "(empty body)\n" : lines.joined(separator: "\n") + "\n"
    }

    private static func dump(_ content: RenderedText, indent: String) -> [String] {
        [indent + "text " + quoted(content.text), indent + "html " + quoted(content.html)]
    }

    /// `text` in double quotes, escaped so that it stays on one line and shows every control character.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case _ where Diagnostic.isControl(scalar) || scalar == "\u{2028}" || scalar == "\u{2029}":
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
