import Foundation
import HeadwayKit

extension OutputOptions {
    /// The templates: the defaults, with `--templates DIR` replacing them file by file. Their warnings
    /// (an unknown partial, an unused file) are printed at once.
    func templateSet() throws -> TemplateSet {
        let set = try TemplateSet(overrides: templates.map { URL(fileURLWithPath: $0, isDirectory: true) })
        for warning in set.warnings { Console.error(warning.formatted) }
        return set
    }
}
