import Foundation
import Testing
@testable import HeadwayKit

/// `PrintSession` with the real WeasyPrint: its workers print document after document, a document that
/// fails does not stop the next, nothing is loaded from a URL, and where `weasyprint` is no Python
/// script the `weasyprint` command prints instead.
@Suite(.enabled(if: PDFPrinter().executable != nil)) struct PrintSessionTests {
    static func page(_ body: String) -> String {
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title></head><body>\(body)</body></html>"
    }

    @Test func theWorkerIsTheScriptsPython() throws {
        let process = try #require(PDFPrinter().workerProcess())
        #expect(URL(fileURLWithPath: process.executable).lastPathComponent.hasPrefix("python"))
        #expect(process.arguments.suffix(2) == ["-c", WeasyPrintProgram.source])
        #expect(process.environment.contains { $0.hasPrefix("SOURCE_DATE_EPOCH=") })
    }

    @Test func aFailedDocumentDoesNotStopTheNext() throws {
        let session = PrintSession(printer: PDFPrinter(), width: 1)
        defer { session.close() }
        let deep = String(repeating: "<div>", count: 3_000) + "deep" + String(repeating: "</div>", count: 3_000)
        #expect(throws: PDFPrinter.Failure.raised("the document is nested too deeply for WeasyPrint to lay out (RecursionError)")) {
            try session.pdf(from: Self.page(deep))
        }
        let pdf = try session.pdf(from: Self.page("<p>after the failure</p>"))
        #expect(pdf.starts(with: Data("%PDF".utf8)))
    }

    @Test func nothingIsLoadedFromAURL() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("headway-fetch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A 1×1 PNG and a stylesheet, both local files a default URL fetcher would read.
        let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")!
        try png.write(to: folder.appendingPathComponent("dot.png"))
        try Data("body { background: url(dot.png) }".utf8).write(to: folder.appendingPathComponent("style.css"))
        let html = Self.page("<link rel=\"stylesheet\" href=\"file://\(folder.path)/style.css\"><img src=\"file://\(folder.path)/dot.png\">"
            + "<img src=\"data:image/png;base64,\(png.base64EncodedString())\"><img src=\"http://127.0.0.1:9/x.png\">")
        let session = PrintSession(printer: PDFPrinter(), width: 1)
        defer { session.close() }
        let pdf = try session.pdf(from: html)
        #expect(pdf.starts(with: Data("%PDF".utf8)))
        #expect(!String(decoding: pdf, as: UTF8.self).contains("/Image"), "the PDF holds an image: a URL was loaded")
    }

    @Test func manyDocumentsOnFewWorkers() throws {
        let session = PrintSession(printer: PDFPrinter(), width: 2)
        defer { session.close() }
        let pdfs = try (0..<6).map { try session.pdf(from: Self.page("<p>document \($0)</p>")) }
        #expect(pdfs.allSatisfy { $0.starts(with: Data("%PDF".utf8)) })
        #expect(Set(pdfs).count == 6)
    }
}

/// Reading the interpreter of `weasyprint` from its `#!` line.
@Suite struct PrinterInterpreterTests {
    static func interpreter(_ firstLine: String, path: [String] = []) throws -> [String]? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("headway-shebang-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("weasyprint")
        try Data((firstLine + "\nimport sys\n").utf8).write(to: script)
        return PDFPrinter.interpreter(of: script, searchPath: path)
    }

    @Test func pythonScripts() throws {
        let python = try #require(["/usr/bin/python3", "/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) })
        #expect(try Self.interpreter("#!\(python)") == [python])
        #expect(try Self.interpreter("#!\(python) -s") == [python, "-s"])
        let folder = URL(fileURLWithPath: python).deletingLastPathComponent().path
        #expect(try Self.interpreter("#!/usr/bin/env python3", path: ["/nowhere", folder]) == [python])
    }

    @Test func notPython() throws {
        #expect(try Self.interpreter("#!/bin/sh") == nil)
        #expect(try Self.interpreter("#!/usr/bin/env -S python3") == nil)
        #expect(try Self.interpreter("#!/usr/bin/env python3", path: ["/nowhere"]) == nil)
        #expect(try Self.interpreter("#!/nowhere/python3") == nil)
        #expect(try Self.interpreter("\u{7F}ELF") == nil)
    }
}

/// `PrintSession` against stand-in workers: a `weasyprint` whose `#!` line names a shell script as its
/// Python, which answers ready and then misbehaves.
@Suite struct PrintSessionFailureTests {
    /// A folder with `weasyprint` (`#!<folder>/python3`) and `python3` running `script` after the ready frame.
    final class FakeWorker {
        let folder: URL

        init(_ script: String, ready: Bool = true) throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("headway-worker-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let frame = ready ? "printf 'R\\000\\000\\000\\000\\000\\000\\000\\000'\n" : ""
            let files = ["weasyprint": "#!\(folder.path)/python3\n", "python3": "#!/bin/sh\n\(frame)\(script)\n"]
            for (name, text) in files {
                try Data(text.utf8).write(to: folder.appendingPathComponent(name))
                try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.appendingPathComponent(name).path)
            }
        }

        func session(timeout: Double) -> PrintSession { PrintSession(printer: PDFPrinter(searchPath: [folder.path], timeout: timeout), width: 1) }

        deinit { try? FileManager.default.removeItem(at: folder) }
    }

    @Test(.timeLimit(.minutes(1)))
    func aWorkerThatHangsIsKilledAndTheNextDocumentGetsANewOne() throws {
        let fake = try FakeWorker("echo $$ >> \"$(dirname \"$0\")/pids\"\nexec sleep 60")
        let session = fake.session(timeout: 1)
        defer { session.close() }
        let start = Date()
        for _ in 0..<2 {
            #expect(throws: PDFPrinter.Failure.timedOut(1)) { try session.pdf(from: "<p>x</p>") }
        }
        #expect(Date().timeIntervalSince(start) < 10)
        let pids = try String(contentsOf: fake.folder.appendingPathComponent("pids"), encoding: .utf8).split(separator: "\n").compactMap { pid_t($0) }
        #expect(pids.count == 2, "a killed worker was used again")
        for pid in pids { #expect(PDFPrinterTests.hasEnded(pid), "worker \(pid) outlived its timeout") }
    }

    @Test(.timeLimit(.minutes(1)))
    func aWorkerThatDiesIsAFailureOfThatDocument() throws {
        let fake = try FakeWorker("read -r line\necho 'ValueError: out of paper' >&2\nexit 3")
        let session = fake.session(timeout: 20)
        defer { session.close() }
        #expect(throws: PDFPrinter.Failure.failed(status: 3, reason: "ValueError: out of paper")) { try session.pdf(from: "<p>x</p>\n") }
    }

    @Test(.timeLimit(.minutes(1)))
    func aPythonThatEndsBeforeItIsReadyFallsBackToTheCommand() throws {
        // As the worker (`-c`), it ends at once (a Python without WeasyPrint); run by the kernel for the
        // `weasyprint` script, it is the command, which fails in words.
        let fake = try FakeWorker("if [ \"$1\" = -c ]; then exit 1; fi\necho 'ValueError: the command ran' >&2\nexit 4", ready: false)
        let session = fake.session(timeout: 20)
        defer { session.close() }
        for _ in 0..<2 {
            #expect(throws: PDFPrinter.Failure.failed(status: 4, reason: "ValueError: the command ran")) { try session.pdf(from: "<p>x</p>") }
        }
    }
}
