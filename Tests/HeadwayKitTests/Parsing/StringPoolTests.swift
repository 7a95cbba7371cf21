@testable import HeadwayKit
import Testing

/// The repeated texts of the notes one parser reads are held once (`StringPool`, `SessionNote.intern(in:)`).
@Suite("string pool")
struct StringPoolTests {
    /// Where a string's UTF-8 bytes are stored.
    private func storage(_ string: String) -> UnsafeRawPointer? {
        var string = string
        return string.withUTF8 { UnsafeRawPointer($0.baseAddress) }
    }

    private func note(_ date: String) -> String {
        """
        ---
        client: C-0001
        date: \(date)
        clinician: Dr. Adaeze Okafor-Williams
        goals:
          - id: sleep-routine-goal
            area: sleep-and-routines
            statement: Sleep seven hours on five nights of seven
        ---
        Body.
        """
    }

    @Test("two notes of one parser share their goal's wording, area and id and their clinician's name; the values are unchanged")
    func notesShareRepeatedTexts() throws {
        let parser = NoteParser()
        let notes = try ["2026-10-06", "2026-10-13"].map { date in
            let parsed = parser.parse(path: "C-0001/\(date).md", bytes: Array(note(date).utf8))
            guard case .note(let note) = parsed.content else { throw Failure.notANote(parsed.diagnostics) }
            return note
        }
        let goals = notes.map { $0.goals[0] }
        #expect(goals.map(\.statement) == ["Sleep seven hours on five nights of seven", "Sleep seven hours on five nights of seven"])
        #expect(goals.map(\.area) == ["sleep-and-routines", "sleep-and-routines"])
        #expect(notes.map(\.clinician) == ["Dr. Adaeze Okafor-Williams", "Dr. Adaeze Okafor-Williams"])
        #expect(storage(goals[0].statement!) == storage(goals[1].statement!))
        #expect(storage(goals[0].area!) == storage(goals[1].area!))
        #expect(storage(goals[0].id) == storage(goals[1].id))
        #expect(storage(notes[0].clinician!) == storage(notes[1].clinician!))
        #expect(storage(notes[0].path) != storage(notes[1].path))
    }

    @Test("a short string (stored inside its value) and a long one come back equal")
    func internKeepsValues() {
        let pool = StringPool()
        #expect(pool.intern("phq-9") == "phq-9")
        let long = String(repeating: "wording ", count: 4)
        #expect(pool.intern(long) == long)
        #expect(storage(pool.intern(String(repeating: "wording ", count: 4))) == storage(pool.intern(long)))
    }

    enum Failure: Error {
        case notANote([Diagnostic])
    }
}
