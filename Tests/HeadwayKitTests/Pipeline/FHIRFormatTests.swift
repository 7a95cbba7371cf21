import Foundation
import Testing
@testable import HeadwayKit

/// `--format fhir` through the pipeline: where the bundles go, and that the index is not written in FHIR.
@Suite struct FHIRFormatTests {
    @Test("a batch writes <client>/<period>.fhir.json beside the other formats, and no FHIR index")
    func batchFiles() throws {
        let sink = InMemorySink()
        let request = ReportRequest(clients: .every, document: .progress(.allSessions), formats: [.markdown, .fhir])
        let outcome = try PipelineTests.pipeline(InMemoryNoteSource(texts: PipelineTests.texts)).run(request, templates: TemplateSet(), into: sink)
        #expect(outcome.failures.isEmpty)
        #expect(Set(sink.files.keys) == ["C-1/all.md", "C-1/all.fhir.json", "C-2/all.md", "C-2/all.fhir.json", "index.md", "index.html"])
        #expect(sink.text("C-1/all.fhir.json")?.hasPrefix("{\n  \"resourceType\": \"Bundle\"") == true)
        #expect(OutputFormat.fhir.fileExtension == "fhir.json")
    }

    @Test("a plan review in FHIR is plan-review-<date>.fhir.json, with the plan's CarePlan")
    func reviewFile() throws {
        let sink = InMemorySink()
        let texts = FHIRFixture.texts.filter { !$0.key.hasSuffix(".yml") }
        let pipeline = Pipeline(source: InMemoryNoteSource(texts: texts), notesFolder: "notes", configuration: FHIRFixture.configuration)
        let request = ReportRequest(clients: .one("F-1"), document: .planReview(date: nil, paper: .a4), formats: [.fhir],
                                    options: ReportOptions(configuration: FHIRFixture.configuration))
        _ = try pipeline.run(request, templates: TemplateSet(), into: sink)
        let text = try #require(sink.text("F-1/plan-review-2026-10-20.fhir.json"), "\(sink.files.keys.sorted())")
        #expect(text.contains("\"resourceType\": \"CarePlan\""))
    }
}
