import ArgumentParser
import HeadwayKit

/// The comma-separated `--format` list: known formats, in order, without repeats.
struct FormatList: Equatable, CustomStringConvertible {
    var formats: [OutputFormat]

    static let `default` = FormatList(formats: [.markdown, .html])

    init(formats: [OutputFormat]) {
        self.formats = formats
    }

    /// `md,html,json` (also `markdown`, any letter case, spaces around the commas).
    init(parsing text: String) throws {
        var formats: [OutputFormat] = []
        for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            guard let format = OutputFormat(rawValue: name == "markdown" ? "md" : name) else {
                throw ValidationError("unknown format '\(name)': use \(Self.names(joinedBy: " or "))")
            }
            if !formats.contains(format) { formats.append(format) }
        }
        guard !formats.isEmpty else { throw ValidationError("--format needs at least one of \(Self.names(joinedBy: ", "))") }
        self.formats = formats
    }

    /// Every format's name, `md, html, json, pdf or csv` (`last` before the last one).
    static func names(joinedBy last: String) -> String {
        let names = OutputFormat.allCases.map(\.rawValue)
        return names.dropLast().joined(separator: ", ") + last + names[names.count - 1]
    }

    var description: String { formats.map(\.fileExtension).joined(separator: ",") }
}

/// Parsers of option values that say what was wrong with a value.
enum Arguments {
    /// `2026-10`.
    static func month(_ text: String) throws -> Period {
        guard let period = Period.month(text) else { throw ValidationError("must be YYYY-MM") }
        return period
    }

    /// `2/4`: shard K of N, 1 ≤ K ≤ N.
    static func shard(_ text: String) throws -> Shard {
        guard let shard = Shard(parsing: text) else { throw ValidationError("must be K/N with 1 ≤ K ≤ N, e.g. 2/4") }
        return shard
    }

    /// `2026-10-07`, a real date.
    static func day(_ text: String) throws -> Day {
        guard let day = Day(iso: text) else { throw ValidationError("must be a real date YYYY-MM-DD") }
        return day
    }
}

extension Paper: ExpressibleByArgument {
    /// `a4` or `letter`, in any letter case.
    public init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }
}
