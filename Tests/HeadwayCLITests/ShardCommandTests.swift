import Foundation
import Testing

/// `batch --shard K/N`, `batch --clients-from` and `headway merge`: parts run as separate processes of
/// the built binary, merged, give the very tree of one unsharded batch.
@Suite("headway batch --shard, --clients-from, and headway merge")
struct ShardCommandTests {
    static let options = ["--by-month", "--format", "md,html,json,csv"]
    /// The inherited environment with a fixed SOURCE_DATE_EPOCH, so that separate runs write the same bytes.
    static let environment = ProcessInfo.processInfo.environment.merging(["SOURCE_DATE_EPOCH": "1767225600"]) { $1 }

    static func headway(_ arguments: [String], in scratch: Scratch) throws -> RunResult {
        try headway(arguments, in: scratch.url)
    }

    static func headway(_ arguments: [String], in folder: URL) throws -> RunResult {
        try Headway.run(arguments, in: folder, timeout: 120, environment: environment)
    }

    /// Runs `arguments` once per shard K/`count`, all at once, in separate processes; results by K.
    static func shards(_ count: Int, in scratch: Scratch, _ arguments: @Sendable (Int) -> [String]) throws -> [RunResult] {
        let results = Results(count)
        let folder = scratch.url
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.set(index, Result { try headway(arguments(index + 1) + ["--shard", "\(index + 1)/\(count)"], in: folder) })
        }
        return try results.values.map { try $0.get() }
    }

    /// The diagnostics of a run's standard error, without its summary line.
    static func diagnostics(_ result: RunResult) -> [String] {
        result.stderrLines.filter { !$0.hasPrefix("headway: ") }
    }

    @Test("Samples: 4 shards in 4 output folders, merged into the first, make the tree of one batch; the merge removes the partial indexes")
    func samplesInSeparateFolders() throws {
        let scratch = try Scratch("shards")
        let notes = Headway.repoRoot.appendingPathComponent("Samples/notes").path
        let full = try Self.headway(["batch", notes, "-o", scratch.path("full")] + Self.options, in: scratch)
        #expect(full.status == 0, "\(full)")
        let root = scratch.path("part-")
        let parts = try Self.shards(4, in: scratch) { ["batch", notes, "-o", root + "\($0)"] + Self.options }
        for part in parts { #expect(part.status == 0, "\(part)") }
        #expect(try Tree.files(scratch.url.appendingPathComponent("part-2")) == [".headway/shard-2-of-4.json"], "an empty shard writes only its partial index")
        let merge = try Self.headway(["merge"] + (1...4).map { scratch.path("part-\($0)") }, in: scratch)
        #expect(merge.status == 0, "\(merge)")
        #expect(merge.stderrLines == ["headway: merged 4 parts: 3 clients, 9 reports"])
        let merged = try Tree.snapshot(scratch.url.appendingPathComponent("part-1"))
        #expect(merged == (try Tree.snapshot(scratch.url.appendingPathComponent("full"))))
        #expect(merged["index.html"] != nil && merged[".headway"] == nil)
        #expect(merged["scores.csv"] != nil && merged["ratings.csv"] != nil && merged["goals.csv"] != nil, "the merge writes the CSV tables")
        #expect(Tree.exists(scratch.path("part-2/.headway/shard-2-of-4.json")), "the other folders are left as they are")
    }

    @Test("a generated caseload with errors: 4 shards at once into one folder, merged, make the tree, diagnostics and status of one batch")
    func generatedCaseloadInOneFolder() throws {
        let scratch = try Scratch("shards")
        let notes = try scratch.folder("notes")
        try GeneratedCaseload.write(into: notes, clients: 60)
        // Files a shard must place exactly, since it parses only its clients' report folders: an id that
        // clashes with C-001's folder, a near miss naming an id that clashes with C-002's, a note whose
        // client only a parse tells (a quote and a letter that is not ASCII before `client:`), and a file of no client.
        let extras = [
            "clash/c-001.md": "---\nclient: c-001\ndate: 2026-01-07\n---\n",
            "misc/c-002 call.txt": "---\nclient: c-002\ndate: 2026-01-08\n---\n",
            "misc/zoe.md": "---\ntitle: \"Zoë\"\nclient: C-003\ndate: 2026-01-09\nsession: first\n---\nTalked about the week.\n",
            "misc/no-client.md": "---\ndate: 2026-01-10\n---\n",
        ]
        for (path, text) in extras {
            let file = notes.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        let full = try Self.headway(["batch", notes.path, "-o", scratch.path("full")] + Self.options, in: scratch)
        for path in extras.keys { #expect(full.stderr.contains(path), "\(path) has a diagnostic to place: \(full)") }
        #expect(full.status == 1, "\(full)")
        let arguments = ["batch", notes.path, "-o", scratch.path("out")] + Self.options
        let parts = try Self.shards(4, in: scratch) { _ in arguments }
        #expect(parts.map(\.status).max() == 1, "\(parts)")
        #expect(parts.flatMap(Self.diagnostics).sorted() == Self.diagnostics(full).sorted(), "each diagnostic is printed by exactly one shard")
        let merge = try Self.headway(["merge", scratch.path("out")], in: scratch)
        #expect(merge.status == 1, "the highest status of the shards: \(merge)")
        let out = scratch.url.appendingPathComponent("out")
        #expect(try Tree.snapshot(out) == (try Tree.snapshot(scratch.url.appendingPathComponent("full"))))
        let index = try Tree.text(out, "index.md")
        #expect(index.contains("Z-ONLY-ERRORS"), "a client with errors and no valid note is in the index, from its hash's shard")
        #expect(index.contains("Harbour Clinic"))
        #expect(try Tree.text(out, "scores.csv").components(separatedBy: "\r\n").count > 60, "every shard's clients' scores are in the merged table")
        #expect(index.contains("| Finished episodes | 15 | |"), "the merged index sums the shards' finished episodes")

        // A shard looks for stale reports in its own clients' folders only: every other report stays.
        let before = try Tree.snapshot(out)
        let again = try Self.headway(["batch", notes.path, "-o", out.path, "--prune", "--shard", "2/4"] + Self.options, in: scratch)
        #expect(!again.stderr.contains("stale"), "\(again)")
        #expect(try Tree.snapshot(out).filter { $0.key.hasPrefix(".headway") == false } == before)
    }

    @Test("the clinician's and the client's version sharded into one folder merge into their own indexes, as two batches write them")
    func bothAudiences() throws {
        let scratch = try Scratch("shards")
        let notes = Headway.repoRoot.appendingPathComponent("Samples/notes").path
        for audience in ["clinician", "client"] {
            #expect(try Self.headway(["batch", notes, "-o", scratch.path("full"), "--audience", audience, "-q"], in: scratch).status == 0)
            for shard in ["1/2", "2/2"] {
                #expect(try Self.headway(["batch", notes, "-o", scratch.path("out"), "--audience", audience, "--shard", shard, "-q"], in: scratch).status == 0)
            }
        }
        #expect(Tree.exists(scratch.path("out/.headway/shard-2-of-2.client.json")))
        let merge = try Self.headway(["merge", scratch.path("out")], in: scratch)
        #expect(merge.stderrLines == ["headway: merged 2 parts: 3 clients, 3 reports", "headway: merged 2 parts (the client's version): 3 clients, 3 reports"], "\(merge)")
        #expect(try Tree.snapshot(scratch.url.appendingPathComponent("out")) == (try Tree.snapshot(scratch.url.appendingPathComponent("full"))))
    }

    @Test("a partial index naming a file outside its client's folder copies nothing of it: an error, status 1")
    func foreignPath() throws {
        let scratch = try Scratch("shards")
        let notes = Headway.repoRoot.appendingPathComponent("Samples/notes").path
        for shard in ["1/2", "2/2"] {
            #expect(try Self.headway(["batch", notes, "-o", scratch.path("out-\(shard.prefix(1))"), "--shard", shard, "-q"], in: scratch).status == 0)
        }
        // Every sample client is in shard 1 of 2: its folder is the one copied from.
        try "secret".write(toFile: scratch.path("out-1/secret.md"), atomically: true, encoding: .utf8)
        let partial = scratch.path("out-1/.headway/shard-1-of-2.json")
        let text = try String(contentsOfFile: partial, encoding: .utf8)
        let client = try #require(text.range(of: #""C-[0-9]+/[^"]+\.md""#, options: .regularExpression))
        try text.replacingCharacters(in: client, with: "\"../out-1/secret.md\"").write(toFile: partial, atomically: true, encoding: .utf8)
        let merge = try Self.headway(["merge", scratch.path("out-2"), scratch.path("out-1")], in: scratch)
        #expect(merge.status == 1, "\(merge)")
        #expect(merge.stderr.contains("/../out-1/secret.md: error: not copied: not a report file of client "), "\(merge)")
        #expect(try !Tree.files(scratch.url).contains { $0.hasSuffix("secret.md") && !$0.hasPrefix("out-1/") })
    }

    @Test("a missing or repeated shard, and shards of other options, are refused by name; nothing is written")
    func refusals() throws {
        let scratch = try Scratch("shards")
        let notes = Headway.repoRoot.appendingPathComponent("Samples/notes").path
        for number in [1, 2, 4] {
            let part = try Self.headway(["batch", notes, "-o", scratch.path("out"), "--shard", "\(number)/4", "-q"], in: scratch)
            #expect(part.status == 0, "\(part)")
        }
        let missing = try Self.headway(["merge", scratch.path("out")], in: scratch)
        #expect(missing.status == 2)
        #expect(missing.stderrLines == ["\(scratch.path("out")): error: missing: shard 3 of 4 (.headway/shard-3-of-4.json); name every shard's output folder, or run the missing shards"])
        #expect(!Tree.exists(scratch.path("out/index.md")))

        _ = try Self.headway(["batch", notes, "-o", scratch.path("again"), "--shard", "2/4", "-q"], in: scratch)
        let twice = try Self.headway(["merge", scratch.path("out"), scratch.path("again")], in: scratch)
        #expect(twice.status == 2)
        #expect(twice.stderr.contains("again/.headway/shard-2-of-4.json: error: shard 2 of 4 is here twice: also "), "\(twice)")

        _ = try Self.headway(["batch", notes, "-o", scratch.path("other"), "--shard", "3/4", "--format", "md", "-q"], in: scratch)
        let mixed = try Self.headway(["merge", scratch.path("out"), scratch.path("other")], in: scratch)
        #expect(mixed.status == 2)
        #expect(mixed.stderr.contains("other/.headway/shard-3-of-4.json: error: written by a batch with other options than "), "\(mixed)")

        // A shard parses only its clients' notes, but it lists every file: one note fewer, of any client, is another caseload.
        let fewerNotes = scratch.url.appendingPathComponent("fewer-notes")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: notes), to: fewerNotes)
        try FileManager.default.removeItem(at: fewerNotes.appendingPathComponent("C-0142/2026-09-09.md"))
        let third = try Self.headway(["batch", fewerNotes.path, "-o", scratch.path("fewer"), "--shard", "3/4", "-q"], in: scratch)
        #expect(third.status == 0, "\(third)")
        let fewer = try Self.headway(["merge", scratch.path("out"), scratch.path("fewer")], in: scratch)
        #expect(fewer.status == 2)
        #expect(fewer.stderr.contains("fewer/.headway/shard-3-of-4.json: error: read other files than "), "\(fewer)")
        #expect(!Tree.exists(scratch.path("out/index.md")))

        let templates = try scratch.folder("templates")
        let noIndex = try Self.headway(["merge", scratch.path("other"), "--templates", templates.path], in: scratch)
        #expect(noIndex.stderr.contains("error: written with other templates than this merge's"), "\(noIndex)")
        #expect(try Self.headway(["merge", templates.path], in: scratch).stderr.contains("no partial index"))
        #expect(try Self.headway(["batch", notes, "--shard", "5/4"], in: scratch).status == 2)
    }

    @Test("--clients-from a file and from standard input: only those clients; an unknown id is an error at its line; the lists merge into the batch")
    func clientsFrom() throws {
        let scratch = try Scratch("shards")
        let notes = Headway.repoRoot.appendingPathComponent("Samples/notes").path
        let list = scratch.path("ids.txt")
        try "C-0142  \n\nc0305\nC-0217\n".write(toFile: list, atomically: true, encoding: .utf8)
        let listed = try Self.headway(["batch", notes, "-o", scratch.path("listed"), "--clients-from", list, "-q"] + Self.options, in: scratch)
        #expect(listed.status == 1, "\(listed)")
        #expect(listed.stderrLines.last == "\(list):3: error: no note or plan has client id 'c0305' (did you mean 'C-0305'?): the other listed clients are processed")
        let files = try Tree.files(scratch.url.appendingPathComponent("listed"))
        #expect(files.contains("C-0142/2026-09.md") && files.contains("C-0217/2026-09.md") && !files.contains { $0.hasPrefix("C-0305") })
        #expect(files.filter { $0.hasPrefix(".headway/") }.count == 1 && !files.contains("index.md"))

        try "C-0142\nC-0217\n".write(toFile: list, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: scratch.path("listed"))
        #expect(try Self.headway(["batch", notes, "-o", scratch.path("listed"), "--clients-from", list, "-q"] + Self.options, in: scratch).status == 0)
        let piped = try Program.run("/bin/sh", ["-c", "printf 'C-0305\\n' | \"$0\" batch \"$1\" -o \"$2\" --clients-from - -q --by-month --format md,html,json,csv",
                                                try Headway.binary().path, notes, scratch.path("piped")], in: scratch.url, environment: Self.environment)
        #expect(piped.status == 0, "\(piped)")
        #expect(try Tree.files(scratch.url.appendingPathComponent("piped")).contains("C-0305/2026-09.md"))

        let early = try Self.headway(["merge", scratch.path("piped")], in: scratch)
        #expect(early.stderr.contains("the parts cover 1 of the caseload's 3 clients"), "\(early)")
        let merge = try Self.headway(["merge", scratch.path("listed"), scratch.path("piped")], in: scratch)
        #expect(merge.status == 0, "\(merge)")
        #expect(try Self.headway(["batch", notes, "-o", scratch.path("full"), "-q"] + Self.options, in: scratch).status == 0)
        #expect(try Tree.snapshot(scratch.url.appendingPathComponent("listed")) == (try Tree.snapshot(scratch.url.appendingPathComponent("full"))))
    }
}

/// The results of concurrent runs, by index.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<RunResult, any Error>?]

    init(_ count: Int) { results = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<RunResult, any Error>) { lock.withLock { results[index] = result } }

    var values: [Result<RunResult, any Error>] { lock.withLock { results.map { $0 ?? .failure(BinaryError.notFound([])) } } }
}
