import Foundation
import Testing

/// `headway watch` as a child process: its output folder after each edit is a fresh batch's, and a
/// signal ends it cleanly.
@Suite struct WatchCommandTests {
    /// A running `headway watch`, its standard output and error gathered as they come.
    final class Watching: @unchecked Sendable {
        let process = Process()
        private let lock = NSLock()
        private var out = Data()
        private var err = Data()

        init(_ arguments: [String], in folder: URL) throws {
            process.executableURL = try Headway.binary()
            process.arguments = ["watch"] + arguments
            process.currentDirectoryURL = folder
            process.standardInput = FileHandle.nullDevice
            let (stdout, stderr) = (Pipe(), Pipe())
            process.standardOutput = stdout
            process.standardError = stderr
            stdout.fileHandleForReading.readabilityHandler = { [unowned self] handle in
                let data = handle.availableData
                lock.withLock { out += data }
            }
            stderr.fileHandleForReading.readabilityHandler = { [unowned self] handle in
                let data = handle.availableData
                lock.withLock { err += data }
            }
            try process.run()
        }

        var lines: [String] { lock.withLock { RunResult.lines(String(decoding: out, as: UTF8.self)) } }
        var errors: String { lock.withLock { String(decoding: err, as: UTF8.self) } }

        /// Waits until standard output has more than `count` lines and then none more for a moment; the lines.
        @discardableResult
        func waitForLines(moreThan count: Int, timeout: TimeInterval = 30) throws -> [String] {
            let deadline = Date().addingTimeInterval(timeout)
            var seen = lines
            var quietSince = Date()
            while Date() < deadline {
                usleep(20_000)
                let now = lines
                if now.count != seen.count { (seen, quietSince) = (now, Date()) }
                if seen.count > count, Date().timeIntervalSince(quietSince) > 0.3 { return seen }
            }
            throw BinaryError.timedOut(process.arguments ?? [])
        }

        /// Waits until standard error contains `text`.
        func waitForError(containing text: String, timeout: TimeInterval = 30) throws {
            let deadline = Date().addingTimeInterval(timeout)
            while !errors.contains(text) {
                guard Date() < deadline else { throw BinaryError.timedOut(process.arguments ?? []) }
                usleep(5_000)
            }
        }

        /// Sends `signal` (unless it has ended already) and waits for the exit; the status.
        func stop(_ signal: Int32 = SIGINT, timeout: TimeInterval = 30) throws -> Int32 {
            if process.isRunning { kill(process.processIdentifier, signal) }
            let deadline = Date().addingTimeInterval(timeout)
            while process.isRunning {
                guard Date() < deadline else {
                    process.terminate()
                    throw BinaryError.timedOut(process.arguments ?? [])
                }
                usleep(5_000)
            }
            return process.terminationStatus
        }

        deinit { if process.isRunning { process.terminate() } }
    }

    static let options = ["--by-month", "--format", "md,html,json"]

    static func temporaryFiles(_ root: URL) throws -> [String] {
        try Tree.files(root).filter { $0.hasSuffix(".tmp") }
    }

    @Test("after each edit, a save by rename, a delete, a move, an error and its fix, a new folder and a changed headway.yml, OUT is a fresh batch's")
    func sequence() throws {
        let scratch = try Scratch("watch")
        let notes = scratch.url.appendingPathComponent("notes")
        try FileManager.default.copyItem(at: try Headway.fixture("vault"), to: notes)
        let out = scratch.url.appendingPathComponent("out")
        let watch = try Watching(["notes", "-o", "out"] + Self.options, in: scratch.url)
        var lines = try watch.waitForLines(moreThan: 0)
        #expect(lines.first?.hasPrefix("headway: watching notes (") == true, "\(lines)")
        let sam = notes.appendingPathComponent("Clients/Sam Ortiz")
        let riley = notes.appendingPathComponent("Clients/Riley")
        func replace(_ file: URL, _ old: String, _ new: String, atomically: Bool = false) throws {
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.contains(old), "\(file.path) holds \(old)")
            try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: atomically, encoding: .utf8)
        }
        let steps: [(String, () throws -> Void)] = [
            ("edit a rating", { try replace(sam.appendingPathComponent("2026-10-16.md"), "progress: 4", "progress: 7") }),
            ("save by rename", { try replace(riley.appendingPathComponent("2026-10-12.md"), "three strengths", "four strengths", atomically: true) }),
            ("add a note in a new month", {
                try String(contentsOf: sam.appendingPathComponent("2026-10-16.md"), encoding: .utf8)
                    .replacingOccurrences(of: "2026-10-16", with: "2026-11-06").write(to: sam.appendingPathComponent("2026-11-06.md"), atomically: true, encoding: .utf8)
            }),
            ("delete it", { try FileManager.default.removeItem(at: sam.appendingPathComponent("2026-11-06.md")) }),
            ("a note moves to another client", { try replace(sam.appendingPathComponent("2026-10-09.md"), "client: C-0202", "client: C-0203") }),
            ("a file moves to another folder", {
                try FileManager.default.moveItem(at: sam.appendingPathComponent("2026-10-09.md"), to: riley.appendingPathComponent("2026-10-09.md"))
            }),
            ("an error", { try replace(sam.appendingPathComponent("2026-10-16.md"), "progress: 7", "progress: eleven") }),
            ("its fix", { try replace(sam.appendingPathComponent("2026-10-16.md"), "progress: eleven", "progress: 5") }),
            ("a new client folder", {
                let kim = notes.appendingPathComponent("Clients/Kim")
                try FileManager.default.createDirectory(at: kim, withIntermediateDirectories: true)
                try String(contentsOf: sam.appendingPathComponent("2026-10-16.md"), encoding: .utf8)
                    .replacingOccurrences(of: "C-0202", with: "C-0300").write(to: kim.appendingPathComponent("2026-10-16.md"), atomically: true, encoding: .utf8)
            }),
            ("headway.yml changed", {
                try replace(notes.appendingPathComponent("headway.yml"), "  - \"_templates/**\"", "  - \"_templates/**\"\n  - \"Clients/Riley/**\"")
            }),
        ]
        for (index, (step, edit)) in steps.enumerated() {
            try edit()
            lines = try watch.waitForLines(moreThan: lines.count)
            #expect(lines.last?.hasPrefix("headway: updated for ") == true, "\(step): \(lines)")
            let fresh = scratch.url.appendingPathComponent("fresh-\(index)")
            let batch = try Headway.run(["batch", "notes", "-o", fresh.path, "--quiet"] + Self.options, in: scratch.url)
            #expect(batch.status <= 1, "\(batch)")
            #expect(try Tree.snapshot(out) == Tree.snapshot(fresh), "\(step): OUT is not a fresh batch's")
        }
        #expect(try watch.stop() == 0, "\(watch.errors)")
        #expect(try Self.temporaryFiles(out).isEmpty)
    }

    @Test("an error is printed on standard error as path:line: error:, and counted in the update's line")
    func errors() throws {
        let scratch = try Scratch("watch-errors")
        let notes = scratch.url.appendingPathComponent("notes")
        try FileManager.default.copyItem(at: try Headway.fixture("vault"), to: notes)
        let watch = try Watching(["notes", "-o", "out"], in: scratch.url)
        let lines = try watch.waitForLines(moreThan: 0)
        let note = notes.appendingPathComponent("Clients/Sam Ortiz/2026-10-16.md")
        try String(contentsOf: note, encoding: .utf8).replacingOccurrences(of: "progress: 4", with: "progress: eleven")
            .write(to: note, atomically: false, encoding: .utf8)
        let after = try watch.waitForLines(moreThan: lines.count)
        #expect(after.last == "headway: updated for Clients/Sam Ortiz/2026-10-16.md: 2 report files of C-0202 and the index written, 0 removed, 4 errors",
                "\(after)")
        #expect(watch.errors.contains("Clients/Sam Ortiz/2026-10-16.md:9: error: 'progress' must be"), "\(watch.errors)")
        #expect(try watch.stop(SIGTERM) == 0)
    }

    @Test("the notes folder removed while watched: exit 2, naming it")
    func notesFolderRemoved() throws {
        let scratch = try Scratch("watch-gone")
        let notes = scratch.url.appendingPathComponent("notes")
        try FileManager.default.copyItem(at: try Headway.fixture("vault"), to: notes)
        let watch = try Watching(["notes", "-o", "out"], in: scratch.url)
        try watch.waitForLines(moreThan: 0)
        try FileManager.default.removeItem(at: notes)
        try watch.waitForError(containing: "notes: error: cannot read the notes folder: the folder was removed while watched")
        #expect(try watch.stop(SIGTERM) == 2, "\(watch.errors)")
    }

    @Test("SIGINT during the first batch and during an update ends it with status 0 and no temporary file in OUT")
    func interrupted() throws {
        let scratch = try Scratch("watch-signal")
        let notes = scratch.url.appendingPathComponent("notes")
        try FileManager.default.copyItem(at: try Headway.fixture("vault"), to: notes)
        let first = try Watching(["notes", "-o", "first"] + Self.options, in: scratch.url)
        try first.waitForError(containing: "headway: configuration: ")
        #expect(try first.stop() == 0, "\(first.errors)")
        #expect(try Self.temporaryFiles(scratch.url.appendingPathComponent("first")).isEmpty)
        let watch = try Watching(["notes", "-o", "out"] + Self.options, in: scratch.url)
        try watch.waitForLines(moreThan: 0)
        let note = notes.appendingPathComponent("Clients/Sam Ortiz/2026-10-16.md")
        try String(contentsOf: note, encoding: .utf8).replacingOccurrences(of: "progress: 4", with: "progress: 6")
            .write(to: note, atomically: true, encoding: .utf8)
        usleep(60_000)
        #expect(try watch.stop() == 0, "\(watch.errors)")
        #expect(try Self.temporaryFiles(scratch.url.appendingPathComponent("out")).isEmpty)
    }
}
