import Foundation
import Testing
@testable import HeadwayKit

/// `PDFPrinter` against stand-in printers (`Fixtures/printer/*.sh`, installed as `weasyprint` in a
/// temporary folder): timeouts, deadlocks, broken pipes and error output, without WeasyPrint itself.
@Suite struct PDFPrinterTests {
    /// A temporary folder holding `Fixtures/printer/<script>` as an executable named `weasyprint`.
    final class FakePrinter {
        let folder: URL

        init(_ script: String) throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("headway-printer-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let source = AggregationHarness.fixtures.appendingPathComponent("printer/\(script)")
            let target = folder.appendingPathComponent("weasyprint")
            try FileManager.default.copyItem(at: source, to: target)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: target.path)
        }

        func printer(timeout: Double = 30) -> PDFPrinter { PDFPrinter(searchPath: [folder.path], timeout: timeout) }

        deinit { try? FileManager.default.removeItem(at: folder) }
    }

    static func failure(_ script: String, timeout: Double = 30, html: String = "<p>x</p>") throws -> PDFPrinter.Failure? {
        let fake = try FakePrinter(script)
        defer { withExtendedLifetime(fake) {} }
        do {
            _ = try fake.printer(timeout: timeout).pdf(from: html)
            return nil
        } catch {
            return error
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func aPrinterThatHangsIsKilledAtTheTimeout() throws {
        let start = Date()
        let failure = try Self.failure("hangs.sh", timeout: 1)
        #expect(failure == .timedOut(1))
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(failure?.description == "weasyprint did not finish printing within 1 second and was stopped; no PDF was written")
        #expect(PDFPrinter.Failure.timedOut(120).description
            == "weasyprint did not finish printing within 120 seconds and was stopped; no PDF was written")
    }

    @Test(.timeLimit(.minutes(1)))
    func theTimeoutAlsoStopsWhatThePrinterStarted() throws {
        let fake = try FakePrinter("leaves-a-child.sh")
        let start = Date()
        #expect(throws: PDFPrinter.Failure.timedOut(1)) { try withExtendedLifetime(fake) { try fake.printer(timeout: 1).pdf(from: "<p>x</p>") } }
        #expect(Date().timeIntervalSince(start) < 10)
        let written = try String(contentsOf: fake.folder.appendingPathComponent("child.pid"), encoding: .utf8)
        let child = try #require(pid_t(written.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(Self.hasEnded(child), "the printer's child \(child) outlived the timeout")
        if !Self.hasEnded(child) { kill(child, SIGKILL) }
    }

    /// Whether process `pid` is gone or a zombie, within a second (a killed orphan may await reaping).
    static func hasEnded(_ pid: pid_t) -> Bool {
        for _ in 0..<100 {
            let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
            if stat.isEmpty || stat.split(separator: ")").last?.split(separator: " ").first == "Z" { return true }
            usleep(10_000)
        }
        return false
    }

    @Test(.timeLimit(.minutes(1)))
    func errorsWrittenBeforeTheInputIsReadDoNotDeadlock() throws {
        let html = String(repeating: "<p>line of the review</p>\n", count: 200_000)  // 5 MB, far past a pipe's buffer
        let fake = try FakePrinter("noisy.sh")
        let pdf = try withExtendedLifetime(fake) { try fake.printer().pdf(from: html) }
        #expect(String(decoding: pdf, as: UTF8.self) == "%PDF-1.7 fake \(html.utf8.count)\n")
    }

    @Test(.timeLimit(.minutes(1)))
    func aPrinterThatStopsReadingDoesNotKillHeadway() throws {
        let html = String(repeating: "<p>line of the review</p>\n", count: 200_000)
        let fake = try FakePrinter("exits-without-reading.sh")
        let pdf = try withExtendedLifetime(fake) { try fake.printer().pdf(from: html) }
        #expect(String(decoding: pdf, as: UTF8.self) == "%PDF-1.7 fake\n")
    }

    @Test func aTracebackIsReducedToOneLineInWords() throws {
        let failure = try Self.failure("traceback.sh")
        #expect(failure?.description
            == "weasyprint could not print the document (exit status 1): the document is nested too deeply for WeasyPrint to lay out (RecursionError)")
    }

    @Test func controlAndBidirectionalCharactersInTheErrorAreEscaped() throws {
        let failure = try Self.failure("hostile-error.sh")
        #expect(failure?.description == "weasyprint could not print the document (exit status 2): ValueError: bad \\u{1B}[31mred\\u{202E} text")
    }

    @Test func otherEndings() throws {
        #expect(try Self.failure("silent-failure.sh")?.description == "weasyprint could not print the document (exit status 3): it gave no reason")
        #expect(try Self.failure("killed.sh")?.description == "weasyprint was stopped by signal 9 before it finished; no PDF was written")
        #expect(try Self.failure("not-a-pdf.sh")?.description == "weasyprint finished but wrote no PDF")
    }

    @Test func aLongErrorLineIsShortened() {
        let line = "ValueError: " + String(repeating: "x", count: 500)
        #expect(PrinterErrors.reason(Array(line.utf8)) == String(line.prefix(200)) + "…")
    }

    @Test func missingPrinter() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("headway-no-printer-\(UUID().uuidString)")
        #expect(throws: PDFPrinter.Failure.missing) { try PDFPrinter(searchPath: [empty.path]).pdf(from: "<p>x</p>") }
    }
}

/// Note text nested deeper than WeasyPrint can lay out keeps its text and loses its deepest tags.
@Suite struct PrintNestingTests {
    @Test func deepTagsAreLeftOutAndTheirTextKept() {
        let html = String(repeating: "<blockquote>\n", count: 5) + "<p>deep<br />text</p>\n" + String(repeating: "</blockquote>\n", count: 5)
        let flattened = PrintNesting.flattened(html, maximumDepth: 2)
        #expect(flattened == "<blockquote>\n<blockquote>\n\n\n\ndeep<br />text\n\n\n\n</blockquote>\n</blockquote>\n")
    }

    @Test func shallowTextIsUnchanged() {
        let html = "<ul>\n<li><a href=\"x.md\" title=\"a &gt; b\">x</a><!-- raw HTML omitted --></li>\n</ul>\n"
        #expect(PrintNesting.flattened(html, maximumDepth: 3) == html)
    }
}
