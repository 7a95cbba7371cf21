import Foundation
import Testing

/// `headway discharge` on `Fixtures/discharge`: D-1 has two finished episodes (completed on 2026-03-02,
/// with a Summary and Recommendations; dropped out on 2026-06-30, with neither), D-2 none. The PDF goes
/// through WeasyPrint, checked with pdftotext and pdfinfo.
@Suite struct DischargeCommandTests {
    static func notes() throws -> String { try Headway.fixture("discharge").path }

    @Test func writesTheEpisodeAskedForInMarkdownHTMLAndJSON() throws {
        let scratch = try Scratch("discharge")
        let out = scratch.path("out")
        let result = try Headway.run(["discharge", try Self.notes(), "--client", "D-1", "--episode", "1", "--format", "md,html,json", "-o", out])
        #expect(result.status == 0, "\(result)")
        let root = URL(fileURLWithPath: out)
        #expect(try Tree.files(root) == ["D-1/discharge-2026-03-02.html", "D-1/discharge-2026-03-02.json", "D-1/discharge-2026-03-02.md"])
        let markdown = try Tree.text(root, "D-1/discharge-2026-03-02.md")
        for expected in [
            "# Discharge summary: D-1 (Jo M.)", "| Treatment episode | Episode 1, 2026-01-05 to 2026-03-02 (discharged: completed) |",
            "| Discharge reason | completed |", "| Sessions in the episode | 3 attended, 0 cancelled, 1 no-show (attendance 75%) |",
            "| sleep | Sleep seven hours on six nights a week | 2 | 7 | met |",
            "- **2026-02-23, sleep**: ~~Sleep seven hours on five nights a week~~ → **Sleep seven hours on six nights a week**",
            "- **2026-02-09**: Slept through the night twice #sleep _(goal: sleep)_",
            "| PHQ-9 | 18 | 6 | −12 | mild | improved | yes | no | yes |", "| GAD-7 | 12 | 5 | −7 | mild | improved | yes | no | yes |",
            "## Clinician's summary\n\nJo finished the planned course: sleep is steady and mood much improved.\n",
            "## Recommendations\n\nReturn if low mood comes back for more than two weeks.\n",
            "Name: A. Rivera  \nRole: Clinician", "Name: Jo M.  \nRole: Client",
        ] {
            #expect(markdown.contains(expected), "missing: \(expected)")
        }
        #expect(!markdown.contains("2026-05-04"))  // the second episode's scores are not in the first's summary
        let html = try Tree.text(root, "D-1/discharge-2026-03-02.html")
        #expect(html.contains("<h1>Discharge summary</h1>") && html.contains("<div class=\"typed-in\">Jo finished the planned course"))
        let json = try jsonObject(root, "D-1/discharge-2026-03-02.json")
        let discharge = try #require(json["discharge"] as? [String: Any])
        #expect(discharge["date"] as? String == "2026-03-02" && discharge["reason"] as? String == "completed")
        #expect(discharge["recommendations"] as? String == "Return if low mood comes back for more than two weeks.")
        let period = try #require(json["period"] as? [String: Any])
        #expect(period["from"] as? String == "2026-01-05" && period["to"] as? String == "2026-03-02")
    }

    @Test func theLatestFinishedEpisodeByDefaultWithLinesToWriteOn() throws {
        let scratch = try Scratch("discharge-latest")
        let out = scratch.path("out")
        let result = try Headway.run(["discharge", try Self.notes(), "--client", "D-1", "--format", "md", "-o", out])
        #expect(result.status == 0, "\(result)")
        let markdown = try Tree.text(URL(fileURLWithPath: out), "D-1/discharge-2026-06-30.md")
        #expect(markdown.contains("| Treatment episode | Episode 2, 2026-05-04 to 2026-06-30 (discharged: dropped out) |"))
        #expect(markdown.contains("| PHQ-9 | 15 | 14 | −1 | moderate | none |"))  // the episode's own baseline: its first score
        #expect(markdown.contains("## Clinician's summary\n\n" + String(repeating: "_", count: 80)))
        #expect(markdown.contains("## Recommendations\n\n" + String(repeating: "_", count: 80)))
    }

    @Test func theClientsVersionIsTheClientsReportOfTheEpisode() throws {
        let scratch = try Scratch("discharge-client")
        let out = scratch.path("out")
        let result = try Headway.run(["discharge", try Self.notes(), "--client", "D-1", "--episode", "1", "--audience", "client", "--format", "md", "-o", out])
        #expect(result.status == 0, "\(result)")
        #expect(try Tree.files(URL(fileURLWithPath: out)) == ["D-1/discharge-2026-03-02.client.md"])
        let markdown = try Tree.text(URL(fileURLWithPath: out), "D-1/discharge-2026-03-02.client.md")
        #expect(markdown.contains("# Your progress, Jo M.") && markdown.contains("5 January to 2 March 2026"), "\(markdown)")
        #expect(!markdown.contains("Discharge reason") && !markdown.contains("Signature"))
    }

    @Test func noFinishedEpisodeUnknownEpisodeAndUnknownClientExit2() throws {
        let scratch = try Scratch("discharge-none")
        let notes = try Self.notes()
        let none = try Headway.run(["discharge", notes, "--client", "D-2", "-o", scratch.path("out")])
        #expect(none.status == 2)
        #expect(none.stderr.contains("error: client 'D-2' has no finished treatment episode (a discharge note, type: discharge, ends one)"), "\(none)")
        let third = try Headway.run(["discharge", notes, "--client", "D-1", "--episode", "3", "-o", scratch.path("out")])
        #expect(third.status == 2)
        #expect(third.stderr.contains("error: client 'D-1' has no episode 3: it has 2 episodes"), "\(third)")
        let unknown = try Headway.run(["discharge", notes, "--client", "d-1", "-o", scratch.path("out")])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("error: no valid note or plan for client 'd-1' (did you mean 'D-1'?)"), "\(unknown)")
        #expect(!Tree.exists(scratch.path("out/D-2")) && !Tree.exists(scratch.path("out/D-1")))
    }

    @Test func printsAPDFWithTheRunningHeaderAndSignatures() throws {
        let scratch = try Scratch("discharge-pdf")
        let out = scratch.path("out")
        let result = try Headway.run(["discharge", try Self.notes(), "--client", "D-1", "--episode", "1", "--format", "pdf", "--paper", "letter", "-o", out],
                                     timeout: 120)
        #expect(result.status == 0, "\(result)")
        let pdf = scratch.path("out/D-1/discharge-2026-03-02.pdf")
        let text = try ExternalTool.output("pdftotext", ["-layout", pdf, "-"])
        for expected in ["Discharge summary", "Client D-1 · Discharge summary 2026-03-02", "Page 1 of", "Measures, first to last",
                         "Recommendations", "Return if low mood comes back", "Signatures"] {
            #expect(text.contains(expected), "missing from the PDF: \(expected)")
        }
        let info = try ExternalTool.output("pdfinfo", [pdf])
        #expect(info.contains("612 x 792 pts (letter)"), "\(info)")
    }
}
