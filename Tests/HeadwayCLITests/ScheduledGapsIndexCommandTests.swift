import Foundation
import Testing

/// `headway batch` on a folder whose headway.yml asks for GAD-7 every 2 sessions and one session misses
/// it: the index lists the client under Needs attention, in md, html and json, and sharded batches
/// merge into the same index.
@Suite("the batch index lists scheduled-measure gaps")
struct ScheduledGapsIndexCommandTests {
    static let reason = "GAD-7 due by measure-every and missing at 1 of the last 3 attended sessions"

    @Test("index.md, index.html and index.json name the gap check warns about")
    func batch() throws {
        let scratch = try Scratch("gaps-index")
        let out = scratch.url.appendingPathComponent("out")
        let result = try Headway.run(["batch", try Headway.fixture("gaps-scheduled").path, "-o", out.path, "--format", "md,html,json"], in: scratch.url)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.contains("C-0011/2026-01-19.md:3: warning: attended session without GAD-7"))
        #expect(try Tree.text(out, "index.md").contains("## Needs attention\n\n- [C-0011](C-0011/all.md): \(Self.reason)\n"))
        #expect(try Tree.text(out, "index.html").contains("<a href=\"C-0011/all.html\">C-0011</a>: <span class=\"attention\">\(Self.reason)</span>"))
        let clients = try #require(try jsonObject(out, "index.json")["clients"] as? [[String: Any]])
        let attention = try #require(clients.first?["attention"] as? [[String: Any]])
        #expect(attention.count == 1)
        #expect(attention.first?["reason"] as? String == "missing-scheduled-measure")
        #expect(attention.first?["instrument"] as? String == "GAD-7")
        #expect(attention.first?["missing"] as? Int == 1)
        #expect(attention.first?["sessions"] as? Int == 3)
    }

    @Test("two shards merged write the index one batch writes, reason included")
    func shards() throws {
        let scratch = try Scratch("gaps-index")
        let notes = try Headway.fixture("gaps-scheduled").path
        let options = ["--format", "md,json"]
        #expect(try ShardCommandTests.headway(["batch", notes, "-o", scratch.path("full")] + options, in: scratch).status == 0)
        for shard in ["1/2", "2/2"] {
            #expect(try ShardCommandTests.headway(["batch", notes, "-o", scratch.path("out"), "--shard", shard, "-q"] + options, in: scratch).status == 0)
        }
        let merge = try ShardCommandTests.headway(["merge", scratch.path("out")], in: scratch)
        #expect(merge.status == 0, "\(merge)")
        let out = scratch.url.appendingPathComponent("out")
        #expect(try Tree.snapshot(out) == (try Tree.snapshot(scratch.url.appendingPathComponent("full"))))
        #expect(try Tree.text(out, "index.md").contains(Self.reason))
    }
}
