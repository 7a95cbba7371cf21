import Testing
import Yams
@testable import HeadwayKit

/// The nesting pre-check refuses absurd nesting before Yams sees it, and never refuses valid YAML whose
/// brackets or indentation are text (quoted strings, comments, block scalars).
@Suite struct YAMLBoundsTests {
    private let deep = String(repeating: "[", count: 70) + String(repeating: "]", count: 70)

    private func note(_ yaml: String) -> ParsedFile {
        NoteParser().parse(path: "n.md", bytes: Array("---\nclient: C-1\ndate: 2026-10-07\n\(yaml)---\n".utf8))
    }

    /// A list nested `levels` deep around the scalar `leaf`.
    private func chain(_ levels: Int, around leaf: String) -> Node {
        (0..<levels).reduce(Node(leaf)) { inner, _ in Node([inner]) }
    }

    /// The scalar innermost in `node`, through first items.
    private func leaf(of node: Node) -> String? {
        if case .sequence(let items) = node, let first = items.first { return leaf(of: first) }
        return node.scalar?.string
    }

    @Test func theTooDeepNodeReportedIsInTheLastPairAndItsValueBeforeItsKey() throws {
        let root = Node([(Node("a"), chain(70, around: "first")), (chain(70, around: "key"), chain(70, around: "value"))])
        let problem = try #require(YAMLBounds.sizeProblem(in: root))
        #expect(problem.message == "front matter nests deeper than 64 levels")
        #expect(leaf(of: problem.node) == "value")
        #expect(problem.node == chain(70 - 63, around: "value"))
    }

    @Test func theTooDeepNodeReportedIsInTheLastItem() throws {
        let problem = try #require(YAMLBounds.sizeProblem(in: Node([chain(70, around: "first"), chain(66, around: "last")])))
        #expect(leaf(of: problem.node) == "last")
    }

    @Test func sixtyFourLevelsAreAccepted() {
        #expect(YAMLBounds.sizeProblem(in: chain(63, around: "x")) == nil)
        #expect(YAMLBounds.sizeProblem(in: chain(64, around: "x"))?.node == Node("x"))
    }

    @Test func bracketsInsideQuotedStringsAreText() {
        #expect(YAMLBounds.nestingProblem(in: "clinician: \"\(deep)\"\n") == nil)
        #expect(YAMLBounds.nestingProblem(in: "clinician: '\(deep) it''s {{{'\n") == nil)
        #expect(YAMLBounds.nestingProblem(in: "modality: [\"\(deep)\", '\(deep)']\n") == nil)
        let parsed = note("clinician: \"\(deep)\"\n")
        #expect(parsed.diagnostics.isEmpty)
        guard case .note(let session) = parsed.content else { Issue.record("not a note"); return }
        #expect(session.clinician == deep)
    }

    @Test func bracketsInCommentsAndPlainTextAreText() {
        #expect(YAMLBounds.nestingProblem(in: "clinician: A. Rivera # \(deep)\n") == nil)
        #expect(YAMLBounds.nestingProblem(in: "clinician: A [[[ Rivera\nx: 1\n") == nil)
    }

    @Test func deepBlockScalarsAreText() {
        let text = (1...80).map { String(repeating: "  ", count: $0) + "- " + String(repeating: "- ", count: 70) + "[[[[ \($0)" }
        let yaml = "clinician: |\n" + text.joined(separator: "\n") + "\n\nclient-name: >-\n" + String(repeating: " ", count: 700) + "far\n"
        #expect(YAMLBounds.nestingProblem(in: yaml) == nil)
        let parsed = note("clinician: |\n  \(deep)\n\n" + String(repeating: " ", count: 600) + "indented\n")
        #expect(parsed.diagnostics.isEmpty)
        #expect(YAMLBounds.nestingProblem(in: "goals:\n  - id: g\n    statement: |\n      \(deep)\n    progress: 3\n") == nil)
    }

    @Test func nestingAfterABlockScalarIsStillCounted() {
        #expect(YAMLBounds.nestingProblem(in: "a: |\n  text\nb: \(deep)\n")?.line == 3)
        // The block scalar of an inner entry ends at that entry's own indentation.
        #expect(YAMLBounds.nestingProblem(in: "- - |\n    text\n  - \(deep)\n")?.line == 3)
    }

    @Test func quotesThatAreNotClosedOnTheirLineDoNotHideNesting() {
        #expect(YAMLBounds.nestingProblem(in: "a: x\n  \"\nb: \(deep)\n")?.line == 3)
        #expect(YAMLBounds.nestingProblem(in: "a: don't\nb: \(deep)\n")?.line == 2)
    }

    @Test func nestingBehindTagsAnchorsAndDocumentMarkersIsCounted() {
        #expect(YAMLBounds.nestingProblem(in: "a: !!seq \(deep)\n")?.line == 1)
        #expect(YAMLBounds.nestingProblem(in: "a: &x \(deep)\n")?.line == 1)
        #expect(YAMLBounds.nestingProblem(in: "--- \(deep)\n")?.line == 1)
        let problem = YAMLBounds.nestingProblem(in: "a: 1\n\(deep)\n", document: "the configuration")
        #expect(problem?.line == 2 && problem?.message == "the configuration nests deeper than 64 levels")
    }

    @Test("token soup never traps the pre-check or the configuration parser")
    func tokenSoupDoesNotCrash() {
        let tokens = ["[", "]", "{", "}", "\"", "'", "|", ">-", "- ", " ", "  ", "\n", "\r\n", "# ", ":", ": ", "!!seq ", "&a ", "*a",
                      "a", "\\", "---", "...", ",", "?", "\t", "instruments", "range", "exclude", "é"]
        var generator = SplitMix(seed: 42)
        for _ in 0..<3_000 {
            let count = Int(generator.next() % 120)
            let text = (0..<count).map { _ in tokens[Int(generator.next() % UInt64(tokens.count))] }.joined()
            _ = YAMLBounds.nestingProblem(in: text)
            _ = ConfigurationParser.parse(text, path: "c.yml")
        }
    }
}

/// A small seeded generator, so a failing input can be found again.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
