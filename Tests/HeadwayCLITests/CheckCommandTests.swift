import Foundation
import Testing

@Suite("headway check")
struct CheckCommandTests {
    @Test("the SHA-256 helper matches the FIPS 180-4 test vectors")
    func sha256Vectors() {
        #expect(SHA256.hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test("the built binary is found beside the test bundle")
    func binaryIsFound() throws {
        let binary = try Headway.binary()
        #expect(binary.lastPathComponent == "headway")
        #expect(FileManager.default.isExecutableFile(atPath: binary.path))
    }

    @Test("a folder with broken and good notes: exact diagnostics, summary, exit 1, nothing written")
    func brokenFolder() throws {
        let notes = try Headway.fixture("broken")
        let before = try Tree.snapshot(notes)
        let cwd = try Scratch("check")
        let result = try Headway.run(["check", notes.path], in: cwd.url)

        #expect(result.status == 1, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderrLines == BrokenFixture.diagnostics + [BrokenFixture.summary(reports: 0)])
        // Sorted by path (bytes), then line.
        let located = BrokenFixture.diagnostics.map { line -> (String, Int) in
            let location = line.components(separatedBy: ": ")[0].split(separator: ":")
            return (String(location[0]), location.count > 1 ? Int(location[1])! : 0)
        }
        let sorted = located.sorted { lhs, rhs in
            lhs.0 != rhs.0 ? lhs.0.utf8.lexicographicallyPrecedes(rhs.0.utf8) : lhs.1 < rhs.1
        }
        #expect(located.map { "\($0.0):\($0.1)" } == sorted.map { "\($0.0):\($0.1)" })

        #expect(try Tree.snapshot(notes) == before, "check changed the notes folder")
        #expect(try FileManager.default.contentsOfDirectory(atPath: cwd.url.path) == [], "check wrote into the working folder")
        #expect(!Tree.exists(cwd.path("reports")))
    }

    @Test("the input tree holds exactly the fixture files")
    func brokenFixtureShape() throws {
        let files = try Tree.files(try Headway.fixture("broken"))
        #expect(files == [
            "C-0001/2026-10-06.md", "C-0001/2026-10-13.md", "C-0001/2026-10-20-bad-rating.md", "C-0001/2026-11-03.md",
            "C-0002/2026-10-08.md", "C-0002/plan.md", "README.md",
            "misc/bad-date.md", "misc/duplicate.md", "misc/missing-client.md", "misc/unclosed.md", "misc/yaml-syntax.md",
        ])
    }

    @Test("--quiet drops the summary line but keeps every diagnostic")
    func quiet() throws {
        let result = try Headway.run(["check", try Headway.fixture("broken").path, "--quiet"])
        #expect(result.status == 1)
        #expect(result.stderrLines == BrokenFixture.diagnostics)
    }

    @Test("a clean folder: no diagnostics, exit 0")
    func cleanFolder() throws {
        let result = try Headway.run(["check", try Headway.fixture("clean").path])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderrLines == ["headway: 5 files, 4 notes, 1 plan, 2 clients, 0 reports, 0 warnings, 0 errors"])
    }

    @Test("measurement gaps: PHQ-9 missing without a schedule (one warning for the episode) and an overdue review, exit 0")
    func measurementGaps() throws {
        let result = try Headway.run(["check", try Headway.fixture("gaps").path])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderrLines == [
            "C-0010/2026-01-12.md:3: warning: 1 of 3 attended sessions of episode 1 has no PHQ-9 score (2026-01-12): add PHQ-9 to that session, "
                + "or set 'measure-every' in the plan or headway.yml to say how often it is taken",
            "C-0010/plan.md:5: warning: the plan's review was due on 2026-01-31 (every 30 days from 2026-01-01) and no review note is dated on or after it",
            "headway: 4 files, 3 notes, 1 plan, 1 client, 0 reports, 2 warnings, 0 errors",
        ])
    }

    @Test("headway.yml's measure-every: a session it is due at without the measure is a warning at its date line")
    func clinicSchedule() throws {
        let result = try Headway.run(["check", try Headway.fixture("gaps-scheduled").path])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderrLines == [
            "C-0011/2026-01-19.md:3: warning: attended session without GAD-7, which headway.yml's 'measure-every' asks for every 2 sessions "
                + "(last scored on 2026-01-05)",
            "headway: 3 files, 3 notes, 0 plans, 1 client, 0 reports, 1 warning, 0 errors",
        ])
    }

    @Test("singular forms for counts of one")
    func singularForms() throws {
        let result = try Headway.run(["check", try Headway.fixture("singular").path])
        #expect(result.status == 1)
        #expect(result.stderrLines == [
            "2026-10-05.md:8: warning: unknown key 'moood' in a session note",
            "bad.md: error: missing required key 'client': the file is left out",
            "headway: 3 files, 1 note, 1 plan, 1 client, 0 reports, 1 warning, 1 error",
        ])

        let one = try Headway.run(["check", try Headway.fixture("one-file").path])
        #expect(one.status == 0)
        #expect(one.stderrLines == ["headway: 1 file, 1 note, 0 plans, 1 client, 0 reports, 0 warnings, 0 errors"])
    }

    @Test("paths are relative to NOTES_DIR however it is written")
    func relativeNotesDir() throws {
        let notes = try Headway.fixture("broken")
        let result = try Headway.run(["check", "broken"], in: notes.deletingLastPathComponent())
        #expect(result.status == 1)
        #expect(result.stderrLines == BrokenFixture.diagnostics + [BrokenFixture.summary(reports: 0)])
    }

    @Test("a missing notes folder: exit 2, one clear message, no summary")
    func missingFolder() throws {
        let scratch = try Scratch("missing")
        let missing = scratch.path("no-such-folder")
        let result = try Headway.run(["check", missing], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.stderrLines == ["\(missing): error: not a folder of notes"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == [])
    }

    @Test("a file given as the notes folder: exit 2")
    func fileAsFolder() throws {
        let file = try Headway.fixture("broken").appendingPathComponent("README.md").path
        let result = try Headway.run(["check", file])
        #expect(result.status == 2)
        #expect(result.stderrLines == ["\(file): error: not a folder of notes"])
    }
}
