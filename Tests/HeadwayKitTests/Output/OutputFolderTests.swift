import Foundation
import Testing
@testable import HeadwayKit

/// A fresh folder below the system's temporary folder, removed when the value goes away.
final class TemporaryFolder {
    let path: String

    init(_ label: String) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("headway-output-\(label)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func make(_ relative: String) throws -> String {
        try FileManager.default.createDirectory(atPath: path + "/" + relative, withIntermediateDirectories: true)
        return path + "/" + relative
    }

    func write(_ relative: String, _ text: String = "x\n") throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + relative))
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

@Suite("the output folder against the notes folder")
struct OutputFolderTests {
    func refusal(_ out: String, notes: String) -> String? {
        do {
            _ = try OutputFolder.prepare(out, notesFolder: notes)
            return nil
        } catch {
            return (error as? OutputFolder.Refusal)?.reason ?? "\(error)"
        }
    }

    @Test("the notes folder, a folder containing it, and -o \"\" are refused; a new folder inside it is not")
    func relations() throws {
        let folder = try TemporaryFolder("relations")
        let notes = try folder.make("notes")
        #expect(refusal("", notes: notes) == "-o is empty: it would write reports into the working directory; name the output folder, e.g. -o reports")
        #expect(refusal(notes, notes: notes) == "the output folder is the notes folder: reports would replace notes; choose another folder with -o")
        #expect(refusal(notes + "/./", notes: notes)?.hasPrefix("the output folder is the notes folder") == true)
        #expect(refusal(notes + "/new/../", notes: notes)?.hasPrefix("the output folder is the notes folder") == true)
        #expect(refusal(folder.path, notes: notes)?.hasPrefix("the output folder contains the notes folder \(notes)") == true)
        #expect(refusal("/", notes: notes)?.hasPrefix("the output folder contains the notes folder") == true)
        #expect(refusal(notes + "/reports", notes: notes) == nil)
        #expect(refusal(folder.path + "/out", notes: notes) == nil)
    }

    @Test("inside the notes folder: a folder holding other files is refused; a marked one is used")
    func insideNotes() throws {
        let folder = try TemporaryFolder("inside")
        let notes = try folder.make("notes")
        let reports = try folder.make("notes/reports")
        try folder.write("notes/reports/2026-10.md")
        #expect(refusal(reports, notes: notes)?.hasPrefix("the output folder is inside the notes folder and already holds files") == true)
        try folder.write("notes/reports/.headway-output")
        let prepared = try OutputFolder.prepare(reports, notesFolder: notes)
        #expect(prepared.isOwn)
    }

    @Test("a new folder is created 0700 and marked; a non-empty one outside the notes folder is used unmarked")
    func marking() throws {
        let folder = try TemporaryFolder("marking")
        let notes = try folder.make("notes")
        let new = try OutputFolder.prepare(folder.path + "/a/b", notesFolder: notes)
        #expect(new.isOwn)
        #expect(new.root.path == folder.path + "/a/b")
        let marker = try String(contentsOfFile: folder.path + "/a/b/.headway-output", encoding: .utf8)
        #expect(marker == OutputFolder.markerText)
        let mode = try FileManager.default.attributesOfItem(atPath: folder.path + "/a/b")[.posixPermissions] as? Int
        #expect(mode == 0o700)
        _ = try folder.make("used")
        try folder.write("used/mine.txt")
        let used = try OutputFolder.prepare(folder.path + "/used", notesFolder: notes)
        #expect(!used.isOwn)
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/used/.headway-output"))
    }

    @Test("Headway's temporary names: .<name>.<UUID>.tmp only")
    func temporaryNames() {
        #expect(StaleTemporaryFiles.isTemporaryName(".2026-01.md.0D6B3D1C-7A55-4C1E-9C8B-3F2A61D0B0A1.tmp"))
        #expect(StaleTemporaryFiles.isTemporaryName("..headway-output.0D6B3D1C-7A55-4C1E-9C8B-3F2A61D0B0A1.tmp"))
        #expect(!StaleTemporaryFiles.isTemporaryName(".0D6B3D1C-7A55-4C1E-9C8B-3F2A61D0B0A1.tmp"))
        #expect(!StaleTemporaryFiles.isTemporaryName("2026-01.md.0D6B3D1C-7A55-4C1E-9C8B-3F2A61D0B0A1.tmp"))
        #expect(!StaleTemporaryFiles.isTemporaryName(".2026-01.md.not-a-uuid-at-all-not-a-uuid-at-all-xx.tmp"))
        #expect(!StaleTemporaryFiles.isTemporaryName(".keep.tmp"))
    }

    @Test("stale report names: the batch's kind of period and its formats only")
    func reportNames() throws {
        let month = try #require(Period.month("2026-10"))
        let byMonth = StaleReports(root: "/", periods: .byMonth, formats: [.markdown, .json])
        #expect(byMonth.isReportName("2026-10.md") && byMonth.isReportName("2026-01.json"))
        #expect(!byMonth.isReportName("2026-13.md") && !byMonth.isReportName("2026-10.html") && !byMonth.isReportName("all.md"))
        #expect(!byMonth.isReportName("2026-1.md") && !byMonth.isReportName("plan-review-2026-10-08.md") && !byMonth.isReportName("2026-10"))
        let fixed = StaleReports(root: "/", periods: .fixed(month), formats: [.html])
        #expect(fixed.isReportName("2026-10.html") && !fixed.isReportName("2026-11.html"))
        let all = StaleReports(root: "/", periods: .allSessions, formats: [.markdown])
        #expect(all.isReportName("all.md") && !all.isReportName("all.json") && !all.isReportName("2026-10.md"))
        let fhir = StaleReports(root: "/", periods: .byMonth, formats: [.json, .fhir])
        #expect(fhir.isReportName("2026-10.fhir.json") && fhir.isReportName("2026-10.json") && !fhir.isReportName("2026-10.fhir"))
        #expect(!byMonth.isReportName("2026-10.fhir.json"), "a JSON batch's name for a month is 2026-10.json only")
        let client = StaleReports(root: "/", periods: .byMonth, formats: [.fhir], suffix: Audience.client.fileSuffix)
        #expect(client.isReportName("2026-10.client.fhir.json") && !client.isReportName("2026-10.fhir.json"))
    }

    @Test("stale report names: a batch of one audience never counts the other's reports")
    func reportNamesByAudience() {
        let clinician = StaleReports(root: "/", periods: .byMonth, formats: [.markdown, .html])
        let client = StaleReports(root: "/", periods: .byMonth, formats: [.markdown, .html], suffix: Audience.client.fileSuffix)
        #expect(clinician.isReportName("2026-10.md") && !clinician.isReportName("2026-10.client.md"))
        #expect(client.isReportName("2026-10.client.md") && client.isReportName("2026-10.client.html"))
        #expect(!client.isReportName("2026-10.md") && !client.isReportName("2026-10.html") && !client.isReportName(".client.md"))
        let all = StaleReports(root: "/", periods: .allSessions, formats: [.markdown], suffix: ".client")
        #expect(all.isReportName("all.client.md") && !all.isReportName("all.md"))
    }
}

@Suite("the report writer")
struct ReportWriterTests {
    @Test("a client folder that is a link is refused; the link's target gets nothing")
    func linkRefused() throws {
        let folder = try TemporaryFolder("writer-link")
        let out = try folder.make("out")
        let target = try folder.make("target")
        try FileManager.default.createSymbolicLink(atPath: out + "/C-1", withDestinationPath: target)
        let writer = ReportWriter(root: URL(fileURLWithPath: out))
        #expect(throws: ReportWriter.WriteError.self) { try writer.write("report", to: "C-1/all.md") }
        do {
            try writer.write("report", to: "C-1/all.md")
        } catch let error as ReportWriter.WriteError {
            #expect(error.reason == "\(out)/C-1 is a symbolic link: reports are never written through a link; remove it or choose another output folder")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: target) == [])
        #expect(writer.requestedPaths == ["C-1/all.md"])
    }

    @Test("a folder open to group and others is tightened to 0700; files are 0600 and nothing temporary is left")
    func permissions() throws {
        let folder = try TemporaryFolder("writer-perms")
        let out = try folder.make("out")
        _ = try folder.make("out/C-1")
        chmod(out + "/C-1", 0o777)
        try ReportWriter(root: URL(fileURLWithPath: out)).write("report\n", to: "C-1/all.md")
        let manager = FileManager.default
        #expect(try manager.attributesOfItem(atPath: out + "/C-1")[.posixPermissions] as? Int == 0o700)
        #expect(try manager.attributesOfItem(atPath: out + "/C-1/all.md")[.posixPermissions] as? Int == 0o600)
        #expect(try manager.contentsOfDirectory(atPath: out + "/C-1") == ["all.md"])
        #expect(try String(contentsOfFile: out + "/C-1/all.md", encoding: .utf8) == "report\n")
    }
}
