import Testing
@testable import HeadwayKit

/// Lists of text (`modality`, a plan goal's `objectives` and `interventions`): a bad item drops only
/// itself, with an error at its line; an empty item holds nothing and is passed over.
@Suite("Lists of text")
struct TextListTests {
    private func note(_ yaml: String) -> ParsedFile {
        NoteParser().parse(path: "C-1/a.md", bytes: Array("---\nclient: C-1\ndate: 2026-10-07\n\(yaml)\n---\n".utf8))
    }

    private func modality(_ parsed: ParsedFile) -> [String]? {
        if case .note(let note) = parsed.content { return note.modality }
        return nil
    }

    @Test("an empty item is passed over, the others kept")
    func emptyItem() {
        let parsed = note("modality: [CBT, ~, DBT]")
        #expect(modality(parsed) == ["CBT", "DBT"])
        #expect(parsed.diagnostics.isEmpty)
    }

    @Test("an item that is not text is an error at its line; the other items are kept")
    func badItem() {
        let parsed = note("modality:\n  - CBT\n  - { kind: DBT }\n  - ACT")
        #expect(modality(parsed) == ["CBT", "ACT"])
        #expect(parsed.diagnostics.map(\.formatted) == ["C-1/a.md:6: error: 'modality' must be text, not a mapping: this item is left out"])
    }

    @Test("a plan goal's objectives keep their good items")
    func objectives() {
        let text = "---\ntype: plan\nclient: C-1\nstart: 2026-09-01\ngoals:\n  - { id: walk, objectives: [Plan walks, ~, [x], Log walks] }\n---\n"
        let parsed = NoteParser().parse(path: "C-1/plan.md", bytes: Array(text.utf8))
        guard case .plan(let plan) = parsed.content else { Issue.record("not a plan"); return }
        #expect(plan.goals.first?.objectives == ["Plan walks", "Log walks"])
        #expect(parsed.diagnostics.count == 1)
    }
}
