import Foundation
@testable import HeadwayKit
import Testing

/// What every schema of docs/schema/ promises its readers: a stable relative `$id`, draft 2020-12, and
/// a title and a description in a clinician's words on every property.
@Suite("JSON Schema documents")
struct SchemaDocumentTests {
    @Test("the $id is the file name and the dialect is draft 2020-12", arguments: NoteSchema.allCases)
    func identity(_ schema: NoteSchema) throws {
        let document = try Self.object(schema)
        #expect(document["$id"] as? String == schema.fileName)
        #expect(document["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(document["title"] is String && document["description"] is String)
    }

    @Test("every property has a title and a description", arguments: NoteSchema.allCases)
    func propertiesAreDescribed(_ schema: NoteSchema) throws {
        var missing: [String] = []
        Self.visit(try Self.object(schema), at: "") { path, property in
            if !(property["title"] is String) || !(property["description"] is String) { missing.append(path) }
        }
        #expect(missing.isEmpty, "\(schema.fileName): properties without a title or a description: \(missing)")
    }

    @Test("the embedded schema ends in one newline and parses as JSON", arguments: NoteSchema.allCases)
    func embedded(_ schema: NoteSchema) throws {
        #expect(schema.text.hasSuffix("}\n"))
        _ = try Self.object(schema)
    }

    static func object(_ schema: NoteSchema) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(schema.text.utf8)) as? [String: Any])
    }

    /// Calls `body` with every entry of every `properties` and `patternProperties` keyword, wherever it is.
    static func visit(_ node: Any, at path: String, _ body: (String, [String: Any]) -> Void) {
        if let array = node as? [Any] {
            for (index, item) in array.enumerated() { visit(item, at: "\(path)/\(index)", body) }
            return
        }
        guard let object = node as? [String: Any] else { return }
        for (key, value) in object {
            if key == "properties" || key == "patternProperties", let properties = value as? [String: Any] {
                for (name, property) in properties {
                    if let property = property as? [String: Any] { body("\(path)/\(name)", property) }
                }
            }
            visit(value, at: "\(path)/\(key)", body)
        }
    }
}
