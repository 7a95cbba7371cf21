import Foundation
@testable import HeadwayKit

/// Runs Python's `jsonschema` (Draft202012Validator, formats checked) over JSON documents through
/// `Fixtures/schema/validate.py`, against the schemas of `docs/schema/`.
enum SchemaValidator {
    /// One document to validate.
    struct Case {
        var name: String
        var schema: NoteSchema
        var document: JSONValue
    }

    /// Why validation could not run.
    struct Unavailable: Error, Sendable, CustomStringConvertible {
        var description: String
    }

    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let script = repoRoot.appendingPathComponent("Tests/HeadwayKitTests/Fixtures/schema/validate.py")

    /// Each case's schema errors, by name (empty when it validates). Throws, saying to run
    /// `scripts/install-deps`, when python3 or jsonschema is missing: the test never passes without validating.
    static func errors(_ cases: [Case]) throws -> [String: [String]] {
        let request = JSONValue.object([
            ("schemas", .string(repoRoot.appendingPathComponent("docs/schema").path)),
            ("cases", .array(cases.map { .object([("name", .string($0.name)), ("schema", .string($0.schema.rawValue)), ("document", $0.document)]) })),
        ])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        (process.standardInput, process.standardOutput, process.standardError) = (input, output, errors)
        do {
            try process.run()
        } catch {
            throw Unavailable(description: "cannot run python3 (\(error)): run scripts/install-deps")
        }
        // Read both pipes while writing, so that neither fills up and blocks the script.
        nonisolated(unsafe) var outputData = Data(), errorData = Data()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { outputData = output.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { errorData = errors.fileHandleForReading.readDataToEndOfFile() }
        input.fileHandleForWriting.write(Data(request.serialized().utf8))
        try input.fileHandleForWriting.close()
        group.wait()
        process.waitUntilExit()
        let stderr = String(decoding: errorData, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw Unavailable(description: "validate.py exited \(process.terminationStatus): \(stderr) (run scripts/install-deps)")
        }
        guard let results = try JSONSerialization.jsonObject(with: outputData) as? [[String: Any]] else {
            throw Unavailable(description: "validate.py printed no results: \(stderr)")
        }
        var byName: [String: [String]] = [:]
        for result in results {
            if let name = result["name"] as? String { byName[name] = result["errors"] as? [String] ?? [] }
        }
        return byName
    }
}
