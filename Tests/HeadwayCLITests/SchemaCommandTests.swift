import Foundation
import Testing

/// `headway schema`: prints the JSON Schemas of docs/schema/, byte for byte (there is one source).
@Suite("headway schema")
struct SchemaCommandTests {
    static let folder = Headway.repoRoot.appendingPathComponent("docs/schema", isDirectory: true)

    @Test("each schema printed is byte for byte its file in docs/schema", arguments: ["note", "plan", "review", "discharge", "config"])
    func printsTheFile(_ kind: String) throws {
        let result = try Headway.run(["schema", kind])
        #expect(result.status == 0, "\(result)")
        #expect(result.fullStderr == "")
        let file = try String(contentsOf: Self.folder.appendingPathComponent("\(kind).schema.json"), encoding: .utf8)
        #expect(result.stdout == file)
    }

    @Test("without an argument it prints the session note's schema")
    func defaultsToNote() throws {
        let result = try Headway.run(["schema"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == (try String(contentsOf: Self.folder.appendingPathComponent("note.schema.json"), encoding: .utf8)))
    }

    @Test("an unknown kind is a usage error (exit 2) that names the kinds")
    func unknownKind() throws {
        let result = try Headway.run(["schema", "letter"])
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout == "")
        #expect(result.fullStderr.contains("'note', 'plan', 'review', 'discharge' or 'config'"), "\(result)")
    }

    @Test("docs/schema holds exactly the five schemas and the README")
    func folderContents() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
        #expect(names == ["README.md", "config.schema.json", "discharge.schema.json", "note.schema.json", "plan.schema.json", "review.schema.json"])
    }
}
