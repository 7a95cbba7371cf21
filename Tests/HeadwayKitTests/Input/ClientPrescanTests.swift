import Foundation
import Testing
@testable import HeadwayKit

/// The pre-scan that lets a one-client run parse only that client's files must never disagree with a
/// full parse: every file below is read both ways, and the one-client caseload and report must equal
/// the full read's, byte for byte.
@Suite struct ClientPrescanTests {
    /// A note's front matter lines around its `client` line (written as `who`), on `date`.
    static func note(_ who: String, _ date: String, before: String = "", after: String = "") -> String {
        "---\n\(before)\(who)\ndate: \(date)\n\(after)goals:\n  - id: walk\n    area: coping-skills\n    statement: Walk daily\n    progress: 4\n---\n## Walk\nWalked on \(date). #walk\n"
    }

    /// Files of client C-42 (and of X-7, written the same ways), in every form YAML allows for the client:
    /// the pre-scan tells some, the others are parsed.
    static let files: [String: String] = {
        var files: [String: String] = [:]
        for (client, month) in [("C-42", "06"), ("X-7", "07")] {
            let forms: [(String, String)] = [
                ("plain", note("client: \(client)", "2025-\(month)-01")),
                ("double", note("client: \"\(client)\"", "2025-\(month)-02")),
                ("single", note("client: '\(client)'", "2025-\(month)-03")),
                ("escaped", note("client: \"\(client.prefix(1))\\x2D\(client.dropFirst(2))\"", "2025-\(month)-04")),
                ("unicode-escape", note("client: \"\\u00\(String(format: "%02X", client.utf8.first!))\(client.dropFirst())\"", "2025-\(month)-05")),
                ("comment", note("client: \(client)   # the client", "2025-\(month)-06", before: "# intake\n")),
                ("tab", note("client:\t\(client)", "2025-\(month)-07")),
                ("anchor", note("client: *who", "2025-\(month)-08", before: "ref: &who \(client)\n")),
                ("anchored", note("client: &c \(client)", "2025-\(month)-09")),
                ("tag", note("client: !!str \(client)", "2025-\(month)-10")),
                ("complex-key", note("? client\n: \(client)", "2025-\(month)-11")),
                ("quoted-key", note("\"client\": \(client)", "2025-\(month)-12")),
                ("after-quotes", note("client: \(client)", "2025-\(month)-13", before: "title: \"Intake: week 1\"\n")),
                ("after-flow", note("client: \(client)", "2025-\(month)-14", before: "tags: [therapy, 'session']\n")),
                ("after-block", note("client: \(client)", "2025-\(month)-15", before: "summary: |\n  He said \"[fine\n  client: Z-1\n")),
                ("nested", note("client: \(client)", "2025-\(month)-16", before: "referral:\n  client: Z-2\n")),
                ("nested-after", note("client: \(client)", "2025-\(month)-17", after: "referral:\n  client: Z-3\n")),
                ("crlf", note("client: \(client)", "2025-\(month)-18").replacingOccurrences(of: "\n", with: "\r\n")),
                ("bom", "\u{FEFF}" + note("client: \(client)", "2025-\(month)-19")),
                ("draft", note("client: \(client)", "2025-\(month)-20", after: "draft: true\n")),
                ("placeholder", note("client: \(client)", "2025-\(month)-21", after: "session: {{session}}\n")),
                ("flow-mapping", "---\n{client: \(client), date: 2025-\(month)-22, goals: [{id: walk, progress: 5}]}\n---\nFlow.\n"),
                ("flow-mapping-lines", "---\nx: [a,\nclient: \(client)]\nclient: Z-4\ndate: 2025-\(month)-23\n---\n"),
                ("quote-lines", "---\nx: \"a\nclient: \(client)\"\nclient: Z-5\ndate: 2025-\(month)-24\n---\n"),
                ("duplicate", note("client: \(client)", "2025-\(month)-25", after: "client: Z-6\n")),
                ("duplicate-quoted", note("client: \(client)", "2025-\(month)-26", after: "'client': Z-7\n")),
                ("folded", note("client: >\n  \(client)", "2025-\(month)-27")),
                ("continued", note("client: \(client)\n\n  continued", "2025-\(month)-28")),
                ("quoted-lines", note("client: \"\(client)\n  more\"", "2025-\(month)-29")),
                ("document-marker", note("client: \(client)", "2025-\(month)-30", after: "--- # a second document\nclient: Z-8\n")),
                ("directive", "---\n%YAML 1.1\n--- #\nclient: \(client)\ndate: 2025-\(month)-09\n---\n"),
                ("line-separator", "---\na: b\u{2028}client: \(client)\ndate: 2025-\(month)-10\n---\n"),
                ("null", note("client: null", "2025-\(month)-11", after: "owner: \(client)\n")),
                ("plan", "---\ntype: plan\nclient: \(client)\nstart: 2025-01-01\ngoals:\n  - id: walk\n    statement: Walk daily\n---\n"),
                ("review", "---\ntype: review\nclient: \(client)\ndate: 2025-\(month)-12\n---\n## Summary\nGood.\n"),
                ("bad-rating", note("client: \(client)", "2025-\(month)-13", after: "session: nope\n")),
                ("unclosed", "---\nclient: \(client)\ndate: 2025-\(month)-14\n"),
                ("yaml-error", "---\nclient: \(client)\ndate: [2025-\(month)-15\n---\n"),
            ]
            for (name, text) in forms { files["\(client)/\(name).md"] = text }
        }
        files["README.md"] = "# Notes\n"
        files["misc/no-client.md"] = "---\ndate: 2025-06-01\n---\n"
        files["misc/bad-client.md"] = "---\nclient: C 42\ndate: 2025-06-01\n---\n"
        return files
    }()

    /// The files as bytes, with two that are not UTF-8 (a full parse names their client from the text).
    static let bytes: [String: [UInt8]] = {
        var bytes = files.mapValues { Array($0.utf8) }
        bytes["C-42/not-utf8.md"] = Array(note("client: C-42", "2025-06-28").utf8) + [0xFF, 0x0A]
        bytes["X-7/not-utf8.md"] = Array(note("client: X-7", "2025-07-28").utf8) + [0xC3]
        return bytes
    }()

    /// The client a full parse attributes a file to.
    static func parsedOwner(_ path: String, _ bytes: [UInt8]) -> String? {
        let file = NoteParser(readsBodies: false).parse(path: path, bytes: bytes)
        return file.identity?.client ?? file.diagnostics.compactMap(\.client).first
    }

    @Test("the pre-scan names a client only where a full parse names the same one")
    func agreesWithAFullParse() {
        for (path, bytes) in Self.bytes.sorted(by: { $0.key < $1.key }) {
            guard let owner = ClientPrescan.owner(of: bytes) else { continue }
            #expect(owner == Self.parsedOwner(path, bytes), "\(path)")
        }
    }

    @Test("it agrees with a full parse on thousands of front matters made of tricky lines")
    func agreesOnGeneratedFrontMatter() {
        let before = ["# intake", "type: plan", "type: review", "draft: true", "title: \"Intake\"", "tags: [a, b]", "summary: |",
                      "  He said \"[x", "  client: Z-1", "referral:", "? client", ": Z-2", "- item", "%YAML 1.1", "--- #", "ref: &r C-42",
                      "x: \"a", "client: \"Z-3", "]", "client: null", "client: C 42", "client:", "  C-42", "\tclient: Z-4",
                      "client: index.md", " ", "x: >", "client:C-42", "x: {a: 1,", "client: \"Z-9\"\"", ""]
        let clients = ["client: C-42", "client: 'C-42'", "client: \"C-42\"", "client: C-42 # c", "client:\tC-42", "client: *r",
                       "client: X-7   ", "client: C-42 #c\r", "client: C-42#c", "client: 'C-42' x", ""]
        let after = ["date: 2025-06-01", "  more", "", "client: Z-5", "\"client\": Z-6", "--- #", "goals: [", "date: [", "  - x",
                     "\tmore", "#", "x: \"", "...", "date: 2025-06-02"]
        var random = SeededRandom(seed: 42)
        var told = 0
        for index in 0..<3_000 {
            var lines = (0..<random.below(4)).map { _ in before[random.below(before.count)] }
            lines.append(clients[random.below(clients.count)])
            lines += (0..<random.below(4)).map { _ in after[random.below(after.count)] }
            if random.below(2) == 0 { lines.append("date: 2025-06-03") }
            var text = "---\n" + lines.joined(separator: "\n") + (random.below(8) == 0 ? "\n" : "\n---\nBody.\n")
            if random.below(5) == 0 { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
            let bytes = Array(text.utf8)
            guard let owner = ClientPrescan.owner(of: bytes) else { continue }
            told += 1
            #expect(owner == Self.parsedOwner("\(index).md", bytes), "\(text.debugDescription)")
        }
        #expect(told > 300, "the pre-scan told too few to be tested: \(told)")
    }

    @Test("it agrees with a full parse on every note in the repository's fixtures, samples and examples")
    func agreesOnTheRepositorysNotes() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        var count = 0
        for folder in ["Tests", "Samples", "docs"] {
            let walk = FileManager.default.enumerator(at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            while let url = walk?.nextObject() as? URL {
                guard ["md", "markdown"].contains(url.pathExtension.lowercased()), let data = FileManager.default.contents(atPath: url.path) else { continue }
                let bytes = [UInt8](data)
                guard let owner = ClientPrescan.owner(of: bytes) else { continue }
                count += 1
                #expect(owner == Self.parsedOwner(url.path, bytes), "\(url.path)")
            }
        }
        #expect(count > 50)
    }

    @Test("it tells the plain forms without a parse, and leaves the others to one")
    func tellsThePlainForms() {
        let told = Set(Self.bytes.filter { ClientPrescan.owner(of: $0.value) != nil }.keys.filter { $0.hasPrefix("C-42/") })
        #expect(told == Set(["plain", "double", "single", "comment", "tab", "nested", "nested-after", "crlf", "bom", "draft",
                             "placeholder", "duplicate", "duplicate-quoted", "document-marker", "plan", "review", "bad-rating",
                             "unclosed", "yaml-error", "not-utf8"].map { "C-42/\($0).md" }))
    }

    @Test("a one-client read holds what a full read holds for the client, and the files of no client")
    func oneClientCaseload() throws {
        let source = InMemoryNoteSource(files: Self.bytes)
        let full = try Caseload.read(from: source, parser: NoteParser(readsBodies: false))
        let one = try Caseload.read(from: source, parser: NoteParser(readsBodies: false), only: "C-42")
        #expect(one.notes == full.notes(of: "C-42"))
        #expect(one.plans == full.plans(of: "C-42"))
        #expect(one.reviews == full.reviews(of: "C-42"))
        #expect(one.diagnostics == full.diagnostics.filter { $0.client == nil || $0.client == "C-42" })
        #expect(one.fileCount == full.fileCount)
        #expect(one.clients == ["C-42"])
        #expect(!one.diagnostics(of: "C-42").isEmpty && one.diagnostics.contains { $0.client == nil })
    }

    @Test("a one-client report is byte for byte the batch's report of that client")
    func oneClientReport() throws {
        let pipeline = Pipeline(source: InMemoryNoteSource(files: Self.bytes), notesFolder: "notes")
        let one = InMemorySink(), every = InMemorySink()
        for (clients, sink) in [(ReportRequest.Clients.one("C-42"), one), (.every, every)] {
            _ = try pipeline.run(ReportRequest(clients: clients, document: .progress(.allSessions), formats: [.markdown, .html, .json]),
                                 templates: TemplateSet(), into: sink)
        }
        #expect(Set(one.files.keys) == ["C-42/all.md", "C-42/all.html", "C-42/all.json"])
        for path in one.files.keys { #expect(one.text(path) == every.text(path), "\(path)") }
        #expect(one.text("C-42/all.md")?.contains("Walked on 2025-06-01.") == true)
    }

    @Test("a client sharing the report folder is read too, so its clash is the client's error")
    func folderMates() throws {
        let source = InMemoryNoteSource(texts: ["a.md": Self.note("client: C-42", "2025-06-01"), "b.md": Self.note("client: c-42", "2025-06-02"),
                                                "c.md": Self.note("client: X-7", "2025-06-03")])
        let one = try Caseload.read(from: source, only: "C-42")
        #expect(one.clients.isEmpty)
        #expect(one.diagnostics.map { $0.path } == ["a.md", "b.md"])
    }
}

/// A small seeded generator (SplitMix64), so the generated front matters are the same on every run.
private struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func below(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
