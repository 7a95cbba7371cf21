import Testing
@testable import HeadwayKit

/// Runs written for the client (`audience: .client`): their file names, the batch index, and the
/// clinician's reports beside them left as they are.
@Suite("Runs for the client's version")
struct ClientAudienceTests {
    private func run(_ request: ReportRequest, into sink: InMemorySink = InMemorySink()) throws -> InMemorySink {
        _ = try PipelineTests.pipeline(InMemoryNoteSource(texts: PipelineTests.texts)).run(request, templates: TemplateSet(), into: sink)
        return sink
    }

    @Test("a client batch writes <period>.client.<ext> and index.client.<ext> linking them")
    func batchFileNames() throws {
        let sink = try run(ReportRequest(clients: .every, document: .progress(.allSessions), formats: [.markdown, .html], audience: .client))
        #expect(Set(sink.files.keys) == ["C-1/all.client.md", "C-1/all.client.html", "C-2/all.client.md", "C-2/all.client.html",
                                         "index.client.md", "index.client.html"])
        #expect(sink.text("C-1/all.client.md")?.contains("### Walk 20 minutes a day") == true)
        #expect(sink.text("C-1/all.client.md")?.contains("walk-daily") == false)
        #expect(sink.text("C-1/all.client.md")?.contains("Walked three times.") == false, "no excerpt of the notes")
        #expect(sink.text("index.client.md")?.contains("C-1/all.client.md") == true)
    }

    @Test("one client's report for the client, beside the clinician's: the clinician's is the same as without it")
    func besideTheClinicians() throws {
        let both = InMemorySink()
        let clinician = ReportRequest(clients: .one("C-1"), document: .progress(.allSessions), formats: [.markdown, .html])
        var client = clinician
        client.audience = .client
        _ = try run(clinician, into: both)
        _ = try run(client, into: both)
        let alone = try run(clinician)
        #expect(Set(both.files.keys) == ["C-1/all.md", "C-1/all.html", "C-1/all.client.md", "C-1/all.client.html"])
        #expect(both.files["C-1/all.md"] == alone.files["C-1/all.md"])
        #expect(both.text("C-1/all.client.html")?.hasPrefix("<!DOCTYPE html>") == true)
    }
}
