import Testing
import Yams
@testable import HeadwayKit

/// `Node.value(forKey:)` finds the keys Yams' own `mapping?[key]` finds, in documents composed as notes are.
@Suite struct NodeKeysTests {
    private func root(_ yaml: String) throws -> Node {
        try #require(try Yams.compose(yaml: yaml, .basic, Constructor(), .utf8))
    }

    @Test("the same value as Yams' subscript, for every way of writing a key", arguments: [
        "date: 2026-10-07\nclient: C-1\n",
        "'date': 2026-10-07\n",
        "\"date\": x\n",
        "!!str date: x\n",
        "! date: x\n",
        "!!int date: x\n",
        "!local date: x\n",
        "? [date]\n: x\ndate: y\n",
        "? {date: 1}\n: x\n",
        "dates: x\nDate: y\n",
        "a: &k date\n*k : x\n",
        "client: C-1\n",
    ])
    func matchesTheSubscript(yaml: String) throws {
        let root = try root(yaml)
        #expect(root.value(forKey: "date") == root.mapping?["date"])
    }

    @Test func nothingInAScalarOrAList() throws {
        #expect(try root("date").value(forKey: "date") == nil)
        #expect(try root("- date: x\n").value(forKey: "date") == nil)
    }
}
