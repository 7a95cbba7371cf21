import Foundation
import Testing

/// `headway report --episode N` and `headway review --episode N` on `Fixtures/discharge`: D-1 has
/// episode 1 (its plan's start, 2026-01-05, to the discharge of 2026-03-02) and episode 2 (2026-05-04
/// to the discharge of 2026-06-30, with no plan of its own); D-2 one open episode.
@Suite struct EpisodeCommandTests {
    static func notes() throws -> String { try Headway.fixture("discharge").path }

    @Test func anEpisodesReportCoversItsFirstDayToItsDischarge() throws {
        let scratch = try Scratch("episode-report")
        let out = scratch.path("out")
        let result = try Headway.run(["report", try Self.notes(), "--client", "D-1", "--episode", "1", "--format", "md,json", "-o", out])
        #expect(result.status == 0, "\(result)")
        let root = URL(fileURLWithPath: out)
        #expect(try Tree.files(root) == ["D-1/episode-1.json", "D-1/episode-1.md"])
        let markdown = try Tree.text(root, "D-1/episode-1.md")
        #expect(markdown.contains("| Period | Episode 1 (2026-01-05 to 2026-03-02) |"))
        #expect(markdown.contains("| Treatment episode | Episode 1, 2026-01-05 to 2026-03-02 (discharged: completed) |"))
        #expect(markdown.contains("## Episode outcomes"))
        #expect(!markdown.contains("2026-05-04"))  // nothing of episode 2
        let period = try #require(try jsonObject(root, "D-1/episode-1.json")["period"] as? [String: Any])
        #expect(period["from"] as? String == "2026-01-05" && period["to"] as? String == "2026-03-02" && period["label"] as? String == "Episode 1")
    }

    @Test func anOpenEpisodeRunsToTheLastNoteAndAPeriodNarrowsAnEpisode() throws {
        let scratch = try Scratch("episode-open")
        let out = scratch.path("out")
        let open = try Headway.run(["report", try Self.notes(), "--client", "D-2", "--episode", "1", "--format", "json", "-o", out])
        #expect(open.status == 0, "\(open)")
        let period = try #require(try jsonObject(URL(fileURLWithPath: out), "D-2/episode-1.json")["period"] as? [String: Any])
        #expect(period["from"] as? String == "2026-04-01" && period["to"] as? String == "2026-04-01")
        let narrowed = try Headway.run(["report", try Self.notes(), "--client", "D-1", "--episode", "2", "--month", "2026-06", "--format", "json", "-o", out])
        #expect(narrowed.status == 0, "\(narrowed)")
        let json = try jsonObject(URL(fileURLWithPath: out), "D-1/2026-06-episode-2.json")
        let june = try #require(json["period"] as? [String: Any])
        #expect(june["from"] as? String == "2026-06-01" && june["to"] as? String == "2026-06-30" && june["label"] as? String == "June 2026, episode 2")
        #expect((json["episode"] as? [String: Any])?["number"] as? Int == 2)
    }

    @Test func anEpisodeTheClientDoesNotHaveIsAnErrorListingItsEpisodes() throws {
        let scratch = try Scratch("episode-unknown")
        let notes = try Self.notes()
        let unknown = try Headway.run(["report", notes, "--client", "D-1", "--episode", "3", "-o", scratch.path("out")])
        #expect(unknown.status == 2)
        #expect(unknown.stderrLines == ["\(notes): error: there is no episode 3: client 'D-1' has episodes 1 (2026-01-05 to 2026-03-02) and 2 (2026-05-04 to 2026-06-30)"])
        let outside = try Headway.run(["report", notes, "--client", "D-1", "--episode", "1", "--month", "2026-05", "-o", scratch.path("out")])
        #expect(outside.status == 2)
        #expect(outside.stderrLines == ["\(notes): error: episode 1 has no day in May 2026 (2026-05-01 to 2026-05-31): client 'D-1' has episodes 1 (2026-01-05 to 2026-03-02) and 2 (2026-05-04 to 2026-06-30)"])
        let open = try Headway.run(["report", notes, "--client", "D-2", "--episode", "2", "-o", scratch.path("out")])
        #expect(open.stderrLines == ["\(notes): error: there is no episode 2: client 'D-2' has episode 1 (since 2026-04-01)"])
        #expect(!FileManager.default.fileExists(atPath: scratch.path("out")))
        let zero = try Headway.run(["report", notes, "--client", "D-1", "--episode", "0", "-o", scratch.path("out")])
        #expect(zero.status != 0 && zero.stderr.contains("--episode counts from 1"))
    }

    @Test func reviewOfAnEpisodeIsThePlanInForceAtItsEnd() throws {
        let scratch = try Scratch("episode-review")
        let out = scratch.path("out")
        let notes = try Self.notes()
        let first = try Headway.run(["review", notes, "--client", "D-1", "--episode", "1", "--format", "md", "-o", out])
        #expect(first.status == 0, "\(first)")
        #expect(try Tree.files(URL(fileURLWithPath: out)) == ["D-1/plan-review-2026-03-02.md"])
        let markdown = try Tree.text(URL(fileURLWithPath: out), "D-1/plan-review-2026-03-02.md")
        #expect(markdown.contains("| Plan start | 2026-01-05 |") && markdown.contains("| Review date | 2026-03-02 |"))
        let second = try Headway.run(["review", notes, "--client", "D-1", "--episode", "2", "--format", "md", "-o", out])
        #expect(second.status == 2)
        #expect(second.stderrLines == ["\(notes): error: client 'D-1' has no treatment plan in episode 2 (to 2026-06-30)"])
        let both = try Headway.run(["review", notes, "--client", "D-1", "--episode", "1", "--date", "2026-03-02", "-o", out])
        #expect(both.status != 0 && both.stderr.contains("use either --date or --episode, not both"))
        let unknown = try Headway.run(["review", notes, "--client", "D-1", "--episode", "4", "-o", out])
        #expect(unknown.stderrLines == ["\(notes): error: there is no episode 4: client 'D-1' has episodes 1 (2026-01-05 to 2026-03-02) and 2 (2026-05-04 to 2026-06-30)"])
    }

    @Test func helpNamesTheEpisodeOption() throws {
        for command in ["report", "review"] {
            let help = try Headway.run([command, "--help"])
            #expect(help.stdout.contains("--episode <episode>"), "\(command)")
        }
    }
}
