import Foundation
import Testing

/// `--audience client` on report, batch and review: the client's version, written beside the
/// clinician's reports as `<period>.client.<ext>`.
@Suite struct AudienceCommandTests {
    static let samples = Headway.repoRoot.appendingPathComponent("Samples/notes").path

    @Test func reportWritesTheClientsVersionBesideTheClinicians() throws {
        let scratch = try Scratch("audience-report")
        let out = scratch.path("out")
        for audience in ["clinician", "client"] {
            let result = try Headway.run(["report", Self.samples, "--client", "C-0305", "--month", "2026-10", "--audience", audience, "-o", out, "-q"])
            #expect(result.status == 0, "\(result)")
        }
        let root = URL(fileURLWithPath: out)
        #expect(try Tree.files(root).filter { !$0.hasPrefix(".") } == ["C-0305/2026-10.client.html", "C-0305/2026-10.client.md", "C-0305/2026-10.html", "C-0305/2026-10.md"])
        let committed = try String(contentsOf: Headway.repoRoot.appendingPathComponent("Samples/reports/C-0305/2026-10.md"), encoding: .utf8)
        #expect(try Tree.text(root, "C-0305/2026-10.md") == committed, "the clinician's report is unchanged")
        #expect(committed.contains("## Safety flags"))
        let client = try Tree.text(root, "C-0305/2026-10.client.md")
        #expect(client.hasPrefix("**Riverside Counselling Practice**"))
        #expect(client.contains("# Your progress, Sam T."))
        #expect(client.contains("Your clinician will talk with you about how you are feeling."))
        for clinical in ["Safety flag", "item 9", "severity", "moderate", "reliable", "Session notes", "sleep-routine", "work-worry", "weekly-run", "warning"] {
            #expect(!client.contains(clinical), "\(clinical)")
        }
        #expect(client.split(separator: "\n").filter { !$0.hasPrefix("#") && $0.contains("#") }.isEmpty, "no hashtags")
    }

    @Test func reviewForTheClientInEveryFormat() throws {
        let scratch = try Scratch("audience-review")
        let out = scratch.path("out")
        let result = try Headway.run(["review", Self.samples, "--client", "C-0217", "--audience", "client", "--format", "md,html,pdf", "-o", out], timeout: 120)
        #expect(result.status == 0, "\(result)")
        let root = URL(fileURLWithPath: out)
        #expect(try Tree.files(root).filter { !$0.hasPrefix(".") }
            == ["C-0217/plan-review-2026-11-19.client.html", "C-0217/plan-review-2026-11-19.client.md", "C-0217/plan-review-2026-11-19.client.pdf"])
        let markdown = try Tree.text(root, "C-0217/plan-review-2026-11-19.client.md")
        #expect(markdown.contains("This report is about 1 September to 19 November 2026."))
        #expect(!markdown.contains("signature") && !markdown.contains("SMART"))
        let text = try ExternalTool.output("pdftotext", ["-layout", scratch.path("out/C-0217/plan-review-2026-11-19.client.pdf"), "-"])
        #expect(text.contains("Your progress") && text.contains("Things to celebrate") && text.contains("Page 1 of") && !text.contains("self-compassion") && !text.contains("distress-tolerance"))
    }

    @Test func aClientBatchLeavesTheCliniciansBatchAlone() throws {
        let scratch = try Scratch("audience-batch")
        let out = scratch.path("out")
        let clinician = try Headway.run(["batch", Self.samples, "--by-month", "-o", out, "-q"])
        #expect(clinician.status == 0, "\(clinician)")
        let root = URL(fileURLWithPath: out)
        let before = try Tree.files(root).map { ($0, try Tree.text(root, $0)) }
        let client = try Headway.run(["batch", Self.samples, "--by-month", "--audience", "client", "--prune", "-o", out, "-q"])
        #expect(client.status == 0, "\(client)")
        #expect(!client.stderr.contains("stale"), "\(client.stderr)")
        for (path, text) in before { #expect(try Tree.text(root, path) == text, "\(path)") }
        let files = try Tree.files(root)
        #expect(files.filter { $0.contains(".client.") }.count == 2 + 3 * 3 * 2)
        let index = try Tree.text(root, "index.client.md")
        #expect(index.contains("C-0142/2026-10.client.md"))
    }

    @Test func badAudienceArgumentsExit2() throws {
        for arguments in [["--audience", "nurse"], ["--audience", "client", "--format", "md,json"]] {
            let result = try Headway.run(["report", Self.samples, "--client", "C-0217"] + arguments)
            #expect(result.status == 2, "\(arguments): \(result)")
        }
        let json = try Headway.run(["batch", Self.samples, "--audience", "client", "--format", "json"])
        #expect(json.stderr.contains("--audience client writes md, html and pdf, not json: the JSON is the clinician's whole model"), "\(json)")
    }

    @Test("--audience client refuses fhir on report, batch and review, and writes nothing: the bundle is the clinician's data")
    func clientRefusesFHIR() throws {
        let scratch = try Scratch("audience-fhir")
        let commands = [["report", Self.samples, "--client", "C-0142", "--month", "2026-10"], ["batch", Self.samples, "--by-month"],
                        ["review", Self.samples, "--client", "C-0142"]]
        for command in commands {
            let result = try Headway.run(command + ["--audience", "client", "--format", "md,fhir", "-o", scratch.path("out")], in: scratch.url)
            #expect(result.status == 2, "\(command[0]): \(result)")
            #expect(result.stderr.contains("--audience client writes md, html and pdf, not fhir: the FHIR bundle is the clinician's data"),
                    "\(command[0]): \(result)")
        }
        #expect(!Tree.exists(scratch.path("out")), "nothing is written, no .client.fhir.json")
    }
}
