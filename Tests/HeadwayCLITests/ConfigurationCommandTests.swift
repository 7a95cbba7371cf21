import Foundation
import Testing

/// `headway.yml` and `--config`: a clinic's instruments and areas, and bad configurations (exit 2, nothing written).
@Suite struct ConfigurationCommandTests {
    private func notes(_ scratch: Scratch, config: String?) throws -> URL {
        let folder = try scratch.folder("notes")
        try Data("""
            ---
            client: C-1
            date: 2026-10-07
            goals: [sleep-hygiene]
            measures:
              ORS: 18.5
            ---
            """.utf8).write(to: folder.appendingPathComponent("a.md"))
        try Data("""
            ---
            client: C-1
            date: 2026-10-21
            measures:
              ors: 26
            ---
            """.utf8).write(to: folder.appendingPathComponent("b.md"))
        if let config { try Data(config.utf8).write(to: folder.appendingPathComponent("headway.yml")) }
        return folder
    }

    static let ors = """
        clinic:
          name: Test Clinic
        areas:
          sleep-hygiene: Sleep hygiene
        instruments:
          ORS:
            range: [0, 40]
            direction: higher-is-better
            caseness: 25
            reliable-change: 5
        """

    @Test func aDeclaredInstrumentIsInterpretedByConfigurationAlone() throws {
        let scratch = try Scratch("config")
        let folder = try notes(scratch, config: Self.ors)
        let result = try Headway.run(["batch", folder.path, "--format", "md,json", "-o", scratch.path("out")])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderrLines == ["headway: 2 files, 2 notes, 0 plans, 1 client, 1 report, 0 warnings, 0 errors"])
        let markdown = try Tree.text(scratch.url, "out/C-1/all.md")
        #expect(markdown.contains("**Test Clinic**"))
        #expect(markdown.contains("- ORS 18.5 → 26 (+7.5, reliable improvement)"))
        #expect(markdown.contains("### Sleep hygiene"))
    }

    @Test func withoutTheConfigurationTheInstrumentIsAPlainNumberAndTheAreaAWarning() throws {
        let scratch = try Scratch("noconfig")
        let folder = try notes(scratch, config: nil)
        let result = try Headway.run(["batch", folder.path, "--format", "md", "-o", scratch.path("out")])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderrLines.first == "a.md:4: warning: custom goal area 'sleep-hygiene' is not declared in headway.yml")
        let markdown = try Tree.text(scratch.url, "out/C-1/all.md")
        // Undeclared, "ORS" and "ors" are two plain instruments, matched by their exact names, uninterpreted.
        #expect(markdown.contains("- ORS 18.5 → 18.5 (0)\n- ors 26 → 26 (0)\n"))
        #expect(!markdown.contains("reliable"))
    }

    @Test func anOutOfRangeScoreOfADeclaredInstrumentIsAnError() throws {
        let scratch = try Scratch("config-range")
        let folder = try notes(scratch, config: Self.ors)
        try Data("---\nclient: C-1\ndate: 2026-10-28\nmeasures:\n  ORS: 41\n---\n".utf8).write(to: folder.appendingPathComponent("c.md"))
        let result = try Headway.run(["check", folder.path])
        #expect(result.status == 1)
        #expect(result.stderrLines.first == "c.md:5: error: 'ORS score' must be between 0 and 40, got 41: this score is left out")
    }

    @Test func aBadConfigurationStopsEverything() throws {
        let scratch = try Scratch("config-bad")
        let folder = try notes(scratch, config: "instruments:\n  ORS:\n    range: [0, 40]\n    direction: upwards\n")
        let out = scratch.path("out")
        let result = try Headway.run(["batch", folder.path, "-o", out])
        #expect(result.status == 2)
        // A configuration found, not given, is named by the notes folder as given plus its place.
        #expect(result.configurationLine == "headway: configuration: \(folder.path)/headway.yml")
        #expect(result.stderrLines == ["\(folder.path)/headway.yml:4: error: 'instruments.ORS.direction' must be lower-is-better or higher-is-better, got 'upwards'"])
        #expect(!Tree.exists(out))
    }

    /// The reviewer's crash (SIGILL, exit 132): an integer instrument whose range does not fit a whole score.
    @Test func anIntegerInstrumentWithAHugeRangeIsAConfigurationErrorNotACrash() throws {
        let scratch = try Scratch("config-huge")
        let folder = try notes(scratch, config: "instruments: {BIG: {range: [0, 1e20], direction: higher-is-better, integer: true}}\n")
        try Data("---\nclient: C-1\ndate: 2026-10-28\nmeasures:\n  BIG: 5\n---\n".utf8).write(to: folder.appendingPathComponent("c.md"))
        let result = try Headway.run(["check", folder.path])
        #expect(result.status == 2)
        #expect(result.stderrLines == ["\(folder.path)/headway.yml:1: error: 'instruments.BIG.range' must have whole-number bounds between -9007199254740992 and 9007199254740992 when 'integer' is true, got [0, 1e+20]"])
    }

    @Test func anExplicitConfigFileIsNamedAsGiven() throws {
        let scratch = try Scratch("config-explicit")
        let folder = try notes(scratch, config: nil)
        let config = scratch.path("clinic.yml")
        try Data("clinc:\n  name: X\n".utf8).write(to: URL(fileURLWithPath: config))
        let result = try Headway.run(["check", folder.path, "--config", config])
        #expect(result.status == 2)
        #expect(result.stderrLines == ["\(config):1: error: unknown key 'clinc' in the configuration (did you mean 'clinic'?)"])
        let missing = try Headway.run(["check", folder.path, "--config", scratch.path("nope.yml")])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nope.yml: error: cannot read the configuration file"))
    }
}
