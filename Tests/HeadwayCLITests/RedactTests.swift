import Foundation
import Testing

@Suite("--redact")
struct RedactTests {
    /// Client names, clinician names, and narrative text (excerpts) of the fixture notes.
    static let names = ["Marisol", "Vantreese", "Quillon", "Ashgrove", "Thaddeus", "Brackenridge", "Orrin", "Pellucidar"]
    static let excerpts = ["lantern-bridge", "cobalt-ink", "saffron-tide", "wind-down playlist", "habit is forming"]

    @Test("without --redact the names and excerpts are there (the check below is not vacuous)")
    func unredactedHasThem() throws {
        let scratch = try Scratch("plain")
        let out = scratch.url.appendingPathComponent("out")
        let result = try Headway.run(["batch", try Headway.fixture("clean").path, "--format", "md,html,json", "-o", out.path])
        #expect(result.status == 0)
        let all = try Tree.files(out).map { try Tree.text(out, $0) }.joined(separator: "\n")
        for text in Self.names + Self.excerpts { #expect(all.contains(text), "\(text) missing from unredacted output") }
    }

    @Test("no client name, clinician name or excerpt anywhere in md, html or json", arguments: ["all", "by-month", "report"])
    func redacted(_ mode: String) throws {
        let scratch = try Scratch("redact")
        let out = scratch.url.appendingPathComponent("out")
        let notes = try Headway.fixture("clean").path
        let arguments: [String]
        switch mode {
        case "all": arguments = ["batch", notes]
        case "by-month": arguments = ["batch", notes, "--by-month"]
        default: arguments = ["report", notes, "--client", "C-0001", "--month", "2026-10"]
        }
        let result = try Headway.run(arguments + ["--redact", "--format", "md,html,json", "-o", out.path])
        #expect(result.status == 0, "\(result)")
        let files = try Tree.files(out)
        #expect(files.contains { $0.hasSuffix(".md") } && files.contains { $0.hasSuffix(".html") } && files.contains { $0.hasSuffix(".json") })
        for file in files {
            let text = try Tree.text(out, file)
            for secret in Self.names + Self.excerpts {
                #expect(!text.contains(secret), "\(file) contains '\(secret)' although --redact was given")
            }
        }
        for file in files where file.hasSuffix(".json") && !file.hasPrefix("index") {
            let report = try jsonObject(out, file)
            let client = try #require(report["client"] as? [String: Any])
            #expect(client["name"] is NSNull, "\(file)")
            #expect(report["clinician"] is NSNull, "\(file)")
            for goal in report["goals"] as? [[String: Any]] ?? [] {
                #expect((goal["excerpts"] as? [Any])?.isEmpty == true, "\(file) goal \(goal["id"] ?? "?")")
            }
            for area in report["areas"] as? [[String: Any]] ?? [] {
                #expect((area["excerpts"] as? [Any])?.isEmpty == true, "\(file) area \(area["area"] ?? "?")")
            }
        }
        // Ids, dates, goal statements and milestones stay.
        let first = try #require(files.first { $0.hasPrefix("C-0001/") && $0.hasSuffix(".md") })
        let markdown = try Tree.text(out, first)
        #expect(markdown.hasPrefix("# Progress report: C-0001\n"))
        #expect(markdown.contains("Walk for 20 minutes on 5 of 7 days"))
        #expect(markdown.contains("Walked twice this week"))
    }
}
