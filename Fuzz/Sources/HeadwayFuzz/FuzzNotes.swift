import HeadwayKit

/// The fixed notes the configuration and template targets build their reports from.
enum FuzzNotes {
    /// The embedded default templates (the configuration target renders with them).
    static let defaultTemplates: TemplateSet = {
        guard let templates = try? TemplateSet() else { fatalError("the default templates do not load") }
        return templates
    }()

    /// A small report with a goal, measures and excerpts, for the template target to render.
    static let fixedReports: [ProgressReport] = {
        let files = using(Configuration()).enumerated().map { index, note in
            NoteParser().parse(path: "C-0001/note-\(index).md", bytes: Array(note.utf8))
        }
        return FuzzTarget.reports(of: Caseload.assemble(files, configuration: Configuration()), options: ReportOptions())
    }()

    /// Three sessions of one client scoring every instrument of `configuration` (built-in PHQ-9 and the
    /// first four declared) at its minimum, maximum and midpoint, and working on the first four declared
    /// areas.
    static func using(_ configuration: Configuration) -> [String] {
        let instruments = Array(configuration.instruments.prefix(4))
        let areas = configuration.areas.keys.sorted().prefix(4)
        return (0..<3).map { session in
            var lines = ["---", "client: C-0001", "date: 2026-09-0\(session + 1)", "session: \(session + 1)",
                         "attendance: attended", "goals:", "  - id: sleep", "    area: coping-skills",
                         "    statement: Sleep seven hours", "    progress: \(session + 3)"]
            lines += areas.map { "  - \(quoted($0))" }
            lines += ["measures:", "  PHQ-9: \([20, 3, 11][session])"]
            lines += instruments.map { "  \(quoted($0.name)): \(score($0, session: session))" }
            lines += ["---", "## Sleep", "", "Slept better this week (#sleep). Score went down.", ""]
            return lines.joined(separator: "\n")
        }
    }

    private static func score(_ instrument: Instrument, session: Int) -> String {
        let low = instrument.minimum, high = instrument.maximum
        let value = [low, high, low + (high - low) / 2][session]
        return instrument.integerScores ? "\(Int(exactly: value.rounded(.down)) ?? 0)" : "\(value)"
    }

    /// `text` as a YAML double-quoted string.
    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value):
                result += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
