import Foundation
import Testing

/// `headway review --format pdf` in hostile conditions: no socket (strace), no loopback (`unshare -n`),
/// output independent of the working folder, long words, and note text nested thousands deep.
/// Fixture `print`: C-0900 has a relative link and a 300-character word, C-0901 a 3,000-deep quote.
@Suite struct PrintingTests {
    static var fixture: String { get throws { try Headway.fixture("print").path } }
    static let longWord = String((0..<290).map { Array("abcdefghij")[$0 % 10] }) + "0123456789"

    /// Runs `program arguments` (from the PATH) in a scratch folder, capturing both streams, within `timeout` seconds.
    static func run(_ program: String, _ arguments: [String], timeout: TimeInterval = 120) throws -> RunResult {
        let folder = try Scratch("tool")
        return try Program.run("/usr/bin/env", [program] + arguments, in: folder.url, timeout: timeout)
    }

    /// Whether `program arguments` runs and exits 0 here (strace needs ptrace, unshare needs privileges).
    static func works(_ program: String, _ arguments: [String]) -> Bool {
        (try? run(program, arguments, timeout: 20).status) == 0
    }

    static func reviewArguments(_ client: String, out: String) throws -> [String] {
        ["review", try fixture, "--client", client, "--format", "pdf", "-o", out]
    }

    @Test(.enabled(if: works("strace", ["-f", "-o", "/dev/null", "true"])))
    func headwayOpensNoSocketWhilePrinting() throws {
        let scratch = try Scratch("strace")
        let log = scratch.path("trace.txt"), out = scratch.path("out")
        // -b execve: stop tracing a child when it becomes WeasyPrint (the Python of the `weasyprint` script, which
        // runs the pooled printer), so only Headway's own calls are seen.
        let traced = ["-f", "-b", "execve", "-e", "trace=%network,execve", "-o", log, try Headway.binary().path]
        let result = try Self.run("strace", traced + Self.reviewArguments("C-0900", out: out))
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "headway: 4 files, 1 note, 1 plan, 1 client, 1 report, 0 warnings, 0 errors\n")
        let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        #expect(lines.contains { $0.contains("execve(\"") && $0.contains("python") && $0.contains("\"-c\"") }, "WeasyPrint never ran: \(lines)")
        let calls = lines.filter { !$0.contains("execve") && !$0.contains("+++") && !$0.contains("---") }
        #expect(calls.isEmpty, "network calls by headway: \(calls.joined(separator: "\n"))")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/C-0900/plan-review-2026-10-06.pdf")).starts(with: Data("%PDF".utf8)))
    }

    /// `-r` (a user namespace) lets an unprivileged user make the network namespace too.
    @Test(.enabled(if: works("unshare", ["-r", "-n", "true"])))
    func printsWithoutALoopbackInterface() throws {
        let scratch = try Scratch("unshare")
        let out = scratch.path("out")
        let result = try Self.run("unshare", ["-r", "-n", try Headway.binary().path] + Self.reviewArguments("C-0900", out: out))
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "headway: 4 files, 1 note, 1 plan, 1 client, 1 report, 0 warnings, 0 errors\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/C-0900/plan-review-2026-10-06.pdf")).starts(with: Data("%PDF".utf8)))
    }

    @Test func thePDFDoesNotDependOnTheWorkingFolder() throws {
        let scratch = try Scratch("pdf-cwd")
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = "1700000000"
        var pdfs: [Data] = []
        for name in ["first", "second/deeper"] {
            let out = scratch.path("out-\(pdfs.count)")
            let result = try Headway.run(Self.reviewArguments("C-0900", out: out), in: try scratch.folder(name), timeout: 120,
                                         environment: environment)
            #expect(result.status == 0, "\(result)")
            pdfs.append(try Data(contentsOf: URL(fileURLWithPath: out + "/C-0900/plan-review-2026-10-06.pdf")))
        }
        #expect(pdfs[0] == pdfs[1], "the PDF differs between working folders")
        let text = String(decoding: pdfs[0], as: UTF8.self)
        #expect(!text.contains("file:"), "a link was resolved against a folder")
        #expect(text.contains("/URI (handouts/breathing.md)"))
    }

    @Test func aLongWordWrapsInsteadOfRunningOffThePage() throws {
        let scratch = try Scratch("pdf-long")
        let out = scratch.path("out")
        let result = try Headway.run(Self.reviewArguments("C-0900", out: out), timeout: 120)
        #expect(result.status == 0, "\(result)")
        let text = try ExternalTool.output("pdftotext", [out + "/C-0900/plan-review-2026-10-06.pdf", "-"])
        #expect(text.filter { !$0.isWhitespace }.contains(Self.longWord), "\(text)")
    }

    @Test func aWeasyPrintFailureIsOneLineOfWords() throws {
        let scratch = try Scratch("pdf-failure")
        let bin = try scratch.folder("bin")
        let script = Headway.repoRoot.appendingPathComponent("Tests/HeadwayKitTests/Fixtures/printer/traceback.sh")
        try FileManager.default.copyItem(at: script, to: bin.appendingPathComponent("weasyprint"))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin.appendingPathComponent("weasyprint").path)
        let out = scratch.path("out")
        let result = try Headway.run(Self.reviewArguments("C-0900", out: out) + ["--quiet"],
                                     environment: ["PATH": "\(bin.path):/usr/bin:/bin"])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderrLines == [
            "C-0900/plan-review-2026-10-06.pdf: error: weasyprint could not print the document (exit status 1): the document is nested too deeply for WeasyPrint to lay out (RecursionError)",
        ])
        #expect(!Tree.exists(out + "/C-0900/plan-review-2026-10-06.pdf"))
    }

    @Test func noteTextNestedThousandsDeepPrints() throws {
        let scratch = try Scratch("pdf-deep")
        let out = scratch.path("out")
        let result = try Headway.run(Self.reviewArguments("C-0901", out: out), timeout: 120)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "headway: 4 files, 1 note, 1 plan, 1 client, 1 report, 0 warnings, 0 errors\n")
        let text = try ExternalTool.output("pdftotext", [out + "/C-0901/plan-review-2026-10-06.pdf", "-"])
        #expect(text.contains("Quoted herself three thousand times over"), "\(text)")
    }
}
