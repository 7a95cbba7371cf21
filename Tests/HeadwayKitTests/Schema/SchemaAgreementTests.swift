import Foundation
@testable import HeadwayKit
import Testing

/// The JSON Schemas of docs/schema/ and the decoders agree (docs/schema/README.md): every fixture note, plan,
/// review note and headway.yml the decoder accepts without errors validates, and each crafted file of
/// Fixtures/schema/invalid/ (a type, range or shape error) fails both, the schema at the key it names.
/// Validation is Python's jsonschema (`scripts/install-deps` installs it); without it these tests fail.
@Suite("JSON Schemas agree with the decoders")
struct SchemaAgreementTests {
    static let invalidFolder = "Tests/HeadwayKitTests/Fixtures/schema/invalid"

    @Test("every fixture file the decoder accepts without errors validates against its schema")
    func acceptedFilesValidate() throws {
        let accepted = try SchemaFixture.all().filter { $0.accepted && $0.decoderErrors.isEmpty }
        let counts = Dictionary(grouping: accepted, by: \.schema).mapValues(\.count)
        #expect(counts[.note, default: 0] >= 100 && counts[.plan, default: 0] >= 10, "\(counts)")
        #expect(counts[.review, default: 0] >= 2 && counts[.config, default: 0] >= 4, "\(counts)")
        #expect(counts[.discharge, default: 0] >= 2, "\(counts)")
        let errors = try SchemaValidator.errors(accepted.map { SchemaValidator.Case(name: $0.path, schema: $0.schema, document: $0.document) })
        for fixture in accepted {
            let found = try #require(errors[fixture.path], "no result for \(fixture.path)")
            #expect(found.isEmpty, "\(fixture.path) is read by Headway without errors but fails \(fixture.schema.fileName): \(found)")
        }
    }

    @Test("a crafted type, range or shape error fails the schema at its key and is a decoder error", arguments: try craftedNames())
    func craftedErrorFailsBoth(_ name: String) throws {
        let path = "\(Self.invalidFolder)/\(name)"
        let fixture = try #require(try SchemaFixture.fixture(path))
        #expect(!fixture.decoderErrors.isEmpty, "\(path): the decoder reports no error")
        let text = try String(contentsOf: SchemaValidator.repoRoot.appendingPathComponent(path), encoding: .utf8)
        let marker = "# schema error at: "
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix(marker) }, "\(path) says where the schema should fail")
        let key = String(line.dropFirst(marker.count))
        let errors = try #require(try Self.craftedErrors.get()[path], "no result for \(path)")
        let paths = errors.map { String($0.prefix { $0 != ":" }) }
        #expect(paths.contains { key == "/" || $0 == key || $0.hasPrefix(key + "/") },
                "\(path): \(fixture.schema.fileName) should fail at \(key), got \(errors)")
    }

    @Test("headway new's scaffolds, drafts and all, validate against their schemas", arguments: NoteScaffold.Kind.allCases)
    func scaffoldsValidate(_ kind: NoteScaffold.Kind) throws {
        let notes = SchemaValidator.repoRoot.appendingPathComponent("Samples/notes", isDirectory: true)
        let text = try String(contentsOf: notes.appendingPathComponent("headway.yml"), encoding: .utf8)
        let configuration = try ConfigurationParser.parse(text, path: "headway.yml").get()
        let pipeline = Pipeline(source: FolderNoteSource(root: notes, exclude: configuration.exclude), notesFolder: "Samples/notes",
                                configuration: configuration)
        let scaffold = try pipeline.newNote(kind, client: "C-0142", name: nil, date: try #require(Day(iso: "2026-12-01")), templates: try TemplateSet())
        let path = "Samples/notes/\(scaffold.path)"
        let fixture = try #require(SchemaFixture.note(path, scaffold.text), "\(scaffold.text)")
        #expect(fixture.accepted && fixture.decoderErrors.isEmpty, "\(fixture.decoderErrors)")
        let errors = try SchemaValidator.errors([.init(name: path, schema: fixture.schema, document: fixture.document)])
        #expect(errors[path] == [], "\(scaffold.text)")
    }

    @Test("the crafted files are a type, range and shape error of each kind of file")
    func craftedFilesCoverEveryKind() throws {
        let names = try Self.craftedNames()
        for kind in ["note", "plan", "review", "discharge", "config"] {
            for problem in ["type", "range", "shape"] where !(["review", "discharge"].contains(kind) && problem == "range") {
                #expect(names.contains { $0.hasPrefix("\(kind)-\(problem)-") }, "no crafted \(problem) error for a \(kind)")
            }
        }
    }

    /// The schema errors of every crafted file, validated in one run of Python.
    static let craftedErrors: Result<[String: [String]], SchemaValidator.Unavailable> = {
        do {
            let fixtures = try craftedNames().compactMap { try SchemaFixture.fixture("\(invalidFolder)/\($0)") }
            return .success(try SchemaValidator.errors(fixtures.map { SchemaValidator.Case(name: $0.path, schema: $0.schema, document: $0.document) }))
        } catch let error as SchemaValidator.Unavailable {
            return .failure(error)
        } catch {
            return .failure(SchemaValidator.Unavailable(description: "\(error)"))
        }
    }()

    static func craftedNames() throws -> [String] {
        let folder = SchemaValidator.repoRoot.appendingPathComponent(invalidFolder)
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }
}
