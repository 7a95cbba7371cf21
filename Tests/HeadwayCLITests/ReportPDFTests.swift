import Foundation
import Testing

/// `report --format pdf` and `batch --format pdf`: the pages (running header, "Page N of M", no page
/// with only the header and footer, the paper size), the pooled printer (no more WeasyPrint processes
/// than cores, the same bytes as the `weasyprint` command), and a missing printer.
@Suite struct ReportPDFTests {
    static let samples = Headway.repoRoot.appendingPathComponent("Samples/notes").path
    static let header = "Client C-0142 · Progress report October 2026 (2026-10-01 to 2026-10-31)"

    /// The text of each page of `pdf`, laid out (`pdftotext -layout`, pages split at form feeds).
    static func pages(_ pdf: String) throws -> [String] {
        var pages = try ExternalTool.output("pdftotext", ["-layout", pdf, "-"]).components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines) == "" { pages.removeLast() }
        return pages
    }

    static func pageCount(_ pdf: String) throws -> Int? {
        let info = try ExternalTool.output("pdfinfo", [pdf])
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
        return line.flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) }
    }

    @Test func aReportPDFHasTheHeaderAndPageNumbersOnEveryPageAndNoEmptyPage() throws {
        let scratch = try Scratch("report-pdf")
        let out = scratch.path("out")
        let result = try Headway.run(["report", Self.samples, "--client", "C-0142", "--month", "2026-10", "--format", "md,pdf", "-o", out,
                                      "--quiet"], timeout: 120)
        #expect(result.status == 0, "\(result)")
        let pdf = out + "/C-0142/2026-10.pdf"
        #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)).starts(with: Data("%PDF".utf8)))
        #expect(Tree.exists(out + "/C-0142/2026-10.md"))
        let count = try #require(try Self.pageCount(pdf))
        let pages = try Self.pages(pdf)
        #expect(count > 1 && pages.count == count)
        for (index, page) in pages.enumerated() {
            let lines = page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            #expect(lines.first == Self.header, "page \(index + 1): \(page)")
            #expect(lines.last?.hasPrefix("Confidential clinical record") == true, "page \(index + 1)")
            #expect(lines.last?.hasSuffix("Page \(index + 1) of \(count)") == true, "page \(index + 1): \(lines.last ?? "")")
            #expect(lines.count > 2, "page \(index + 1) holds only the header and the footer")
        }
        #expect(pages[0].contains("Progress report: C-0142 (Jordan M.)"))
        let text = pages.joined()
        for heading in ["Celebrated milestones", "Goals", "Outcome measures", "Goal Attainment Scaling"] {
            #expect(text.contains(heading), "\(heading)")
        }
    }

    @Test func anAreaHeadingIsNeverTheLastLineOfAPage() throws {
        let scratch = try Scratch("report-pdf-areas")
        let out = scratch.path("out")
        let result = try Headway.run(["batch", Self.samples, "--by-month", "--format", "pdf", "-o", out, "--quiet"], timeout: 300)
        #expect(result.status == 0, "\(result)")
        let headings: Set<String> = ["Celebrated milestones", "Revised goals", "Goals", "Outcome measures", "Goal Attainment Scaling",
                                     "Treatment plan", "Coping skills", "Healthy lifestyle", "Negative thought patterns",
                                     "Supportive relationships", "Self-awareness", "Emotional regulation", "Self-esteem"]
        let pdfs = try Tree.files(URL(fileURLWithPath: out)).filter { $0.hasSuffix(".pdf") }
        #expect(pdfs.count == 9)
        for pdf in pdfs {
            for (index, page) in try Self.pages(out + "/" + pdf).enumerated() {
                let lines = page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                let body = lines.dropFirst().dropLast()  // the running header and the footer
                #expect(!body.isEmpty, "\(pdf) page \(index + 1) holds only the header and the footer")
                #expect(!headings.contains(body.last ?? ""), "\(pdf) page \(index + 1) ends with the heading '\(body.last ?? "")'")
            }
        }
    }

    @Test(arguments: [("a4", "595.276 x 841.89 pts (A4)"), ("letter", "612 x 792 pts (letter)")])
    func thePaperSize(_ paper: String, _ size: String) throws {
        let scratch = try Scratch("report-pdf-paper")
        let out = scratch.path("out")
        let result = try Headway.run(["report", Self.samples, "--client", "C-0305", "--month", "2026-10", "--format", "pdf", "--paper", paper,
                                      "-o", out, "--quiet"], timeout: 120)
        #expect(result.status == 0, "\(result)")
        let info = try ExternalTool.output("pdfinfo", [out + "/C-0305/2026-10.pdf"])
        #expect(info.contains(size), "\(info)")
        let client = try Headway.run(["report", Self.samples, "--client", "C-0305", "--month", "2026-10", "--format", "pdf", "--paper", paper,
                                      "--audience", "client", "-o", out, "--quiet"], timeout: 120)
        #expect(client.status == 0, "\(client)")
        let clientInfo = try ExternalTool.output("pdfinfo", [out + "/C-0305/2026-10.client.pdf"])
        #expect(clientInfo.contains(size), "the client's version on the same paper: \(clientInfo)")
    }

    @Test func withoutWeasyPrintTheOtherFormatsAreWrittenAndTheRunExits2() throws {
        let scratch = try Scratch("report-nopdf")
        for command in [["report", Self.samples, "--client", "C-0305", "--month", "2026-10"], ["batch", Self.samples, "--month", "2026-10"]] {
            let out = scratch.path("out-\(command[0])")
            let result = try Headway.run(command + ["--format", "md,pdf,html", "-o", out, "--quiet"], environment: ["PATH": scratch.path("empty-bin")])
            #expect(result.status == 2, "\(result)")
            #expect(result.stderr.contains("C-0305/2026-10.pdf: error: weasyprint is not installed: install the Debian package 'weasyprint' (apt-get install weasyprint) to write PDF"),
                    "\(result)")
            let files = try Tree.files(URL(fileURLWithPath: out))
            #expect(files.contains("C-0305/2026-10.md") && files.contains("C-0305/2026-10.html"))
            #expect(!files.contains { $0.hasSuffix(".pdf") })
        }
    }

    // MARK: The pooled printer

    /// A notes folder of `clients` clients with two sessions each in October 2026.
    static func caseload(_ clients: Int, in scratch: Scratch) throws -> String {
        let notes = try scratch.folder("notes")
        for client in 1...clients {
            let id = String(format: "P-%03d", client)
            for (day, rating) in [("2026-10-07", 3), ("2026-10-21", 5)] {
                let text = "---\nclient: \(id)\ndate: \(day)\nattendance: attended\ngoals:\n  - id: walk\n    area: healthy-lifestyle\n"
                    + "    statement: Walk for 20 minutes on 5 days a week\n    progress: \(rating)\nmeasures:\n  PHQ-9: \(14 - rating)\n---\n## Walk\n\nWalked.\n"
                try Data(text.utf8).write(to: notes.appendingPathComponent("\(id)-\(day).md"))
            }
        }
        return notes.path
    }

    /// The real `weasyprint`'s Python, from its `#!` line.
    static func realPython() throws -> String {
        let script = try #require(["/usr/bin", "/usr/local/bin", "/bin"].map { $0 + "/weasyprint" }.first { FileManager.default.isExecutableFile(atPath: $0) })
        let line = try #require(try String(contentsOfFile: script, encoding: .utf8).split(separator: "\n").first)
        return String(line.dropFirst(2).split(separator: " ")[0])
    }

    @Test func aBatchPrintsThroughNoMoreWeasyPrintProcessesThanCores() throws {
        let scratch = try Scratch("pool")
        let notes = try Self.caseload(8, in: scratch)
        let bin = try scratch.folder("bin")
        let started = scratch.path("started.txt")
        // `weasyprint` names its Python on the #! line; that Python notes each start, then is the real one.
        try Data("#!\(bin.path)/python3\nraise SystemExit('the pool runs the Python of this script, not the script')\n".utf8)
            .write(to: bin.appendingPathComponent("weasyprint"))
        try Data("#!/bin/sh\necho $$ >> '\(started)'\nexec '\(try Self.realPython())' \"$@\"\n".utf8).write(to: bin.appendingPathComponent("python3"))
        for name in ["weasyprint", "python3"] {
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin.appendingPathComponent(name).path)
        }
        let out = scratch.path("out")
        let result = try Headway.run(["batch", notes, "--month", "2026-10", "--format", "pdf", "-o", out, "--quiet"], timeout: 300,
                                     environment: ["PATH": "\(bin.path):/usr/bin:/bin"])
        #expect(result.status == 0, "\(result)")
        let pdfs = try Tree.files(URL(fileURLWithPath: out)).filter { $0.hasSuffix(".pdf") }
        #expect(pdfs.count == 8)
        for pdf in pdfs { #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/" + pdf)).starts(with: Data("%PDF".utf8))) }
        let starts = try String(contentsOfFile: started, encoding: .utf8).split(separator: "\n").count
        #expect(starts >= 1 && starts <= ProcessInfo.processInfo.activeProcessorCount, "\(starts) WeasyPrint processes for 8 PDFs")
    }

    @Test func thePooledPrinterWritesTheBytesOfTheWeasyPrintCommand() throws {
        let scratch = try Scratch("pool-bytes")
        let bin = try scratch.folder("bin")
        // A `weasyprint` that is not a Python script: each PDF is printed by the real command, one process each.
        try Data("#!/bin/sh\nexec /usr/bin/env PATH=/usr/bin:/bin weasyprint \"$@\"\n".utf8).write(to: bin.appendingPathComponent("weasyprint"))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin.appendingPathComponent("weasyprint").path)
        let arguments = ["batch", Self.samples, "--month", "2026-10", "--format", "pdf", "--quiet"]
        let pooled = try Headway.run(arguments + ["-o", scratch.path("pooled")], timeout: 300)
        let command = try Headway.run(arguments + ["-o", scratch.path("command")], timeout: 300, environment: ["PATH": "\(bin.path):/usr/bin:/bin"])
        #expect(pooled.status == 0 && command.status == 0, "\(pooled)\n\(command)")
        let files = try Tree.files(URL(fileURLWithPath: scratch.path("pooled"))).filter { $0.hasSuffix(".pdf") }
        #expect(files.count == 3)
        for file in files {
            let one = try Data(contentsOf: URL(fileURLWithPath: scratch.path("pooled/" + file)))
            let other = try Data(contentsOf: URL(fileURLWithPath: scratch.path("command/" + file)))
            #expect(one == other, "\(file) differs between the pooled printer and the weasyprint command")
        }
    }

    @Test func noModuleIsImportedFromTheWorkingFolder() throws {
        let scratch = try Scratch("pool-cwd")
        let work = try scratch.folder("work")
        let marker = scratch.path("imported.txt")
        for module in ["weasyprint", "struct", "traceback"] {
            try Data("open('\(marker)', 'a').write('\(module)\\n')\n".utf8).write(to: work.appendingPathComponent("\(module).py"))
        }
        let out = scratch.path("out")
        let result = try Headway.run(["report", Self.samples, "--client", "C-0305", "--month", "2026-10", "--format", "pdf", "-o", out, "--quiet"],
                                     in: work, timeout: 120)
        #expect(result.status == 0, "\(result)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/C-0305/2026-10.pdf")).starts(with: Data("%PDF".utf8)))
        #expect(!Tree.exists(marker), "a module of the working folder was imported")
    }

    @Test(.enabled(if: PrintingTests.works("strace", ["-f", "-o", "/dev/null", "true"])))
    func aPrintingBatchOpensNoSocket() throws {
        let scratch = try Scratch("pool-strace")
        let log = scratch.path("trace.txt"), out = scratch.path("out")
        // -b execve: stop tracing a child when it becomes WeasyPrint's Python, so only Headway's own calls are seen.
        let traced = ["-f", "-b", "execve", "-e", "trace=%network,execve", "-o", log, try Headway.binary().path]
        let result = try PrintingTests.run("strace", traced + ["batch", Self.samples, "--month", "2026-10", "--format", "pdf", "-o", out, "--quiet"])
        #expect(result.status == 0, "\(result)")
        let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        #expect(lines.contains { $0.contains("execve(\"") && $0.contains("python") && $0.contains("\"-c\"") }, "WeasyPrint never ran: \(lines)")
        let calls = lines.filter { !$0.contains("execve") && !$0.contains("+++") && !$0.contains("---") }
        #expect(calls.isEmpty, "network calls by headway: \(calls.joined(separator: "\n"))")
        #expect(try Tree.files(URL(fileURLWithPath: out)).filter { $0.hasSuffix(".pdf") }.count == 3)
    }

    @Test(.enabled(if: PrintingTests.works("unshare", ["-r", "-n", "true"])))
    func aBatchPrintsWithoutALoopbackInterface() throws {
        let scratch = try Scratch("pool-unshare")
        let out = scratch.path("out")
        let result = try PrintingTests.run("unshare", ["-r", "-n", try Headway.binary().path, "batch", Self.samples, "--month", "2026-10",
                                                       "--format", "pdf", "-o", out, "--quiet"])
        #expect(result.status == 0, "\(result)")
        #expect(try Tree.files(URL(fileURLWithPath: out)).filter { $0.hasSuffix(".pdf") }.count == 3)
    }
}
