@testable import HeadwayKit
import Yams

/// A front matter or a `headway.yml` as JSON, typed the way Headway types YAML (`PlainScalar`: YAML 1.2's core
/// schema, only plain scalars typed, dates left as text), so that the schema judges what the decoder judges.
/// YAML that JSON cannot hold becomes text that no number, boolean or mapping schema accepts: a non-finite
/// number (`.nan`) its YAML text, an alias `*name`, a key that is not a scalar its YAML kind.
enum FrontMatterJSON {
    /// The JSON of a composed YAML document (`null` for an empty one).
    static func json(_ node: Node?) -> JSONValue {
        guard let node else { return .null }
        switch node {
        case .scalar(let scalar):
            switch PlainScalar(node) {
            case .null: return .null
            case .bool(let value): return .bool(value)
            case .integer(let value): return .number(Double(value))
            case .number(let value): return value.isFinite ? .number(value) : .string(scalar.string)
            case .text(let text): return .string(text)
            }
        case .mapping(let mapping):
            return .object(mapping.map { key, value in (key.scalar?.string ?? "<\(FieldReader.shape(of: key))>", json(value)) })
        case .sequence(let sequence):
            return .array(sequence.map(json))
        case .alias(let alias):
            return .string("*\(alias.anchor.rawValue)")
        }
    }

    /// The composed front matter of a note's text, as `NoteParser` composes it; nil when there is none, it
    /// is empty, or its YAML cannot be read (the decoder then rejects the file before judging any value).
    static func frontMatter(of text: String) -> Node? {
        guard case .found(let frontMatter) = FrontMatter.split(text) else { return nil }
        return (try? compose(frontMatter.yaml)) ?? nil
    }

    /// A YAML document composed as the decoders compose it (nil for an empty one); throws when it cannot be read.
    static func compose(_ yaml: String) throws -> Node? {
        try Yams.compose(yaml: yaml, .basic, Constructor(), .utf8)
    }
}
