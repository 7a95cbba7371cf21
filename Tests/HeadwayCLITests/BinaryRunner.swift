import Foundation
import HeadwayKit
import Testing

/// What one run of the built `headway` binary did.
struct RunResult: Sendable, CustomStringConvertible {
    var status: Int32
    var stdout: String
    /// Standard error, less the line saying which configuration was read, which every command that reads
    /// notes prints first (in `configurationLine`, which the configuration tests assert): the other tests
    /// look at diagnostics and the summary.
    var stderr: String
    /// The first line of standard error when it says which configuration was read.
    var configurationLine: String?

    init(status: Int32, stdout: String, stderr: String) {
        self.status = status
        self.stdout = stdout
        let first = stderr.prefix { $0 != "\n" }
        if first.hasPrefix("headway: configuration: ") || first == "headway: no configuration (headway.yml) found" {
            configurationLine = String(first)
            self.stderr = String(stderr.dropFirst(first.count + 1))
        } else {
            configurationLine = nil
            self.stderr = stderr
        }
    }

    /// Standard error as printed, the configuration line included.
    var fullStderr: String { configurationLine.map { $0 + "\n" + stderr } ?? stderr }

    /// Standard error split into lines (without the final empty line after the last newline).
    var stderrLines: [String] { Self.lines(stderr) }
    /// Standard output split into lines.
    var stdoutLines: [String] { Self.lines(stdout) }

    static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    var description: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(fullStderr)" }
}

/// A unique temporary folder, removed when the value goes away.
final class Scratch {
    let url: URL

    init(_ label: String = "run") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("headway-cli-tests-\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A path below the scratch folder (not created).
    func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

    /// A fresh empty sub-folder.
    func folder(_ relative: String) throws -> URL {
        let folder = url.appendingPathComponent(relative, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

enum BinaryError: Error, CustomStringConvertible {
    case notFound([String])
    case timedOut([String])

    var description: String {
        switch self {
        case .notFound(let looked): return "no executable 'headway' found; looked in: \(looked.joined(separator: ", "))"
        case .timedOut(let arguments): return "headway \(arguments.joined(separator: " ")) did not finish in time"
        }
    }
}

/// Runs the `headway` executable built beside the test bundle.
enum Headway {
    /// The repository's root, from this file's path (Tests/HeadwayCLITests/BinaryRunner.swift).
    static let repoRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The copied `Fixtures` folder of this test target.
    static func fixtures() throws -> URL {
        try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil), "Fixtures resource missing")
    }

    /// One fixture notes folder, e.g. `broken`.
    static func fixture(_ name: String) throws -> URL {
        let url = try fixtures().appendingPathComponent(name, isDirectory: true)
        var isDirectory: ObjCBool = false
        try #require(FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue,
                     "fixture folder \(name) missing")
        return url
    }

    /// The built binary: the first folder, walking up from the test bundle, that holds an executable
    /// regular file named `headway`.
    static func binary() throws -> URL {
        var starts: [URL] = [Bundle.module.bundleURL, Bundle.main.bundleURL]
        if let executable = Bundle.main.executableURL { starts.append(executable) }
        var looked: [String] = []
        for start in starts {
            var folder = start.standardizedFileURL
            for _ in 0..<6 {
                let candidate = folder.appendingPathComponent("headway")
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                   FileManager.default.isExecutableFile(atPath: candidate.path) {
                    return candidate
                }
                looked.append(folder.path)
                folder = folder.deletingLastPathComponent()
            }
        }
        throw BinaryError.notFound(looked)
    }

    /// Runs `headway arguments` in `directory` (a fresh scratch folder when nil), capturing both streams;
    /// `environment` replaces the inherited one when given.
    static func run(_ arguments: [String], in directory: URL? = nil, timeout: TimeInterval = 30,
                    environment: [String: String]? = nil) throws -> RunResult {
        let workFolder = directory == nil ? try Scratch("cwd") : nil
        return try Program.run(try binary().path, arguments, in: directory ?? workFolder!.url, timeout: timeout,
                               environment: environment, named: arguments)
    }
}

/// Runs a program (headway, strace, setpriv, unshare …) with a timeout, capturing both streams.
enum Program {
    /// `named` is what a timeout error names (default: the program and its arguments).
    static func run(_ executable: String, _ arguments: [String], in directory: URL, timeout: TimeInterval = 60,
                    environment: [String: String]? = nil, named: [String]? = nil) throws -> RunResult {
        let capture = try Scratch("capture")
        let outURL = capture.url.appendingPathComponent("stdout")
        let errURL = capture.url.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                process.waitUntilExit()
                throw BinaryError.timedOut(named ?? [executable] + arguments)
            }
            usleep(5_000)
        }
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        let stdout = String(decoding: try Data(contentsOf: outURL), as: UTF8.self)
        let stderr = String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
        return RunResult(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }

    /// Whether an executable file is at `path`.
    static func exists(_ path: String) -> Bool { FileManager.default.isExecutableFile(atPath: path) }
}

/// One entry of a file tree: a folder, or a file with its SHA-256.
struct TreeEntry: Equatable, Sendable, CustomStringConvertible {
    var isDirectory: Bool
    var sha256: String
    var permissions: Int

    var description: String { isDirectory ? "dir \(String(permissions, radix: 8))" : "\(sha256) \(String(permissions, radix: 8))" }
}

enum Tree {
    /// The file by which Headway marks an output folder as its own.
    static let outputMarker = ".headway-output"

    /// Every folder and file below `root` (hidden ones included), by relative path, except an output
    /// folder's marker `.headway-output` at the root (OutputSafetyTests checks it).
    static func snapshot(_ root: URL) throws -> [String: TreeEntry] {
        let manager = FileManager.default
        var entries: [String: TreeEntry] = [:]
        for relative in try manager.subpathsOfDirectory(atPath: root.path) where relative != outputMarker {
            let path = root.appendingPathComponent(relative).path
            var isDirectory: ObjCBool = false
            _ = manager.fileExists(atPath: path, isDirectory: &isDirectory)
            let attributes = try manager.attributesOfItem(atPath: path)
            let permissions = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
            if isDirectory.boolValue {
                entries[relative] = TreeEntry(isDirectory: true, sha256: "", permissions: permissions)
            } else {
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                entries[relative] = TreeEntry(isDirectory: false, sha256: SHA256.hex(data), permissions: permissions)
            }
        }
        return entries
    }

    /// Relative paths of every regular file below `root` (hidden ones included), sorted.
    static func files(_ root: URL) throws -> [String] {
        try snapshot(root).filter { !$0.value.isDirectory }.keys.sorted()
    }

    /// Relative paths of every folder below `root`, sorted.
    static func folders(_ root: URL) throws -> [String] {
        try snapshot(root).filter { $0.value.isDirectory }.keys.sorted()
    }

    /// The text of a file.
    static func text(_ root: URL, _ relative: String) throws -> String {
        String(decoding: try Data(contentsOf: root.appendingPathComponent(relative)), as: UTF8.self)
    }

    /// Whether anything exists at `path`.
    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    /// The POSIX permission bits of a path.
    static func permissions(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}

/// SHA-256 of file contents, for tree snapshots in every suite of this target: the library's.
typealias SHA256 = HeadwayKit.SHA256

/// The broken fixture's diagnostics, exactly as `headway` must print them (sorted by path, then line).
enum BrokenFixture {
    static let diagnostics = [
        "C-0001/2026-10-20-bad-rating.md:8: error: 'progress' must be between 0 and 10, got 11: this rating is left out",
        "C-0001/2026-11-03.md:3: warning: 2 of 4 attended sessions of episode 1 have no PHQ-9 score (2026-10-20, 2026-11-03): add PHQ-9 to those "
            + "sessions, or set 'measure-every' in the plan or headway.yml to say how often it is taken",
        "C-0002/2026-10-08.md:12: warning: unknown key 'moood' in a session note",
        "README.md: warning: no front matter: not a note, skipped",
        "misc/bad-date.md:3: error: 'date' must be a real date written YYYY-MM-DD, got '2026-02-30': the file is left out",
        "misc/duplicate.md:3: error: another note for client C-0001 on 2026-11-03 already exists: C-0001/2026-11-03.md: this one is left out",
        "misc/missing-client.md: error: missing required key 'client': the file is left out",
        "misc/unclosed.md:1: error: front matter is not closed: no '---' or '...' line after the opening '---': the file is left out",
        "misc/yaml-syntax.md:4: error: YAML syntax error: mapping values are not allowed in this context: the file is left out",
    ]

    /// Text that appears only in rejected files (file errors, duplicates): it must never reach a report.
    static let rejectedText = ["Zephyrine", "progress: 9"]

    /// Text of the note whose only error is a bad rating: a value error, so it is in C-0001's report.
    static let keptText = ["Kept-milestone of the session with a bad rating", "Kept-narrative: only the rating of this session is dropped."]

    /// The summary line after `diagnostics`, for a run that wrote `reports` reports.
    static func summary(reports: Int) -> String {
        "headway: 12 files, 5 notes, 1 plan, 2 clients, \(reports) report\(reports == 1 ? "" : "s"), 3 warnings, 6 errors"
            + " (4 clients need attention: C-0001, C-0007, C-0008, C-0009)"
    }
}

/// Programs from the PATH the tests use to read outputs (cmark, pdftotext, pdfinfo).
enum ExternalTool {
    /// Runs `name arguments` and returns its standard output; a failing run is a test failure.
    static func output(_ name: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(name) failed")
        return String(decoding: data, as: UTF8.self)
    }
}
