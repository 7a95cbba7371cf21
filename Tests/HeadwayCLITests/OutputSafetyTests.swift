import Foundation
import Testing

/// A scratch folder that is the run's working directory, holding `notes` (a copy of the clean fixture
/// with one note renamed `C-0001/all.md`, the name of C-0001's report) and room for an output folder.
struct OutputScratch {
    let scratch: Scratch
    let notes: URL

    init(_ label: String) throws {
        scratch = try Scratch("output-\(label)")
        notes = scratch.url.appendingPathComponent("notes", isDirectory: true)
        try FileManager.default.copyItem(at: try Headway.fixture("clean"), to: notes)
        try FileManager.default.moveItem(at: notes.appendingPathComponent("C-0001/2026-11-03.md"),
                                         to: notes.appendingPathComponent("C-0001/all.md"))
    }

    var root: URL { scratch.url }

    func url(_ relative: String) -> URL { scratch.url.appendingPathComponent(relative) }

    /// `headway arguments` in the scratch folder.
    func run(_ arguments: [String]) throws -> RunResult {
        try Headway.run(arguments, in: scratch.url)
    }

    /// The whole scratch folder's state (links not followed).
    func state() throws -> [String: String] { try RawTree.state(scratch.url) }
}

/// Issue 11, the output side: the output folder never replaces a note, never is written through a link,
/// is durable, cleans up after itself, lists and prunes stale reports, and says why it cannot be written.
@Suite("output folder safety", .serialized)
struct OutputSafetyTests {
    static let marker = ".headway-output"
    static let markerStart = "This folder holds reports written by Headway."

    // MARK: The notes folder is never written over

    @Test("-o \"\" is refused (exit 2) by batch, report and review: it would write into the working directory",
          arguments: [["batch"], ["report", "--client", "C-0001"], ["review", "--client", "C-0002"]])
    func emptyOutput(_ command: [String]) throws {
        let folder = try OutputScratch("empty")
        let before = try folder.state()
        let result = try folder.run([command[0], "notes"] + command.dropFirst() + ["-o", ""])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderrLines == [
            "headway: error: -o is empty: it would write reports into the working directory; name the output folder, e.g. -o reports",
        ])
        #expect(try folder.state() == before)
    }

    @Test("-o NOTES (the notes folder itself) is refused, exit 2, and no note is replaced", arguments: ["batch", "report"])
    func outputIsNotes(_ command: String) throws {
        let folder = try OutputScratch("same")
        let before = try folder.state()
        let client = command == "report" ? ["--client", "C-0001"] : []
        let result = try folder.run([command, folder.notes.path] + client + ["-o", folder.notes.path])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderrLines == [
            "\(folder.notes.path): error: the output folder is the notes folder: reports would replace notes; choose another folder with -o",
        ])
        #expect(try folder.state() == before)
    }

    @Test("-o through a link to the notes folder is the notes folder: refused")
    func outputLinksToNotes() throws {
        let folder = try OutputScratch("link-notes")
        try FileManager.default.createSymbolicLink(atPath: folder.url("lnk").path, withDestinationPath: "notes")
        let before = try folder.state()
        let result = try folder.run(["batch", "notes", "-o", "lnk"])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderrLines == ["lnk: error: the output folder is the notes folder: reports would replace notes; choose another folder with -o"])
        #expect(try folder.state() == before)
    }

    @Test("-o a folder containing the notes folder (., its parent) is refused, exit 2")
    func outputContainsNotes() throws {
        let folder = try OutputScratch("contains")
        let before = try folder.state()
        let dot = try folder.run(["batch", "notes", "-o", "."])
        #expect(dot.status == 2, "\(dot)")
        #expect(dot.stderrLines == [
            ".: error: the output folder contains the notes folder notes: reports could replace notes; choose a folder outside it with -o",
        ])
        let parent = try folder.run(["batch", "notes/C-0001", "-o", folder.notes.path])
        #expect(parent.status == 2, "\(parent)")
        #expect(parent.stderrLines == [
            "\(folder.notes.path): error: the output folder contains the notes folder notes/C-0001: reports could replace notes; choose a folder outside it with -o",
        ])
        #expect(try folder.state() == before)
    }

    @Test("an output folder inside the notes folder: new → written and marked; marked → written again")
    func outputInsideNotesNew() throws {
        let folder = try OutputScratch("inside")
        let first = try folder.run(["batch", "notes", "-o", "notes/reports"])
        #expect(first.status == 0, "\(first)")
        let out = folder.notes.appendingPathComponent("reports")
        #expect(try Tree.text(out, Self.marker).hasPrefix(Self.markerStart))
        #expect(try Tree.permissions(out.appendingPathComponent(Self.marker).path) == 0o600)
        #expect(Tree.exists(out.appendingPathComponent("C-0001/all.md").path))
        let second = try folder.run(["batch", "notes", "-o", "notes/reports"])
        #expect(second.status == 0, "\(second)")
        #expect(!second.stderr.contains("error:"), "\(second)")
    }

    @Test("an empty folder inside the notes folder is used and marked")
    func outputInsideNotesEmpty() throws {
        let folder = try OutputScratch("inside-empty")
        try FileManager.default.createDirectory(at: folder.notes.appendingPathComponent("reports"), withIntermediateDirectories: false)
        let result = try folder.run(["batch", "notes", "-o", "notes/reports"])
        #expect(result.status == 0, "\(result)")
        #expect(try Tree.text(folder.notes.appendingPathComponent("reports"), Self.marker).hasPrefix(Self.markerStart))
    }

    @Test("a folder of notes inside the notes folder that happens to be called reports is never written over (exit 2)")
    func outputInsideNotesHoldsNotes() throws {
        let folder = try OutputScratch("inside-notes")
        try FileManager.default.createDirectory(at: folder.notes.appendingPathComponent("reports/C-0001"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: folder.notes.appendingPathComponent("C-0001/2026-10-06.md"),
                                         to: folder.notes.appendingPathComponent("reports/C-0001/2026-10.md"))
        let before = try folder.state()
        let result = try folder.run(["batch", "notes", "--by-month", "-o", "notes/reports"])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderrLines == [
            "notes/reports: error: the output folder is inside the notes folder and already holds files Headway did not write "
                + "(it has no .headway-output file): it may be a folder of notes; choose a new or empty folder with -o",
        ])
        #expect(try folder.state() == before)
    }

    @Test("an existing output folder outside the notes folder that holds other files is used but not marked")
    func outputOutsideNotEmpty() throws {
        let folder = try OutputScratch("outside")
        let out = folder.url("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: false)
        try Data("mine\n".utf8).write(to: out.appendingPathComponent("notes.txt"))
        let result = try folder.run(["batch", "notes", "-o", "out"])
        #expect(result.status == 0, "\(result)")
        #expect(!Tree.exists(out.appendingPathComponent(Self.marker).path))
        #expect(try Tree.text(out, "notes.txt") == "mine\n")
        #expect(Tree.exists(out.appendingPathComponent("C-0002/all.md").path))
    }

    // MARK: Links and permissions

    @Test("a client folder that is a link receives nothing: an error per file of that client (exit 1), the others written")
    func clientFolderLink() throws {
        let folder = try OutputScratch("client-link")
        let out = folder.url("out")
        let elsewhere = try folder.scratch.folder("elsewhere")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent("C-0001").path, withDestinationPath: elsewhere.path)
        let result = try folder.run(["batch", "notes", "-o", out.path])
        #expect(result.status == 1, "\(result)")
        let reason = "cannot write report: \(out.path)/C-0001 is a symbolic link: reports are never written through a link; remove it or choose another output folder"
        #expect(result.stderrLines == [
            "\(out.path)/C-0001/all.md: error: \(reason)",
            "\(out.path)/C-0001/all.html: error: \(reason)",
            "headway: 5 files, 4 notes, 1 plan, 2 clients, 1 report, 0 warnings, 2 errors",
        ])
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path) == [])
        #expect(Tree.exists(out.appendingPathComponent("C-0002/all.md").path))
        #expect(!(try Tree.text(out, "index.md")).contains("(C-0001/"))
    }

    @Test("a link to a file where a client folder should be: refused the same way")
    func clientFolderLinkToFile() throws {
        let folder = try OutputScratch("client-link-file")
        let out = folder.url("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent("C-0001").path, withDestinationPath: folder.notes.path + "/C-0001/all.md")
        let before = try RawTree.state(folder.notes)
        let result = try folder.run(["report", "notes", "--client", "C-0001", "--format", "md", "-o", out.path])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderrLines.first == "\(out.path)/C-0001/all.md: error: cannot write report: \(out.path)/C-0001 is a symbolic link: "
                + "reports are never written through a link; remove it or choose another output folder")
        #expect(try RawTree.state(folder.notes) == before)
    }

    @Test("a pre-existing client folder open to group and others is tightened to 0700; OUT itself is left as it is")
    func loosePermissions() throws {
        let folder = try OutputScratch("perms")
        let out = folder.url("out")
        try FileManager.default.createDirectory(at: out.appendingPathComponent("C-0002"), withIntermediateDirectories: true)
        chmod(out.path, 0o755)
        chmod(out.appendingPathComponent("C-0002").path, 0o777)
        let result = try folder.run(["batch", "notes", "-o", "out"])
        #expect(result.status == 0, "\(result)")
        #expect(try Tree.permissions(out.appendingPathComponent("C-0002").path) == 0o700)
        #expect(try Tree.permissions(out.appendingPathComponent("C-0001").path) == 0o700)
        #expect(try Tree.permissions(out.path) == 0o755)
    }

    @Test("OUT given as a link to a folder outside the notes folder is followed (the operator named it)")
    func outputLinkFollowed() throws {
        let folder = try OutputScratch("out-link")
        let target = try folder.scratch.folder("target")
        try FileManager.default.createSymbolicLink(atPath: folder.url("out").path, withDestinationPath: target.path)
        let result = try folder.run(["batch", "notes", "-o", "out"])
        #expect(result.status == 0, "\(result)")
        #expect(Tree.exists(target.appendingPathComponent("C-0001/all.md").path))
        #expect(Tree.exists(target.appendingPathComponent(Self.marker).path))
    }

    // MARK: Durability and temporary files

    /// `strace -f` of a serial batch (with `options`): the system calls that open, sync and rename.
    static func tracedCalls(_ folder: OutputScratch, _ options: [String] = []) throws -> [String] {
        let log = folder.url("strace.log")
        let result = try Program.run("/usr/bin/strace", ["-f", "-qq", "-o", log.path, "-e", "trace=openat,fsync,rename,renameat,renameat2",
                                                         try Headway.binary().path, "batch", "notes", "--serial", "-o", "out"] + options,
                                     in: folder.root)
        #expect(result.status == 0, "\(result)")
        return String(decoding: try Data(contentsOf: log), as: UTF8.self).split(separator: "\n").map {
            $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")  // strace pads before " = "
        }
    }

    @Test("every report's temporary file is synced before its rename, and its folder after",
          .enabled(if: Program.exists("/usr/bin/strace"), "strace is not installed"))
    func fsyncOrder() throws {
        let folder = try OutputScratch("fsync")
        let calls = try Self.tracedCalls(folder)
        let renames = calls.enumerated().filter { $0.element.contains("rename") && $0.element.contains(".tmp\"") }
        #expect(renames.count == 7, "\(renames)")  // 2 clients × md, html; index.md, index.html; the marker
        for (index, rename) in renames {
            let temporary = try #require(rename.split(separator: "\"").dropFirst().first.map(String.init))
            let open = try #require(calls[..<index].lastIndex { $0.contains("openat(") && $0.contains("\"\(temporary)\"") && $0.contains("O_CREAT") },
                                    "no open of \(temporary)")
            let descriptor = try #require(calls[open].split(separator: "=").last?.trimmingCharacters(in: .whitespaces))
            #expect(calls[open..<index].contains { $0.contains("fsync(\(descriptor)) = 0") }, "\(temporary) not synced before its rename")
            let folderDescriptor = try #require(rename.split(separator: "(").dropFirst().first?.split(separator: ",").first.map(String.init))
            #expect(calls[(index + 1)...].prefix(3).contains { $0.contains("fsync(\(folderDescriptor)) = 0") },
                    "the folder of \(temporary) not synced after the rename")
        }
    }

    @Test("the reports of one client folder are flushed together: each report file synced once, the folder once",
          .enabled(if: Program.exists("/usr/bin/strace"), "strace is not installed"))
    func fsyncOncePerClientFolder() throws {
        let folder = try OutputScratch("fsync-folder")
        let calls = try Self.tracedCalls(folder, ["--by-month", "--format", "md,html,json"])
        var opened: [String: String] = [:]  // descriptor → the name it was opened by, "/" after a folder's
        var syncs: [String: Int] = [:]  // name → fsync calls
        for call in calls {
            let text = call.drop { $0 != " " }.dropFirst()  // after the process id
            let result = text.split(separator: "=").last?.trimmingCharacters(in: .whitespaces) ?? ""
            if text.hasPrefix("openat("), Int(result) != nil, let name = text.split(separator: "\"").dropFirst().first {
                opened[result] = String(name) + (text.contains("O_DIRECTORY") ? "/" : "")
            } else if text.hasPrefix("fsync("), let descriptor = text.dropFirst(6).split(separator: ")").first, let name = opened[String(descriptor)] {
                syncs[name, default: 0] += 1
            }
        }
        // C-0001: October and November, C-0002: October, each in md, html and json.
        #expect(syncs["C-0001/"] == 1, "\(syncs)")
        #expect(syncs["C-0002/"] == 1, "\(syncs)")
        let reports = syncs.filter { $0.key.hasPrefix(".2026-") && $0.key.hasSuffix(".tmp") }
        #expect(reports.count == 9 && reports.values.allSatisfy { $0 == 1 }, "\(syncs)")
    }

    @Test("SIGINT or SIGTERM while a report is being written removes its temporary file; the run ends by the signal",
          .enabled(if: Program.exists("/usr/bin/strace"), "strace is not installed"), arguments: [SIGINT, SIGTERM])
    func signalCleansUp(_ signal: Int32) throws {
        let folder = try OutputScratch("signal")
        let out = folder.url("out")
        // strace holds every write for half a second, so a temporary file stays in place long enough.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/strace")
        process.arguments = ["-f", "-qq", "-o", "/dev/null", "-e", "trace=write", "-e", "inject=write:delay_enter=500000",
                             try Headway.binary().path, "batch", "notes", "--serial", "-o", out.path]
        process.currentDirectoryURL = folder.root
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let deadline = Date().addingTimeInterval(30)
        var seen: String?
        while seen == nil, process.isRunning, Date() < deadline {
            seen = Self.temporaryFiles(out).first
            if seen == nil { usleep(2_000) }
        }
        let temporary = try #require(seen, "no temporary file appeared")
        let children = try String(contentsOfFile: "/proc/\(process.processIdentifier)/task/\(process.processIdentifier)/children", encoding: .utf8)
        let headway = try #require(children.split(separator: " ").first.flatMap { Int32($0) }, "no headway process under strace")
        kill(headway, signal)
        while process.isRunning, Date() < deadline { usleep(5_000) }
        #expect(!process.isRunning)
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == signal, "\(process.terminationStatus)")
        #expect(Self.temporaryFiles(out) == [], "left behind after \(temporary)")
    }

    /// Names ending `.tmp` below `root`, relative.
    static func temporaryFiles(_ root: URL) -> [String] {
        (FileManager.default.subpaths(atPath: root.path) ?? []).filter { $0.hasSuffix(".tmp") }.sorted()
    }

    @Test("stale temporary files of Headway's naming are removed at the start of a run; other files are kept")
    func staleTemporaryFiles() throws {
        let folder = try OutputScratch("stale-tmp")
        let out = folder.url("out")
        #expect(try folder.run(["batch", "notes", "-o", "out"]).status == 0)
        let stale = [".index.md.0D6B3D1C-7A55-4C1E-9C8B-3F2A61D0B0A1.tmp", "C-0001/.all.md.5E0B8E46-1B9D-4E7A-8D2C-0F3C7A9B6E21.tmp",
                     "C-0009/.2026-01.md.A1B2C3D4-E5F6-4711-8899-AABBCCDDEEFF.tmp"]
        let kept = ["C-0001/.keep.tmp", "C-0001/notes.tmp", "C-0001/.all.md.not-a-uuid.tmp"]
        try FileManager.default.createDirectory(at: out.appendingPathComponent("C-0009"), withIntermediateDirectories: true)
        for name in stale + kept { try Data("partial".utf8).write(to: out.appendingPathComponent(name)) }
        let result = try folder.run(["batch", "notes", "-o", "out"])
        #expect(result.status == 0, "\(result)")
        #expect(Self.temporaryFiles(out) == kept.sorted())
    }

    // MARK: Stale reports

    @Test("a batch lists the reports it did not rewrite as stale (warnings); --prune removes them and nothing else")
    func staleReports() throws {
        let folder = try OutputScratch("stale")
        let out = folder.url("out")
        #expect(try folder.run(["batch", "notes", "--by-month", "--format", "md,json", "-o", "out"]).status == 0)
        try FileManager.default.removeItem(at: folder.notes.appendingPathComponent("C-0002"))
        try FileManager.default.removeItem(at: folder.notes.appendingPathComponent("C-0001/all.md"))  // C-0001's November note
        let others = ["C-0002/notes.md", "C-0002/2026-13.md", "C-0002/plan-review-2026-10-08.md", "C-0002/2026-10.txt"]
        for name in others { try Data("kept\n".utf8).write(to: out.appendingPathComponent(name)) }

        let listed = try folder.run(["batch", "notes", "--by-month", "--format", "md,json", "-o", "out"])
        let why = "not rewritten by this run (its notes were removed or are invalid)"
        let stale = ["C-0001/2026-11.json", "C-0001/2026-11.md", "C-0002/2026-10.json", "C-0002/2026-10.md"]
        #expect(listed.status == 0, "\(listed)")
        #expect(listed.stderrLines == stale.map { "\(out.path)/\($0): warning: stale report: \(why); --prune removes it" }
                + ["headway: 2 files, 2 notes, 0 plans, 1 client, 1 report, 4 warnings, 0 errors"])
        for name in stale { #expect(Tree.exists(out.appendingPathComponent(name).path)) }

        let md = try folder.run(["batch", "notes", "--by-month", "--format", "md", "--prune", "-o", "out"])
        #expect(md.status == 0, "\(md)")
        #expect(md.stderrLines == ["C-0001/2026-11.md", "C-0002/2026-10.md"].map { "\(out.path)/\($0): warning: stale report removed (--prune): \(why)" }
                + ["headway: 2 files, 2 notes, 0 plans, 1 client, 1 report, 2 warnings, 0 errors"])
        #expect(try Tree.files(out) == (["C-0001/2026-10.json", "C-0001/2026-10.md", "C-0001/2026-11.json", "C-0002/2026-10.json",
                                         "index.html", "index.json", "index.md"] + others).sorted())
    }

    @Test("--prune in a folder not marked as Headway's own removes nothing and says so")
    func pruneUnmarked() throws {
        let folder = try OutputScratch("prune-unmarked")
        let out = folder.url("out")
        try FileManager.default.createDirectory(at: out.appendingPathComponent("C-0009"), withIntermediateDirectories: true)
        try Data("old\n".utf8).write(to: out.appendingPathComponent("C-0009/all.md"))
        let result = try folder.run(["batch", "notes", "--prune", "-o", "out"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderrLines == [
            "\(out.path): warning: --prune removed nothing: this folder is not marked as Headway's own "
                + "(it held other files when Headway first wrote here, and has no .headway-output file)",
            "headway: 5 files, 4 notes, 1 plan, 2 clients, 2 reports, 1 warning, 0 errors",
        ])
        #expect(try Tree.text(out, "C-0009/all.md") == "old\n")
    }

    // MARK: An output folder that cannot be written

    @Test("a file where OUT should be, or in its path: exit 2 with the reason in words")
    func outputIsAFile() throws {
        let folder = try OutputScratch("enotdir")
        try Data("a file\n".utf8).write(to: folder.url("afile"))
        let before = try folder.state()
        let file = try folder.run(["batch", "notes", "-o", "afile"])
        #expect(file.status == 2, "\(file)")
        #expect(file.stderrLines == ["afile: error: the output folder is a file, not a folder"])
        let below = try folder.run(["report", "notes", "--client", "C-0001", "-o", "afile/sub"])
        #expect(below.status == 2, "\(below)")
        #expect(below.stderrLines == ["afile/sub: error: cannot create the output folder: a part of its path is a file, not a folder"])
        #expect(try folder.state() == before)
    }

    /// Runs `headway arguments` as an unprivileged user when root (root ignores permission bits), else as is.
    static func runUnprivileged(_ arguments: [String], in folder: OutputScratch) throws -> RunResult {
        guard getuid() == 0 else { return try folder.run(arguments) }
        return try Program.run("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", try Headway.binary().path] + arguments,
                               in: folder.root)
    }

    @Test("an output folder without write permission (EACCES): exit 2, 'permission denied'; templates export the same",
          .enabled(if: getuid() != 0 || Program.exists("/usr/bin/setpriv"), "root needs setpriv to drop privileges"))
    func outputNotWritable() throws {
        let folder = try OutputScratch("eacces")
        let locked = try folder.scratch.folder("locked")
        chmod(folder.root.path, 0o755)
        chmod(locked.path, 0o555)
        defer { chmod(locked.path, 0o755) }
        let batch = try Self.runUnprivileged(["batch", folder.notes.path, "-o", locked.path], in: folder)
        #expect(batch.status == 2, "\(batch)")
        #expect(batch.stderrLines == ["\(locked.path): error: cannot write in the output folder: permission denied"])
        let export = try Self.runUnprivileged(["templates", "export", locked.path], in: folder)
        #expect(export.status == 2, "\(export)")
        #expect(export.stderrLines == [
            "\(locked.path): error: cannot write the templates: cannot create a temporary file in \(locked.path): permission denied",
        ])
        #expect(try FileManager.default.contentsOfDirectory(atPath: locked.path) == [])
    }

    @Test("a read-only mount (EROFS): exit 2, 'the disk is read-only'; templates export the same",
          .enabled(if: getuid() == 0 && Program.exists("/usr/bin/unshare"), "needs root to bind-mount a folder read-only"))
    func outputReadOnlyMount() throws {
        let folder = try OutputScratch("erofs")
        let mounted = try folder.scratch.folder("ro")
        let binary = try Headway.binary().path
        let script = """
            mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" || exit 99
            "$2" batch "$3" -o "$1"; echo "batch $?" >&2
            "$2" templates export "$1"; echo "export $?" >&2
            """
        let result = try Program.run("/usr/bin/unshare", ["-m", "/bin/sh", "-c", script, "sh", mounted.path, binary, folder.notes.path], in: folder.root)
        try #require(result.status != 99, "cannot bind-mount here: \(result)")
        #expect(result.stderrLines == [
            "\(mounted.path): error: cannot write in the output folder: the disk is read-only", "batch 2",
            "\(mounted.path): error: cannot write the templates: cannot create a temporary file in \(mounted.path): the disk is read-only", "export 2",
        ])
    }

    @Test("templates export below a file: exit 2 and a plain reason, not an NSCocoaErrorDomain dump")
    func exportBelowAFile() throws {
        let folder = try OutputScratch("export-enotdir")
        try Data("a file\n".utf8).write(to: folder.url("afile"))
        let result = try folder.run(["templates", "export", "afile/sub"])
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderrLines == [
            "afile/sub: error: cannot write the templates: cannot open the folder \(folder.url("afile/sub").path): a part of the path is a file, not a folder",
        ])
        let empty = try folder.run(["templates", "export", ""])
        #expect(empty.status == 2, "\(empty)")
        #expect(empty.stderrLines == ["headway: error: the folder to export to is empty; name a folder, e.g. templates export my-templates"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.root.path).sorted() == ["afile", "notes"])
    }

    // MARK: What the operator typed, escaped

    @Test("--client, --month, --format and paths with control characters or bidi overrides are escaped in messages")
    func operatorInputEscaped() throws {
        let folder = try OutputScratch("escape")
        let client = try folder.run(["report", "notes", "--client", "C-1\u{1B}[31m\u{202E}x"])
        #expect(client.status == 2, "\(client)")
        #expect(client.stderrLines == ["notes: error: no valid note or plan for client 'C-1\\u{1B}[31m\\u{202E}x'"])

        let month = try folder.run(["batch", "notes", "--month", "2026-1\u{2066}0"])
        #expect(month.status == 2, "\(month)")
        #expect(month.stderrLines.first == "Error: The value '2026-1\\u{2066}0' is invalid for '--month <month>': must be YYYY-MM")

        let format = try folder.run(["batch", "notes", "--format", "md,\u{202D}x\r"])
        #expect(format.status == 2, "\(format)")
        #expect(format.stderrLines.first == "Error: The value 'md,\\u{202D}x\\u{D}' is invalid for '--format <format>': unknown format '\\u{202D}x\\u{D}': use md, html, json, pdf, csv or fhir")

        let path = try folder.run(["batch", "notes", "-o", "notes\u{1B}]0;title\u{07}/../notes"])
        #expect(path.status == 2, "\(path)")
        #expect(path.stderrLines.first?.hasPrefix("notes\\u{1B}]0;title\\u{7}/../notes: error: ") == true, "\(path)")

        for result in [client, month, format, path] {
            #expect(!result.stderr.unicodeScalars.contains { $0.value == 0x1B || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) })
        }
    }
}
