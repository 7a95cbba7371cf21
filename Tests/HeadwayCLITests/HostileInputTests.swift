import Foundation
import Testing

/// A notes folder holding one good note (client C-GOOD) beside hostile files, and an output folder
/// beside it, both in a fresh scratch folder that is also the run's working directory.
struct HostileFolder {
    let scratch: Scratch
    let notes: URL
    let out: URL

    /// The good note: goals, a revision, measures, milestones in front matter and body, excerpts.
    static let goodNote = """
        ---
        client: C-GOOD
        date: 2026-10-06
        session: 3
        clinician: Dr. Ada Lindqvist
        client-name: Goodwin Tarrant
        modality: [CBT]
        goals:
          - id: walk-daily
            area: healthy-lifestyle
            statement: Walk for 20 minutes on 5 of 7 days
            progress: 4
            revised:
              from: Walk more
              reason: Made it measurable
          - relationships
        measures:
          PHQ-9: 14
          GAD-7: { score: 9 }
        milestones:
          - Walked to the park twice
        ---
        ## Walk daily

        Goodwin described the riverside route he walks most mornings.

        ## Wins

        - Walked three times this week #walk-daily

        """

    /// The files of a complete C-GOOD report set.
    static let goodFiles = ["C-GOOD/all.html", "C-GOOD/all.json", "C-GOOD/all.md"]
    static let indexFiles = ["index.html", "index.json", "index.md"]

    init(_ label: String, good: Bool = true) throws {
        scratch = try Scratch("hostile-\(label)")
        notes = try scratch.folder("notes")
        out = scratch.url.appendingPathComponent("out", isDirectory: true)
        if good { try write("good.md", Self.goodNote) }
    }

    func url(_ relative: String) -> URL { notes.appendingPathComponent(relative) }

    func write(_ relative: String, _ text: String) throws { try write(relative, Data(text.utf8)) }

    func write(_ relative: String, _ data: Data) throws {
        let target = url(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: target)
    }

    /// `headway batch NOTES --format md,html,json -o OUT` run in the scratch folder. `timeout` guards
    /// against a hang (the run is stopped and the test fails); it is no measure of speed: growth with the
    /// input's size is checked by `scripts/bench --corners`, on a release build.
    func batch(_ extra: [String] = [], timeout: TimeInterval = 60) throws -> RunResult {
        try Headway.run(["batch", notes.path, "--format", "md,html,json", "-o", out.path] + extra, in: scratch.url, timeout: timeout)
    }
}

/// The state of a folder without following links or opening anything but regular files: `Tree.snapshot`
/// reads through links (it throws on a dangling one) and would block forever opening a FIFO. An output
/// folder's marker at the root is left out, as in `Tree.snapshot`.
enum RawTree {
    static func state(_ root: URL) throws -> [String: String] {
        var entries: [String: String] = [:]
        var pending = [""]
        let manager = FileManager.default
        while let relative = pending.popLast() {
            let folder = relative.isEmpty ? root.path : root.appendingPathComponent(relative).path
            for name in try manager.contentsOfDirectory(atPath: folder) where !(relative.isEmpty && name == Tree.outputMarker) {
                let child = relative.isEmpty ? name : relative + "/" + name
                let path = root.appendingPathComponent(child).path
                let attributes = try manager.attributesOfItem(atPath: path)  // lstat: links are not followed
                let mode = String((attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1, radix: 8)
                switch attributes[.type] as? FileAttributeType {
                case .typeDirectory?:
                    entries[child] = "dir \(mode)"
                    pending.append(child)
                case .typeSymbolicLink?:
                    entries[child] = "link \(try manager.destinationOfSymbolicLink(atPath: path))"
                case .typeRegular?:
                    let size = (attributes[.size] as? NSNumber)?.intValue ?? -1
                    // Large files are compared by size, modification date and inode (hashing 20 MB with
                    // the debug-built SHA-256 takes longer than the run under test).
                    if size > 1_000_000 {
                        let date = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
                        entries[child] = "file \(mode) \(size) \(date) \(attributes[.systemFileNumber] ?? "")"
                    } else if mode == "0" {
                        entries[child] = "file \(mode) \(size)"
                    } else {
                        entries[child] = "file \(mode) \(SHA256.hex(try Data(contentsOf: URL(fileURLWithPath: path))))"
                    }
                default:
                    entries[child] = "other \(attributes[.type] ?? "") \(mode)"
                }
            }
        }
        return entries
    }
}

/// End-to-end runs of `headway batch` over a notes folder holding one good note and one hostile file:
/// no crash, the exact diagnostic, the good client's reports complete (byte-identical to a run without
/// the hostile file), nothing written outside OUT, the notes folder unchanged, and no hang (each run
/// has a timeout). That each shape costs what its size does is `scripts/bench --corners`'s check.
/// Serialized: two cores are shared, and some inputs are big.
@Suite("hostile input", .serialized)
struct HostileInputTests {
    struct BaselineFailed: Error, CustomStringConvertible {
        var result: RunResult
        var description: String { "the run over the good note alone failed: \(result)" }
    }

    /// C-GOOD's reports from a run over the good note alone.
    static let baseline: Result<[String: Data], any Error> = Result {
        let folder = try HostileFolder("baseline")
        let result = try Headway.run(["batch", folder.notes.path, "--format", "md,html,json", "-o", folder.out.path],
                                     in: folder.scratch.url)
        guard result.status == 0 else { throw BaselineFailed(result: result) }
        var files: [String: Data] = [:]
        for file in HostileFolder.goodFiles { files[file] = try Data(contentsOf: folder.out.appendingPathComponent(file)) }
        return files
    }

    static func summary(files: Int, notes: Int, clients: Int, warnings: Int, errors: Int, plans: Int = 0, attention: [String] = []) -> String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        let needing = attention.isEmpty ? ""
            : " (\(plural(attention.count, "client")) \(attention.count == 1 ? "needs" : "need") attention: \(attention.joined(separator: ", ")))"
        return "headway: \(plural(files, "file")), \(plural(notes, "note")), \(plural(plans, "plan")), "
            + "\(plural(clients, "client")), \(plural(clients, "report")), \(plural(warnings, "warning")), \(plural(errors, "error"))" + needing
    }

    /// The files of a complete report set for `clients` (besides C-GOOD) and the index.
    static func expectedFiles(_ clients: [String]) -> [String] {
        (HostileFolder.goodFiles + HostileFolder.indexFiles + clients.flatMap { ["\($0)/all.html", "\($0)/all.json", "\($0)/all.md"] }).sorted()
    }

    /// What every case shares, whatever the hostile file: no crash, C-GOOD's reports complete (byte-identical
    /// to a run over the good note alone) and in the index, nothing written outside OUT, no temporary file,
    /// the notes folder unchanged (`before`: `RawTree.state` of the notes folder before the run).
    func checkShared(_ folder: HostileFolder, _ result: RunResult, before: [String: String], index checksIndex: Bool = true,
                     sourceLocation: SourceLocation = #_sourceLocation) throws {
        // No crash: a signal or trap would show as another status; 2 would mean "nothing could be done".
        #expect(result.status == 0 || result.status == 1, "crashed or gave up: \(result)", sourceLocation: sourceLocation)
        #expect(result.stdout == "", sourceLocation: sourceLocation)
        let baseline = try Self.baseline.get()
        for file in HostileFolder.goodFiles {
            let written = try? Data(contentsOf: folder.out.appendingPathComponent(file))
            #expect(written == baseline[file], "\(file) missing or differs from the good note's report alone", sourceLocation: sourceLocation)
        }
        if checksIndex {
            let index = (try? Tree.text(folder.out, "index.md")) ?? ""
            #expect(index.contains("[md](C-GOOD/all.md) [html](C-GOOD/all.html) [json](C-GOOD/all.json)"), sourceLocation: sourceLocation)
        }
        // Nothing written outside OUT (the run's working directory is the scratch folder), no temporary file.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.scratch.url.path).sorted() == ["notes", "out"],
                sourceLocation: sourceLocation)
        for file in try RawTree.state(folder.out).keys {
            let name = file.split(separator: "/").last.map(String.init) ?? file
            #expect(!name.hasPrefix(".") && !name.hasSuffix(".tmp"), "left behind: \(file)", sourceLocation: sourceLocation)
        }
        #expect(try RawTree.state(folder.notes) == before, "the notes folder changed", sourceLocation: sourceLocation)
    }

    /// Runs the batch and checks everything: the exact status, diagnostics and summary (`exact: false`:
    /// each diagnostic line only starts with the given text), the exact report files, the shared checks,
    /// and that it did not hang: `timeout` (seconds) stops a run that hangs, far above the debug binary's
    /// time on a loaded 2-core machine; speed itself is measured by `scripts/bench`, not here.
    @discardableResult
    func check(_ folder: HostileFolder, status: Int32, diagnostics: [String], summary: String, exact: Bool = true,
               clients: [String] = [], unreported: [String] = [], timeout: TimeInterval = 60, rawState: Bool = false,
               sourceLocation: SourceLocation = #_sourceLocation) throws -> RunResult {
        let before = rawState ? [:] : try Tree.snapshot(folder.notes)
        let rawBefore = try RawTree.state(folder.notes)
        let result = try folder.batch(timeout: timeout)

        #expect(result.status == status, "\(result)", sourceLocation: sourceLocation)
        if exact {
            #expect(result.stderrLines == diagnostics + [summary], sourceLocation: sourceLocation)
        } else {
            #expect(result.stderrLines.count == diagnostics.count + 1, "\(result)", sourceLocation: sourceLocation)
            for (line, start) in zip(result.stderrLines, diagnostics) {
                #expect(line.hasPrefix(start), "\(line)", sourceLocation: sourceLocation)
            }
            #expect(result.stderrLines.last == summary, sourceLocation: sourceLocation)
        }
        #expect(try Tree.files(folder.out) == Self.expectedFiles(clients), sourceLocation: sourceLocation)
        let indexJSON = try jsonObject(folder.out, "index.json")
        let listed = (indexJSON["clients"] as? [[String: Any]])?.compactMap { $0["client"] as? String }
        #expect(listed == (["C-GOOD"] + clients + unreported).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }, sourceLocation: sourceLocation)
        try checkShared(folder, result, before: rawBefore, sourceLocation: sourceLocation)
        if !rawState { #expect(try Tree.snapshot(folder.notes) == before, "the notes folder changed", sourceLocation: sourceLocation) }
        return result
    }

    /// A note's front matter followed by `body`, for client `client`, with a goal `sleep` to attach body sections to.
    static func note(client: String, date: String = "2026-10-08", extra: String = "", body: String = "Body.\n") -> String {
        """
        ---
        client: \(client)
        date: \(date)
        goals:
          - id: sleep
            area: healthy-lifestyle
            statement: Sleep 7 hours on 5 of 7 nights
            progress: 5
        \(extra)---
        \(body)
        """
    }

    // MARK: The good note alone

    @Test("the good note alone: a complete report set")
    func goodNoteAlone() throws {
        let folder = try HostileFolder("good")
        let result = try folder.batch()
        #expect(result.status == 0, "\(result)")
        #expect(result.stderrLines == [Self.summary(files: 1, notes: 1, clients: 1, warnings: 0, errors: 0)])
        #expect(try Tree.files(folder.out) == Self.expectedFiles([]))
        let markdown = try Tree.text(folder.out, "C-GOOD/all.md")
        for expected in ["# Progress report: C-GOOD (Goodwin Tarrant)", "| Clinician | Dr. Ada Lindqvist |",
                         "> Walk for 20 minutes on 5 of 7 days", "Goodwin described the riverside route",
                         "Walked to the park twice", "Walked three times this week", "~~Walk more~~", "PHQ-9"] {
            #expect(markdown.contains(expected), "missing: \(expected)")
        }
        #expect(try Tree.text(folder.out, "C-GOOD/all.html").hasSuffix("</html>\n"))
        let json = try jsonObject(folder.out, "C-GOOD/all.json")
        #expect((json["client"] as? [String: Any])?["name"] as? String == "Goodwin Tarrant")
        #expect((json["milestones"] as? [Any])?.count == 2)
    }

    // MARK: Empty, truncated, binary and mis-encoded files

    @Test("an empty file: skipped with a warning")
    func emptyFile() throws {
        let folder = try HostileFolder("empty")
        try folder.write("empty.md", Data())
        try check(folder, status: 0, diagnostics: ["empty.md: warning: no front matter: not a note, skipped"],
                  summary: Self.summary(files: 2, notes: 1, clients: 1, warnings: 1, errors: 0))
    }

    @Test("a file of only '---': front matter not closed")
    func onlyDashes() throws {
        let folder = try HostileFolder("dashes")
        try folder.write("dashes.md", "---\n")
        try check(folder, status: 1,
                  diagnostics: ["dashes.md:1: error: front matter is not closed: no '---' or '...' line after the opening '---': the file is left out"],
                  summary: Self.summary(files: 2, notes: 1, clients: 1, warnings: 0, errors: 1))
    }

    @Test("a binary file (random bytes with NULs): not UTF-8")
    func binaryFile() throws {
        let folder = try HostileFolder("binary")
        // An ELF-like header with NULs, an invalid UTF-8 byte on line 1, then 64 KiB of seeded random
        // bytes (no newline, so the first invalid byte stays on line 1).
        var bytes: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00, 0xFF, 0xFE, 0x80, 0x00]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<65_536 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            let byte = UInt8(truncatingIfNeeded: z ^ (z >> 31))
            bytes.append(byte == 0x0A ? 0x00 : byte)
        }
        #expect(bytes.filter { $0 == 0 }.count > 100)
        try folder.write("binary.md", Data(bytes))
        try check(folder, status: 1, diagnostics: ["binary.md:1: error: not UTF-8 text (save the note as UTF-8): the file is left out"],
                  summary: Self.summary(files: 2, notes: 1, clients: 1, warnings: 0, errors: 1))
    }

    @Test("a Latin-1 file (0xE9 in a name): not UTF-8, at the line of the byte")
    func latin1File() throws {
        let folder = try HostileFolder("latin1")
        var bytes = Array("---\nclient: C-LATIN\ndate: 2026-10-08\nclient-name: Ren".utf8)
        bytes += [0xE9, 0x65]  // "Renée" in ISO-8859-1
        bytes += Array("\n---\nBody.\n".utf8)
        try folder.write("latin1.md", Data(bytes))
        // The client is read from the file's `client:` line, so its reports can say the file is left out.
        try check(folder, status: 1, diagnostics: ["latin1.md:4: error: not UTF-8 text (save the note as UTF-8): the file is left out"],
                  summary: Self.summary(files: 2, notes: 1, clients: 1, warnings: 0, errors: 1, attention: ["C-LATIN"]),
                  unreported: ["C-LATIN"])
    }

    @Test("a UTF-8 BOM and CRLF line ends: a valid note, its report written without BOM or CR")
    func bomAndCRLF() throws {
        let folder = try HostileFolder("bom")
        let text = Self.note(client: "C-BOM", extra: "client-name: Bea Crlf\n", body: "## Sleep\n\nSlept better on five nights.\n")
        try folder.write("bom.md", Data([0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)))
        try check(folder, status: 0, diagnostics: [], summary: Self.summary(files: 2, notes: 2, clients: 2, warnings: 0, errors: 0),
                  clients: ["C-BOM"])
        let markdown = try Tree.text(folder.out, "C-BOM/all.md")
        #expect(markdown.hasPrefix("# Progress report: C-BOM (Bea Crlf)\n"))
        #expect(markdown.contains("> Sleep 7 hours on 5 of 7 nights\n"))
        #expect(markdown.contains("> Slept better on five nights.\n"))
        let json = try jsonObject(folder.out, "C-BOM/all.json")
        let goal = try #require((json["goals"] as? [[String: Any]])?.first)
        #expect(goal["statement"] as? String == "Sleep 7 hours on 5 of 7 nights")
        #expect((goal["excerpts"] as? [[String: Any]])?.first?["text"] as? String == "Slept better on five nights.")
        for file in ["C-BOM/all.md", "C-BOM/all.html", "C-BOM/all.json"] {
            let data = try Data(contentsOf: folder.out.appendingPathComponent(file))
            #expect(!data.contains(0x0D), "\(file) contains a CR")
            #expect(!data.starts(with: [0xEF, 0xBB, 0xBF]), "\(file) starts with a BOM")
            #expect(!String(decoding: data, as: UTF8.self).contains("\u{FEFF}"), "\(file) contains a BOM")
        }
    }

    // MARK: Size

    @Test("a 20 MB note (valid front matter, huge body in a goal section): reported in full, without hanging")
    func twentyMegabyteNote() throws {
        let folder = try HostileFolder("20mb")
        let paragraph = String(repeating: "The client talked about sleep, the week at work and a walk on Sunday. ", count: 10) + "\n\n"
        let count = 20 * 1_048_576 / paragraph.utf8.count + 1
        let body = "## Sleep\n\n" + String(repeating: paragraph, count: count) + "Last paragraph: the end of the big note.\n"
        let text = Self.note(client: "C-BIG", body: body)
        #expect(text.utf8.count > 20 * 1_048_576)
        try folder.write("big.md", text)
        // The suite runs the debug binary: measured on 2 cores with the other core busy, 2.1 s (release: 0.6 s).
        try check(folder, status: 0, diagnostics: [], summary: Self.summary(files: 2, notes: 2, clients: 2, warnings: 0, errors: 0),
                  clients: ["C-BIG"], rawState: true)
        let markdown = try Data(contentsOf: folder.out.appendingPathComponent("C-BIG/all.md"))
        #expect(markdown.count > 20 * 1_048_576)
        let tail = String(decoding: markdown.suffix(4096), as: UTF8.self)
        #expect(tail.contains("> Last paragraph: the end of the big note.\n"))
        let html = try Data(contentsOf: folder.out.appendingPathComponent("C-BIG/all.html"))
        #expect(html.count > 20 * 1_048_576)
        #expect(String(decoding: html.suffix(16_384), as: UTF8.self).contains("Last paragraph: the end of the big note."))
        #expect(String(decoding: html.suffix(16), as: UTF8.self).hasSuffix("</html>\n"))
        let json = try jsonObject(folder.out, "C-BIG/all.json")
        let excerpt = try #require(((json["goals"] as? [[String: Any]])?.first?["excerpts"] as? [[String: Any]])?.first)
        let excerptText = try #require(excerpt["text"] as? String)
        #expect(excerptText.utf8.count > 20_000_000)
        #expect(excerptText.hasSuffix("Last paragraph: the end of the big note."))
    }

    @Test("a 1 MB single-line body: reported in full, under a second")
    func oneMegabyteLine() throws {
        let folder = try HostileFolder("1mb")
        let line = String(repeating: "word ", count: 209_715) + "END"
        #expect(line.utf8.count > 1_048_576)
        try folder.write("line.md", Self.note(client: "C-LINE", body: "## Sleep\n\n" + line + "\n"))
        try check(folder, status: 0, diagnostics: [], summary: Self.summary(files: 2, notes: 2, clients: 2, warnings: 0, errors: 0),
                  clients: ["C-LINE"])
        let json = try jsonObject(folder.out, "C-LINE/all.json")
        let excerpt = try #require(((json["goals"] as? [[String: Any]])?.first?["excerpts"] as? [[String: Any]])?.first)
        #expect((excerpt["text"] as? String)?.utf8.count == line.utf8.count)
        #expect((excerpt["text"] as? String)?.hasSuffix("word END") == true)
        #expect(try Tree.text(folder.out, "C-LINE/all.md").contains("word END\n"))
    }

    // MARK: YAML bombs

    @Test("flow YAML nested 100,000 levels deep: an error at its line, no stack overflow")
    func deepFlowYAML() throws {
        let folder = try HostileFolder("deep-flow")
        let nested = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        try folder.write("deep-flow.md", "---\nclient: C-DEEP\ndate: 2026-10-08\ngoals: \(nested)\n---\nBody.\n")
        try check(folder, status: 1, diagnostics: ["deep-flow.md:4: error: front matter nests deeper than 64 levels: the file is left out"],
                  summary: Self.summary(files: 2, notes: 1, clients: 1, warnings: 0, errors: 1, attention: ["C-DEEP"]),
                  unreported: ["C-DEEP"])
    }

    @Test("block YAML nested 100,000 levels deep (- - - …): an error at its line")
    func deepBlockYAML() throws {
        let folder = try HostileFolder("deep-block")
        let nested = String(repeating: "- ", count: 100_000) + "x"
        try folder.write("deep-block.md", "---\nclient: C-DEEP\ndate: 2026-10-08\ngoals:\n  \(nested)\n---\nBody.\n")
        try check(folder, status: 1, diagnostics: ["deep-block.md:5: error: front matter nests deeper than 64 levels: the file is left out"],
                  summary: Self.summary(files: 2, notes: 1, clients: 1, warnings: 0, errors: 1, attention: ["C-DEEP"]),
                  unreported: ["C-DEEP"])
    }

    @Test("a billion-laughs alias bomb: an error at the document's root, no blow-up")
    func billionLaughs() throws {
        let folder = try HostileFolder("laughs")
        var yaml = "---\nclient: C-LOL\ndate: 2026-10-08\nlol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            yaml += "lol\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        yaml += "milestones: *l9\n---\nBody.\n"
        try folder.write("laughs.md", yaml)
        // The bound is checked on the composed document and reported at its root (line 2, YAMLBounds.sizeProblem).
        try check(folder, status: 1,
                  diagnostics: ["laughs.md:2: error: front matter expands past 20000 values (are aliases repeating it?): the file is left out"],
                  summary: Self.summary(files: 2, notes: 1, clients: 1, warnings: 0, errors: 1, attention: ["C-LOL"]),
                  unreported: ["C-LOL"])
    }

    // MARK: YAML tags, duplicate keys, non-finite numbers

    @Test("a custom tag on a number (progress: !custom 5): an error that names the tag")
    func customTag() throws {
        let folder = try HostileFolder("custom-tag")
        try folder.write("custom-tag.md", """
            ---
            client: C-TAG
            date: 2026-10-08
            goals:
              - id: sleep
                area: healthy-lifestyle
                statement: Sleep 7 hours
                progress: !custom 5
            ---
            Body.

            """)
        let result = try check(folder, status: 1, diagnostics: ["custom-tag.md:8: error: 'progress' must be a number, got "],
                               summary: Self.summary(files: 2, notes: 2, clients: 2, warnings: 0, errors: 1, attention: ["C-TAG"]), exact: false,
                               clients: ["C-TAG"])
        let line = result.stderrLines.first ?? ""
        // "must be a number, got '5'" contradicts itself: the reader must say that the tag made it text.
        #expect(line.contains("!custom"), "unclear: \(line)")
    }

    @Test("a !!binary tag on a text field: refused as not text")
    func binaryTag() throws {
        let folder = try HostileFolder("binary-tag")
        try folder.write("binary-tag.md", "---\nclient: C-BIN\ndate: 2026-10-08\nclient-name: Ben\nclinician: !!binary RHIuIE1hbGxvcnk=\n---\nBody.\n")
        let before = try RawTree.state(folder.notes)
        let result = try folder.batch()
        try checkShared(folder, result, before: before)
        // `!!binary` says the value is bytes, not text: a wrong type for `clinician` (docs/note-format.md §5,
        // "a value of the wrong type"). Today the base64 text is taken as the clinician's name.
        #expect(result.status == 1)
        #expect(result.stderrLines.first?.hasPrefix("binary-tag.md:5: error: 'clinician' must be text") == true, "\(result)")
        // A value error (docs/note-format.md, section 5): the session is kept without the clinician's name.
        let report = try Tree.text(folder.out, "C-BIN/all.md")
        #expect(report.contains("1 attended"))
        #expect(!report.contains("RHIuIE1hbGxvcnk") && !report.contains("Dr. Mallory"))
        #expect(report.contains("## Incomplete report"))
    }

    @Test("duplicate keys: a YAML error at the second one")
    func duplicateKeys() throws {
        let folder = try HostileFolder("duplicate")
        try folder.write("duplicate.md", "---\nclient: C-DUP\ndate: 2026-10-08\ndate: 2026-10-09\n---\nBody.\n")
        try check(folder, status: 1, diagnostics: ["duplicate.md:4: error: YAML syntax error: duplicate key 'date': the file is left out"],
                  summary: Self.summary(files: 2, notes: 1, clients: 1, warnings: 0, errors: 1, attention: ["C-DUP"]),
                  unreported: ["C-DUP"])
    }

    @Test("progress: .nan / .inf / -.inf: not a finite number", arguments: [".nan", ".inf", "-.inf"])
    func nonFiniteProgress(_ value: String) throws {
        let folder = try HostileFolder("nonfinite")
        try folder.write("nonfinite.md", """
            ---
            client: C-NAN
            date: 2026-10-08
            goals:
              - id: sleep
                area: healthy-lifestyle
                statement: Sleep 7 hours
                progress: \(value)
            ---
            Body.

            """)
        // A value error: the session is kept and reported without the rating.
        try check(folder, status: 1, diagnostics: ["nonfinite.md:8: error: 'progress' must be a finite number, got \(value): this rating is left out"],
                  summary: Self.summary(files: 2, notes: 2, clients: 2, warnings: 0, errors: 1, attention: ["C-NAN"]), clients: ["C-NAN"])
    }

    // MARK: Client ids and dates

    @Test("a client id that is a path: refused, nothing written outside OUT", arguments: ["../x", "/etc/passwd", "a/b", "..", ".hidden"])
    func pathLikeClient(_ client: String) throws {
        let folder = try HostileFolder("client-path")
        try folder.write("client.md", "---\nclient: \(client)\ndate: 2026-10-08\n---\nBody.\n")
        try check(folder, status: 1,
                  diagnostics: ["client.md:2: error: 'client' must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit; got '\(client)': the file is left out"],
                  summary: Self.summary(files: 2, notes: 1, clients: 1, warnings: 0, errors: 1))
        #expect(try Tree.folders(folder.out) == ["C-GOOD"])
    }

    @Test("a client id named like the batch index (index.md, index.html, index.json): the index is still written",
          arguments: ["index.md", "index.html", "index.json"])
    func clientNamedLikeTheIndex(_ client: String) throws {
        let folder = try HostileFolder("client-index")
        try folder.write("client.md", "---\nclient: \(client)\ndate: 2026-10-08\n---\nBody.\n")
        let before = try RawTree.state(folder.notes)
        let result = try folder.batch()
        try checkShared(folder, result, before: before, index: client != "index.md")
        // `index.md` is a valid id (docs/note-format.md §2: [A-Za-z0-9][A-Za-z0-9._-]{0,63}), but its report
        // folder OUT/index.md/ takes the place of the batch index OUT/index.md, which then cannot be written.
        // Whatever the fix (refusing such ids with an error at the `client` line, or another folder for
        // them), the caseload's index must be written.
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: folder.out.appendingPathComponent(client).path, isDirectory: &isDirectory)
                && !isDirectory.boolValue, "OUT/\(client) is not the index file")
        #expect(!result.stderr.contains("cannot write report"), "\(result)")
        if client == "index.md" {
            let index = (try? Tree.text(folder.out, "index.md")) ?? ""
            #expect(index.contains("[md](C-GOOD/all.md) [html](C-GOOD/all.html) [json](C-GOOD/all.json)"))
        }
    }

    @Test("an impossible date: refused at its line", arguments: ["2026-02-30", "2026-13-01"])
    func impossibleDate(_ date: String) throws {
        let folder = try HostileFolder("date")
        try folder.write("date.md", "---\nclient: C-DATE\ndate: \(date)\n---\nBody.\n")
        try check(folder, status: 1, diagnostics: ["date.md:3: error: 'date' must be a real date written YYYY-MM-DD, got '\(date)': the file is left out"],
                  summary: Self.summary(files: 2, notes: 1, clients: 1, warnings: 0, errors: 1, attention: ["C-DATE"]), unreported: ["C-DATE"])
    }

    // MARK: The file system

    @Test("a folder link pointing to its parent (a loop) and one to itself: skipped, not followed")
    func symlinkLoop() throws {
        let folder = try HostileFolder("loop")
        let manager = FileManager.default
        try manager.createDirectory(at: folder.url("sub"), withIntermediateDirectories: true)
        try manager.createSymbolicLink(atPath: folder.url("sub/loop").path, withDestinationPath: "..")
        try manager.createSymbolicLink(atPath: folder.url("self").path, withDestinationPath: ".")
        try manager.createSymbolicLink(atPath: folder.url("sub/up.md").path, withDestinationPath: "..")  // a folder link named like a note
        // One file: good.md (were the links followed, good.md would be read again and again, or rejected as a duplicate).
        try check(folder, status: 0, diagnostics: [], summary: Self.summary(files: 1, notes: 1, clients: 1, warnings: 0, errors: 0),
                  rawState: true)
    }

    @Test("an unreadable file (chmod 000): an error naming it; as root it is read normally")
    func unreadableFile() throws {
        let folder = try HostileFolder("unreadable")
        try folder.write("locked.md", Self.note(client: "C-LOCK", body: "## Sleep\n\nSlept well.\n"))
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: folder.url("locked.md").path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: folder.url("locked.md").path) }
        if getuid() == 0 {
            // Root bypasses file permission bits (CAP_DAC_OVERRIDE): chmod 000 does not stop it reading,
            // so headway reads the file like any other and C-LOCK gets its reports. The error path is
            // covered when the suite runs as an ordinary user.
            try check(folder, status: 0, diagnostics: [], summary: Self.summary(files: 2, notes: 2, clients: 2, warnings: 0, errors: 0),
                      clients: ["C-LOCK"], rawState: true)
            #expect(try Tree.text(folder.out, "C-LOCK/all.md").contains("> Slept well.\n"))
        } else {
            try check(folder, status: 1, diagnostics: ["locked.md: error: cannot read file: permission denied"],
                      summary: Self.summary(files: 2, notes: 1, clients: 1, warnings: 0, errors: 1), rawState: true)
        }
    }

    @Test("a dangling link named like a note: an error in plain words")
    func danglingLink() throws {
        let folder = try HostileFolder("dangling")
        try FileManager.default.createSymbolicLink(atPath: folder.url("dangling.md").path, withDestinationPath: "missing-target.md")
        let result = try check(folder, status: 1, diagnostics: ["dangling.md: error: cannot read file: "],
                               summary: Self.summary(files: 2, notes: 1, clients: 1, warnings: 0, errors: 1), exact: false, rawState: true)
        let line = result.stderrLines.first ?? ""
        // Today: "cannot read file: Error Domain=NSCocoaErrorDomain Code=260 "The file doesn’t exist."UserInfo={NSURL=…
        // file:///…, NSUnderlyingError=…}" — Foundation's debug description, with an absolute path.
        #expect(line == "dangling.md: error: cannot read file: no such file (a link to a missing file?)", "unclear: \(line)")
    }

    @Test("a FIFO named like a note: an error, not a hang")
    func fifo() throws {
        let folder = try HostileFolder("fifo")
        #expect(mkfifo(folder.url("pipe.md").path, 0o600) == 0)
        let before = try RawTree.state(folder.notes)
        let run = Result { try folder.batch(timeout: 30) }
        // FolderNoteSource.bytes opens every candidate with FileHandle(forReadingFrom:), which blocks
        // forever on a FIFO (and reads /dev/zero forever through a link): only regular files should be read.
        let result = try run.get()
        #expect(result.status == 1, "\(result)")
        #expect(result.stderrLines.first?.hasPrefix("pipe.md: error: ") == true, "\(result)")
        try checkShared(folder, result, before: before)
        #expect(try RawTree.state(folder.notes) == before)
    }

    // MARK: cmark pathological inputs

    struct Pathological: Sendable, CustomTestStringConvertible {
        var name: String
        var body: String
        /// A string the excerpt's HTML must contain at least `count` times (cmark renders it in full).
        var marker: String
        var count: Int
        var testDescription: String { name }
    }

    static let pathological: [Pathological] = [
        Pathological(name: "10,000 nested > blockquotes", body: String(repeating: "> ", count: 10_000) + "deep #sleep\n",
                     marker: "<blockquote>", count: 10_000),
        Pathological(name: "50,000 * emphasis openers", body: String(repeating: "*", count: 50_000) + "a #sleep\n",
                     marker: "*", count: 50_000),
        Pathological(name: "10,000 nested list items - - - …", body: String(repeating: "- ", count: 10_000) + "x #sleep\n",
                     marker: "<li>", count: 10_000),
        Pathological(name: "100,000 [ characters", body: String(repeating: "[", count: 100_000) + " #sleep\n",
                     marker: "[", count: 100_000),
    ]

    @Test("cmark pathological bodies: valid notes, rendered in full, fast", arguments: pathological)
    func pathologicalMarkdown(_ input: Pathological) throws {
        let folder = try HostileFolder("cmark")
        try folder.write("pathological.md", Self.note(client: "C-MD", body: "## Sleep\n\n" + input.body))
        try check(folder, status: 0, diagnostics: [], summary: Self.summary(files: 2, notes: 2, clients: 2, warnings: 0, errors: 0),
                  clients: ["C-MD"])
        let json = try jsonObject(folder.out, "C-MD/all.json")
        let excerpt = try #require(((json["goals"] as? [[String: Any]])?.first?["excerpts"] as? [[String: Any]])?.first)
        let html = try #require(excerpt["html"] as? String)
        #expect(html.components(separatedBy: input.marker).count - 1 >= input.count)
        #expect(try Tree.text(folder.out, "C-MD/all.html").hasSuffix("</html>\n"))
        #expect(try Tree.text(folder.out, "C-MD/all.md").hasPrefix("# Progress report: C-MD\n"))
    }

    // MARK: Failure mid-run, serial and parallel

    /// A valid note of client `C-NNN` on `date`, session `session + 1` (varied goals, measures, milestones).
    static func caseloadNote(client: Int, session: Int, date: String) -> String {
        let half = (client + session * 3) % 21  // progress 0...10 in steps of 0.5
        let progress = half % 2 == 0 ? String(half / 2) : "\(half / 2).5"
        let areas = ["coping-skills", "relationships", "self-esteem", "healthy-lifestyle"]
        return """
            ---
            client: C-\(String(format: "%03d", client))
            date: \(date)
            session: \(session + 1)
            clinician: Dr. \(["Ames", "Brook", "Cole"][client % 3])
            goals:
              - id: goal-\(client % 4)
                area: \(areas[client % 4])
                statement: Practise the skill on \(2 + session % 4) of 7 days
                progress: \(progress)
              - id: second-\(client % 3)
                area: self-awareness
                statement: Notice the first sign of low mood
                progress: \(session + 1)
            measures:
              PHQ-9: \((client * 7 + session * 5) % 28)
              GAD-7: \((client * 3 + session * 2) % 22)
            milestones:
              - Milestone \(session) of client \(client)
            ---
            ## Goal \(client % 4)

            Session \(session + 1): the client practised #goal-\(client % 4).

            ## Wins

            - Did it again #second-\(client % 3)

            """
    }

    @Test("a write failure mid-run: exit 1, every other report complete, no partial or temporary file")
    func failureMidRun() throws {
        let folder = try HostileFolder("midrun", good: false)
        for client in 1...5 {
            try folder.write("C-\(client)/a.md", Self.caseloadNote(client: client, session: 0, date: "2026-10-0\(client)"))
            try folder.write("C-\(client)/b.md", Self.caseloadNote(client: client, session: 1, date: "2026-11-0\(client)"))
        }
        try FileManager.default.createDirectory(at: folder.out, withIntermediateDirectories: true)
        try Data("a file where C-003's folder should be\n".utf8).write(to: folder.out.appendingPathComponent("C-003"))
        // And one report path taken by a folder: the temporary file is written, then the rename fails.
        try FileManager.default.createDirectory(at: folder.out.appendingPathComponent("C-004/2026-10.html/keep"),
                                                withIntermediateDirectories: true)
        let result = try folder.batch(["--by-month"])
        #expect(result.status == 1, "\(result)")
        let out = folder.out.path
        #expect(Array(result.stderrLines.dropLast()) == [
            "\(out)/C-003/2026-10.md: error: cannot write report: \(out)/C-003 exists and is not a folder",
            "\(out)/C-003/2026-10.html: error: cannot write report: \(out)/C-003 exists and is not a folder",
            "\(out)/C-003/2026-10.json: error: cannot write report: \(out)/C-003 exists and is not a folder",
            "\(out)/C-003/2026-11.md: error: cannot write report: \(out)/C-003 exists and is not a folder",
            "\(out)/C-003/2026-11.html: error: cannot write report: \(out)/C-003 exists and is not a folder",
            "\(out)/C-003/2026-11.json: error: cannot write report: \(out)/C-003 exists and is not a folder",
            "\(out)/C-004/2026-10.html: error: cannot write report: Is a directory",
        ])
        // C-003's two reports were not written at all; C-004's October report only in part (2 of 3 files).
        #expect(result.stderrLines.last == "headway: 10 files, 10 notes, 0 plans, 5 clients, 8 reports, 0 warnings, 7 errors")
        #expect(result.stderrLines.last?.hasSuffix(", 0 warnings, 7 errors") == true)

        let files = try Tree.files(folder.out)
        for client in [1, 2, 5] {
            for month in ["2026-10", "2026-11"] {
                for ext in ["md", "html", "json"] { #expect(files.contains("C-00\(client)/\(month).\(ext)"), "missing C-00\(client)/\(month).\(ext)") }
            }
        }
        #expect(files.contains("C-004/2026-10.md") && files.contains("C-004/2026-10.json") && files.contains("C-004/2026-11.html"))
        #expect(files.contains("C-003") && files.contains("index.md") && files.contains("index.html") && files.contains("index.json"))
        #expect(try Tree.folders(folder.out).contains("C-004/2026-10.html/keep"))
        #expect(files.count == 5 * 6 - 7 + 1 + 3, "\(files)")
        // Every written report is complete, and nothing partial or temporary is left anywhere.
        for file in files {
            let name = file.split(separator: "/").last.map(String.init) ?? file
            #expect(!name.hasPrefix(".") && !name.hasSuffix(".tmp"), "left behind: \(file)")
            let text = try Tree.text(folder.out, file)
            if file.hasSuffix(".html") { #expect(text.hasSuffix("</html>\n"), "\(file) is incomplete") }
            if file.hasSuffix(".json") { #expect((try? jsonObject(folder.out, file)) != nil, "\(file) is not complete JSON") }
            if file.hasSuffix(".md") && file != "index.md" { #expect(text.hasPrefix("# Progress report: C-00") && text.hasSuffix("\n")) }
        }
        #expect(try Tree.text(folder.out, "C-003") == "a file where C-003's folder should be\n")
        let index = try Tree.text(folder.out, "index.md")
        #expect(index.contains("[md](C-001/2026-10.md) [html](C-001/2026-10.html) [json](C-001/2026-10.json)"))
        #expect(!index.contains("(C-003/"), "the index links a report that was not written")
        #expect(!index.contains("(C-004/2026-10.html)"), "the index links a report that was not written")
    }

    @Test("batch --serial and a parallel batch give byte-identical trees on 30 clients")
    func serialEqualsParallel() throws {
        let folder = try HostileFolder("serial", good: false)
        for client in 1...30 {
            for session in 0..<5 {
                let date = String(format: "2026-%02d-%02d", session < 3 ? 10 : 11, 1 + client % 9 + 10 * (session % 3))
                try folder.write("c\(client % 4)/C-\(client)/s\(session).md", Self.caseloadNote(client: client, session: session, date: date))
            }
            if client % 5 == 0 {
                try folder.write("plans/C-\(client).md", """
                    ---
                    type: plan
                    client: C-\(String(format: "%03d", client))
                    start: 2026-09-15
                    goals:
                      - id: goal-\(client % 4)
                        area: \(["coping-skills", "relationships", "self-esteem", "healthy-lifestyle"][client % 4])
                        statement: Practise the skill on 5 of 7 days
                        baseline: 1
                        target: 8
                        target-date: 2026-12-31
                    measures:
                      PHQ-9: { baseline: 20, target: 9 }
                    ---
                    Plan.

                    """)
            }
        }
        let serialOut = folder.scratch.url.appendingPathComponent("serial")
        let parallelOut = folder.scratch.url.appendingPathComponent("parallel")
        let arguments = ["--by-month", "--format", "md,html,json"]
        let serial = try Headway.run(["batch", folder.notes.path, "--serial"] + arguments + ["-o", serialOut.path], in: folder.scratch.url)
        let parallel = try Headway.run(["batch", folder.notes.path] + arguments + ["-o", parallelOut.path], in: folder.scratch.url)
        #expect(serial.status == 0, "\(serial)")
        #expect(parallel.status == 0, "\(parallel)")
        #expect(serial.stderr == parallel.stderr)
        #expect(serial.stderrLines == ["headway: 156 files, 150 notes, 6 plans, 30 clients, 60 reports, 0 warnings, 0 errors"])
        let one = try Tree.snapshot(serialOut)
        #expect(one.filter { !$0.value.isDirectory }.count == 30 * 2 * 3 + 3)
        #expect(try Tree.snapshot(parallelOut) == one)
    }
}
