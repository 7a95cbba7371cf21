import Foundation
import Testing
@testable import HeadwayKit

private typealias F = FHIRFixture

/// Every bundle these tests make, validated by `scripts/validate-fhir.py` (Python's fhir.resources, its
/// R4B models; `scripts/install-deps` installs it): structure, cardinality, required elements, the codes
/// of required bindings, and references inside the bundle. Without python3 or fhir.resources the test fails.
@Suite("FHIR bundles validate")
struct FHIRValidationTests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bundles of the FHIR fixture (every month, the whole course, redacted, Headway's patient system),
    /// the rendering fixtures R-1 and V-1 (a discharged episode), and a plan review and a by-month batch of the sample caseload, by file name.
    static func bundles() throws -> [String: String] {
        var bundles: [String: String] = [:]
        var plain = F.configuration
        plain.fhirPatientSystem = nil
        let f1 = ClientReports(client: "F-1", caseload: AggregationHarness.caseload(F.texts, configuration: F.configuration),
                               options: ReportOptions(configuration: F.configuration))
        for period in [Period.month("2026-09")!, Period.month("2026-10")!, Period(from: Day(iso: "2026-09-01")!, to: Day(iso: "2026-10-31")!, label: "all", slug: "all")] {
            bundles["F-1-\(period.slug).fhir.json"] = try F.bundle(f1.report(for: period))
        }
        bundles["F-1-redacted.fhir.json"] = try F.bundle(F.report(redact: true))
        bundles["F-1-plain.fhir.json"] = try F.bundle(F.report(configuration: plain), configuration: plain)
        bundles["R-1-2026-10.fhir.json"] = try F.bundle(RenderingGolden.report(), configuration: Configuration())
        bundles["V-1-discharge.fhir.json"] = try F.bundle(DischargeDocumentTests.report(), configuration: ViewFixtures.configuration)
        for (path, text) in try samples() { bundles["Samples-" + path.replacingOccurrences(of: "/", with: "-")] = text }
        return bundles
    }

    /// The sample caseload's FHIR files of a by-month batch and of C-0142's plan review, through the pipeline.
    static func samples() throws -> [String: String] {
        let notes = repoRoot.appendingPathComponent("Samples/notes", isDirectory: true)
        let configuration = try ConfigurationParser.parse(String(contentsOf: notes.appendingPathComponent("headway.yml"), encoding: .utf8),
                                                          path: "headway.yml").get()
        let pipeline = Pipeline(source: FolderNoteSource(root: notes, exclude: configuration.exclude), notesFolder: "Samples/notes",
                                configuration: configuration)
        let sink = InMemorySink()
        let options = ReportOptions(configuration: configuration)
        _ = try pipeline.run(ReportRequest(clients: .every, document: .progress(.byMonth), formats: [.fhir], options: options),
                             templates: TemplateSet(), into: sink)
        _ = try pipeline.run(ReportRequest(clients: .one("C-0142"), document: .planReview(date: nil, paper: .a4), formats: [.fhir], options: options),
                             templates: TemplateSet(), into: sink)
        return sink.files.keys.filter { $0.hasSuffix(".fhir.json") }.reduce(into: [:]) { $0[$1] = sink.text($1) }
    }

    @Test("every bundle the tests make passes fhir.resources and the script's checks")
    func everyBundleValidates() throws {
        let bundles = try Self.bundles()
        #expect(bundles.count >= 15, "\(bundles.keys.sorted())")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("headway-fhir-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in bundles { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        let result = try Self.validate(folder)
        #expect(result.status == 0, "validate-fhir.py exited \(result.status) (3: run scripts/install-deps): \(result.output)")
        #expect(result.output.contains("\(bundles.count) bundles, 0 problems"), "\(result.output)")
    }

    @Test("the script fails a bundle with a code outside a required value set, or a dangling reference")
    func scriptCatchesErrors() throws {
        let good = try F.bundle(F.report())
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("headway-fhir-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let patientURL = try #require(good.firstMatch(of: /"fullUrl": "(urn:uuid:[0-9a-f-]+)"/)?.1)
        let broken = [
            "status.fhir.json": good.replacingOccurrences(of: "\"lifecycleStatus\": \"on-hold\"", with: "\"lifecycleStatus\": \"paused\""),
            "reference.fhir.json": good.replacingOccurrences(of: "\"reference\": \"\(patientURL)\"", with: "\"reference\": \"Patient/elsewhere\""),
            "missing.fhir.json": good.replacingOccurrences(of: "\"status\": \"final\",", with: ""),
        ]
        for (name, text) in broken {
            #expect(text != good, "\(name) is not broken")
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        let result = try Self.validate(folder)
        #expect(result.status == 1, "\(result.output)")
        #expect(result.output.contains("Goal.lifecycleStatus 'paused' is not in its required value set"), "\(result.output)")
        #expect(result.output.contains("reference Patient/elsewhere names no entry of the bundle"), "\(result.output)")
        #expect(result.output.contains("missing.fhir.json: entry."), "\(result.output)")
    }

    @Test("blank values Headway accepts (client-name \"\", a statement \"\" or \"   \", an instrument named \" \") give bundles that validate")
    func blankValuesValidate() throws {
        let texts = AggregationHarness.fixtureTexts("fhir/blank")
        let report = AggregationHarness.report(texts, client: "B-1", period: Period.month("2026-10")!)
        #expect(report.client.name == "", "the note's client-name is kept as written")
        #expect(report.measures.contains { $0.instrument == " " }, "the blank instrument is scored")
        let text = try F.bundle(report, configuration: Configuration())
        let bundle = try F.parsed(text)
        let patient = try #require(F.resources(bundle, type: "Patient").first)
        #expect(patient["name"] == nil, "a blank name is left out")
        let descriptions = F.resources(bundle, type: "Goal").compactMap { ($0["description"] as? [String: Any])?["text"] as? String }
        #expect(descriptions == ["walk-daily", "sleep-well"], "a blank statement falls back to the goal id")
        let codes = F.resources(bundle, type: "Observation").compactMap { F.code($0, "code") }
        #expect(codes.contains { $0.hasPrefix("blank-") && $0.count == 14 }, "\(codes)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("headway-fhir-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(text.utf8).write(to: folder.appendingPathComponent("B-1-2026-10.fhir.json"))
        let result = try Self.validate(folder)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("1 bundles, 0 problems"), "\(result.output)")
    }

    /// Runs the script over `folder`: its exit status and its standard output and error together.
    static func validate(_ folder: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", repoRoot.appendingPathComponent("scripts/validate-fhir.py").path, folder.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
