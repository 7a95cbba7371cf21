import Foundation
import Testing
@testable import HeadwayKit

/// A batch reads note bodies a second time, client by client: a file gone or changed by then loses only
/// its narrative, and says so.
@Suite struct BodyReaderTests {
    static let note = "---\nclient: C-1\ndate: 2026-10-07\n---\n## Coping skills\n\nBreathed on the bus.\n"

    private func caseload() throws -> Caseload {
        try Caseload.read(from: InMemoryNoteSource(texts: ["a.md": Self.note]), parser: NoteParser(readsBodies: false))
    }

    @Test func bodiesAreReadAgain() throws {
        let read = BodyReader(source: InMemoryNoteSource(texts: ["a.md": Self.note])).withBodies(try caseload().notes)
        #expect(read.diagnostics.isEmpty)
        #expect(read.notes.first?.body.sections.count == 1)
    }

    @Test(arguments: [
        ([:], "a.md: error: the file could not be read again for its narrative: "),
        (["a.md": "no front matter any more\n"], "a.md: error: the file changed while Headway was running (it no longer starts with its front matter): its narrative is left out"),
    ] as [([String: String], String)])
    func aFileGoneOrChangedLosesItsNarrativeWithAnError(files: [String: String], expected: String) throws {
        let caseload = try caseload()
        let read = BodyReader(source: InMemoryNoteSource(texts: files)).withBodies(caseload.notes)
        #expect(read.notes == caseload.notes)  // attendance and every value kept; only the body is empty
        #expect(read.diagnostics.count == 1)
        #expect(read.diagnostics.first?.formatted.hasPrefix(expected) == true, "\(read.diagnostics.map(\.formatted))")
        #expect(read.diagnostics.first?.formatted.hasSuffix(": its narrative is left out") == true)
        // The client's report lists it among its errors.
        let report = ClientReports(client: "C-1", notes: read.notes, caseload: caseload, options: ReportOptions(), more: read.diagnostics)
            .report(for: Period.month("2026-10")!)
        #expect(report.errors == read.diagnostics.map(\.formatted))
        #expect(report.sessions.attended == 1)
    }
}
