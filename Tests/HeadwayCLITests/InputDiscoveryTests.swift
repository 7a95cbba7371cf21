import Foundation
import Testing

/// Which configuration a run reads (and says it read), and which files of the notes folder it reads.
@Suite struct InputDiscoveryTests {
    private static let note = "---\nclient: C-1\ndate: 2026-10-07\ngoals: [sleep-hygiene]\n---\n"
    private static let areas = "areas:\n  sleep-hygiene: Sleep hygiene\n"
    private static let undeclared = "a.md:4: warning: custom goal area 'sleep-hygiene' is not declared in headway.yml"

    private func write(_ text: String, _ path: String, in scratch: Scratch) throws {
        let url = URL(fileURLWithPath: scratch.path(path))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    private func summary(files: Int, notes: Int, reports: Int = 0, warnings: Int = 0, errors: Int = 0) -> String {
        func count(_ value: Int, _ noun: String) -> String { "\(value) \(noun)\(value == 1 ? "" : "s")" }
        return "headway: " + [count(files, "file"), count(notes, "note"), "0 plans", count(notes > 0 ? 1 : 0, "client"),
                              count(reports, "report"), count(warnings, "warning"), count(errors, "error")].joined(separator: ", ")
    }

    // MARK: Finding the configuration

    @Test func theConfigurationOfTheNearestFolderAboveIsRead() throws {
        let scratch = try Scratch("discover")
        try write(Self.areas, "vault/headway.yml", in: scratch)
        try write(Self.note, "vault/Clients/a.md", in: scratch)
        let result = try Headway.run(["check", "vault/Clients"], in: scratch.url)
        #expect(result.status == 0, "\(result)")
        #expect(result.configurationLine == "headway: configuration: vault/headway.yml")
        #expect(result.stderrLines == [summary(files: 1, notes: 1)])
        let dotted = try Headway.run(["check", "./vault/Clients/"], in: URL(fileURLWithPath: scratch.path(".")))
        #expect(dotted.configurationLine == "headway: configuration: vault/headway.yml")   // '.' parts dropped
        let inside = try Headway.run(["check", "."], in: URL(fileURLWithPath: scratch.path("vault/Clients")))
        #expect(inside.configurationLine == "headway: configuration: ../headway.yml")
        #expect(inside.stderrLines == [summary(files: 1, notes: 1)])
    }

    @Test func theNearestConfigurationWinsAndItsErrorsNameItAsFound() throws {
        let scratch = try Scratch("discover-near")
        try write(Self.areas, "vault/headway.yml", in: scratch)
        try write("clinc: {}\n", "vault/Clients/headway.yml", in: scratch)
        try write(Self.note, "vault/Clients/a.md", in: scratch)
        let result = try Headway.run(["check", "vault/Clients"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.configurationLine == "headway: configuration: vault/Clients/headway.yml")
        #expect(result.stderrLines == ["vault/Clients/headway.yml:1: error: unknown key 'clinc' in the configuration (did you mean 'clinic'?)"])
    }

    @Test func noConfigurationIsSaidToo() throws {
        let scratch = try Scratch("discover-none")
        try write(Self.note, "notes/a.md", in: scratch)
        let result = try Headway.run(["check", "notes"], in: scratch.url)
        #expect(result.status == 0)
        #expect(result.configurationLine == "headway: no configuration (headway.yml) found")
        #expect(result.stderrLines == [Self.undeclared, summary(files: 1, notes: 1, warnings: 1)])
    }

    @Test func theClimbStopsAtAFolderOthersMayWriteTo() throws {
        let scratch = try Scratch("discover-shared")
        try write(Self.areas, "shared/headway.yml", in: scratch)
        try write(Self.note, "shared/mine/a.md", in: scratch)
        try #require(chmod(scratch.path("shared"), 0o777) == 0)
        let result = try Headway.run(["check", "shared/mine"], in: scratch.url)
        #expect(result.configurationLine == "headway: no configuration (headway.yml) found")
        #expect(result.stderrLines.first == Self.undeclared)
    }

    @Test func configWinsOverAFoundConfiguration() throws {
        let scratch = try Scratch("discover-given")
        try write("clinc: {}\n", "notes/headway.yml", in: scratch)
        try write(Self.areas, "clinic.yml", in: scratch)
        try write(Self.note, "notes/a.md", in: scratch)
        let result = try Headway.run(["check", "notes", "--config", "clinic.yml"], in: scratch.url)
        #expect(result.status == 0, "\(result)")
        #expect(result.configurationLine == "headway: configuration: clinic.yml")
        #expect(result.stderrLines == [summary(files: 1, notes: 1)])
    }

    @Test func everyCommandSaysWhichConfigurationItReadAndQuietLeavesItOut() throws {
        let scratch = try Scratch("discover-commands")
        try write(Self.areas, "notes/headway.yml", in: scratch)
        try write(Self.note, "notes/a.md", in: scratch)
        let expected = "headway: configuration: notes/headway.yml"
        for arguments in [["check", "notes"], ["report", "notes", "--client", "C-1", "-o", "out"], ["batch", "notes", "-o", "out"],
                          ["review", "notes", "--client", "C-1", "-o", "out", "--format", "md"]] {
            let result = try Headway.run(arguments, in: scratch.url)
            #expect(result.configurationLine == expected, "\(arguments): \(result)")
            let quiet = try Headway.run(arguments + ["--quiet"], in: scratch.url)
            #expect(quiet.configurationLine == nil, "\(arguments): \(quiet)")
            #expect(!quiet.fullStderr.contains("configuration"), "\(arguments): \(quiet)")
        }
    }

    // MARK: Reading the configuration safely

    @Test func aReliableChangeWiderThanATinyRangeIsAnErrorNotACrash() throws {
        let scratch = try Scratch("config-sigill")
        try write("instruments: {T: {range: [0, 0.0000001], direction: higher-is-better, reliable-change: 1}}\n", "notes/headway.yml", in: scratch)
        try write(Self.note, "notes/a.md", in: scratch)
        let result = try Headway.run(["check", "notes"], in: scratch.url)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderrLines == ["notes/headway.yml:1: error: 'instruments.T.reliable-change' cannot apply: 'range' spans less than 0.000001, the smallest threshold"])
    }

    @Test func aConfigurationOverOneMegabyteIsRefused() throws {
        let scratch = try Scratch("config-size")
        try write("# " + String(repeating: "x", count: 1 << 20) + "\n", "notes/headway.yml", in: scratch)
        try write(Self.note, "notes/a.md", in: scratch)
        let result = try Headway.run(["check", "notes"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.stderrLines == ["notes/headway.yml: error: the configuration file is larger than 1 MB: not read (a clinic's settings take a few KB)"])
    }

    @Test func aConfigurationThatIsNotUTF8IsRefused() throws {
        let scratch = try Scratch("config-latin1")
        try write(Self.note, "notes/a.md", in: scratch)
        try Data([0x63, 0x6C, 0x69, 0x6E, 0x69, 0x63, 0x3A, 0x20, 0xE9, 0x0A]).write(to: URL(fileURLWithPath: scratch.path("notes/headway.yml")))
        let result = try Headway.run(["check", "notes"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.stderrLines == ["notes/headway.yml: error: the configuration file is not UTF-8 text (save it as UTF-8)"])
    }

    @Test func aConfigurationLinkedFromOutsideIsReadOnlyWithConfig() throws {
        let scratch = try Scratch("config-link")
        try write(Self.areas, "elsewhere/clinic.yml", in: scratch)
        try write(Self.note, "notes/a.md", in: scratch)
        try FileManager.default.createSymbolicLink(atPath: scratch.path("notes/headway.yml"), withDestinationPath: scratch.path("elsewhere/clinic.yml"))
        let found = try Headway.run(["check", "notes"], in: scratch.url)
        #expect(found.status == 2)
        #expect(found.stderrLines == ["notes/headway.yml: error: the configuration is a link to a file outside the notes folder: give it with --config to use it"])
        let given = try Headway.run(["check", "notes", "--config", "notes/headway.yml"], in: scratch.url)
        #expect(given.status == 0, "\(given)")
        #expect(given.stderrLines == [summary(files: 1, notes: 1)])
        // A link to a file inside the folder is read.
        try write(Self.areas, "notes/settings/clinic.yml", in: scratch)
        try FileManager.default.removeItem(atPath: scratch.path("notes/headway.yml"))
        try FileManager.default.createSymbolicLink(atPath: scratch.path("notes/headway.yml"), withDestinationPath: "settings/clinic.yml")
        let inside = try Headway.run(["check", "notes"], in: scratch.url)
        #expect(inside.status == 0, "\(inside)")
    }

    @Test func aConfigurationThatIsNotARegularFileIsRefusedWithoutHanging() throws {
        let scratch = try Scratch("config-fifo")
        try write(Self.note, "notes/a.md", in: scratch)
        try #require(mkfifo(scratch.path("notes/headway.yml"), 0o600) == 0)
        let found = try Headway.run(["check", "notes"], in: scratch.url, timeout: 10)
        #expect(found.status == 2)
        #expect(found.stderrLines == ["notes/headway.yml: error: cannot read the configuration file: not a regular file"])
        let given = try Headway.run(["check", "notes", "--config", "/dev/zero"], in: scratch.url, timeout: 10)
        #expect(given.stderrLines == ["/dev/zero: error: cannot read the configuration file: not a regular file"])
    }

    // MARK: Which notes are read

    @Test func nearMissFilesAreWarnedAboutAndOtherExtensionsInAnyCaseAreRead() throws {
        let scratch = try Scratch("near-miss")
        try write(Self.areas, "notes/headway.yml", in: scratch)
        try write(Self.note, "notes/a.MD", in: scratch)
        try write(Self.note.replacingOccurrences(of: "10-07", with: "10-14"), "notes/b.txt", in: scratch)
        let result = try Headway.run(["check", "notes"], in: scratch.url)
        #expect(result.status == 0)
        #expect(result.stderrLines == [
            "b.txt: warning: looks like a note but its name does not end in .md, so it is not read: rename it to .md to include it",
            summary(files: 1, notes: 1, warnings: 1),
        ])
    }

    @Test func excludedFilesAreNotRead() throws {
        let scratch = try Scratch("exclude")
        try write(Self.areas + "exclude:\n  - _templates/**\n  - \"*.draft.md\"\n", "vault/headway.yml", in: scratch)
        try write(Self.note, "vault/a.md", in: scratch)
        try write("---\nclient: {{client}}\ndate: {{date}}\n---\n", "vault/_templates/session.md", in: scratch)
        try write("---\nclient: C-1\ndate: soon\n---\n", "vault/C-1/b.draft.md", in: scratch)
        let result = try Headway.run(["check", "vault"], in: scratch.url)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderrLines == [summary(files: 1, notes: 1)])
        try write(Self.areas + "exclude: [\"\"]\n", "vault/headway.yml", in: scratch)
        let bad = try Headway.run(["check", "vault"], in: scratch.url)
        #expect(bad.status == 2)
        #expect(bad.stderrLines == ["vault/headway.yml:3: error: exclude pattern '' is empty: write a path such as _templates/** or *.draft.md"])
    }

    @Test("exclude: reads the same files whichever folder below the configuration is named")
    func excludeIsRelativeToTheConfigurationsFolder() throws {
        let scratch = try Scratch("exclude-base")
        try write(Self.areas + "exclude: [Clients/Archive/**]\n", "vault/headway.yml", in: scratch)
        try write(Self.note, "vault/Clients/a.md", in: scratch)
        try write(Self.note.replacingOccurrences(of: "10-07", with: "09-01"), "vault/Clients/Archive/old.md", in: scratch)
        for (arguments, directory) in [(["check", "vault"], "."), (["check", "vault/Clients"], "."), (["check", "."], "vault/Clients")] {
            let result = try Headway.run(arguments, in: URL(fileURLWithPath: scratch.path(directory)))
            #expect(result.status == 0, "\(arguments): \(result)")
            #expect(result.stderrLines == [summary(files: 1, notes: 1)], "\(arguments) in \(directory)")
        }
        // --config FILE: relative to the folder holding FILE when the notes folder is inside it ...
        try write(Self.areas + "exclude: [vault/Clients/Archive/**]\n", "clinic.yml", in: scratch)
        let given = try Headway.run(["check", "vault/Clients", "--config", "clinic.yml"], in: scratch.url)
        #expect(given.stderrLines == [summary(files: 1, notes: 1)], "\(given)")
        // ... else relative to the notes folder.
        try write(Self.areas + "exclude: [Archive/**]\n", "settings/clinic.yml", in: scratch)
        let apart = try Headway.run(["check", "vault/Clients", "--config", "settings/clinic.yml"], in: scratch.url)
        #expect(apart.stderrLines == [summary(files: 1, notes: 1)], "\(apart)")
    }

    @Test("the output folder inside the notes folder is never read, however -o spells it")
    func theOutputFolderIsNotRead() throws {
        let scratch = try Scratch("output-inside")
        try write(Self.areas, "vault/headway.yml", in: scratch)
        try write(Self.note, "vault/a.md", in: scratch)
        try write("---\ntype: plan\nclient: C-1\nstart: 2026-10-01\n---\n", "vault/plan.md", in: scratch)
        let expected = "headway: 2 files, 1 note, 1 plan, 1 client, 1 report, 0 warnings, 0 errors"
        let first = try Headway.run(["batch", "vault", "-o", "vault/reports", "--format", "md"], in: scratch.url)
        #expect(first.status == 0, "\(first)")
        #expect(Tree.exists(scratch.path("vault/reports/C-1/all.md")))
        for output in ["vault/reports", "./vault/reports/", scratch.path("vault/reports")] {
            for command in [["batch", "vault"], ["report", "vault", "--client", "C-1"], ["review", "vault", "--client", "C-1"]] {
                let again = try Headway.run(command + ["-o", output, "--format", "md"], in: scratch.url)
                #expect(again.stderrLines == [expected], "\(command) -o \(output): \(again)")
            }
        }
        let inside = try Headway.run(["batch", ".", "-o", "reports", "--format", "md"], in: URL(fileURLWithPath: scratch.path("vault")))
        #expect(inside.stderrLines == [expected], "\(inside)")
    }

    @Test func anEarlierOutputFolderInsideTheNotesFolderIsNotRead() throws {
        let scratch = try Scratch("output-earlier")
        try write(Self.areas, "vault/headway.yml", in: scratch)
        try write(Self.note, "vault/a.md", in: scratch)
        let batch = try Headway.run(["batch", "vault", "-o", "vault/reports", "--format", "md"], in: scratch.url)
        #expect(batch.status == 0, "\(batch)")
        #expect(Tree.exists(scratch.path("vault/reports/C-1/all.md")))
        let check = try Headway.run(["check", "vault"], in: scratch.url)
        #expect(check.status == 0, "\(check)")
        #expect(check.stderrLines == [summary(files: 1, notes: 1)])
        let elsewhere = try Headway.run(["batch", "vault", "-o", "out", "--format", "md"], in: scratch.url)
        #expect(elsewhere.stderrLines == ["headway: 1 file, 1 note, 0 plans, 1 client, 1 report, 0 warnings, 0 errors"], "\(elsewhere)")
    }

    @Test func aFileNameThatIsNotUTF8IsReadAndNamedEscaped() throws {
        let scratch = try Scratch("latin1-name")
        try write(Self.areas, "notes/headway.yml", in: scratch)
        let path = Array(scratch.path("notes/latin").utf8) + [0xE9] + Array(".md".utf8) + [0]
        let descriptor = path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o600) }
        }
        try #require(descriptor >= 0)
        let text = Array("---\nclient: C-1\ndate: 2026-10-07\nmood: 3\n---\n".utf8)
        _ = text.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        let result = try Headway.run(["check", "notes"], in: scratch.url)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderrLines == ["latin\\x{E9}.md:4: warning: unknown key 'mood' in a session note", summary(files: 1, notes: 1, warnings: 1)])
    }
}
