import Foundation
import Testing
@testable import HeadwayKit

/// What a parsed file turned out to be, comparable in expectations.
private enum Outcome: Equatable {
    case note, plan, review, discharge, skipped, rejected
}

private extension ParsedFile {
    var outcome: Outcome {
        switch content {
        case .note: return .note
        case .plan: return .plan
        case .review: return .review
        case .discharge: return .discharge
        case .skipped: return .skipped
        case .rejected: return .rejected
        }
    }

    var parsedNote: SessionNote? {
        if case .note(let note) = content { return note }
        return nil
    }

    var parsedPlan: TreatmentPlan? {
        if case .plan(let plan) = content { return plan }
        return nil
    }

    /// Every diagnostic as printed, sorted by path then line.
    var printed: [String] { diagnostics.sorted().map(\.formatted) }
}

/// `client` on line 2 and `date` on line 3 of the file; what follows starts on line 4.
private let header = "client: C-1\ndate: 2026-10-07\n"

private func file(_ yaml: String, body: String = "") -> String {
    "---\n" + yaml + "---\n" + body
}

private func parse(_ text: String, path: String = "bad.md", declaredAreas: [String: String] = [:]) -> ParsedFile {
    var configuration = Configuration()
    configuration.areas = declaredAreas
    return NoteParser(configuration: configuration).parse(path: path, bytes: Array(text.utf8))
}

/// Parses a note made of the standard header followed by `yaml` (which starts on file line 4).
private func parseNote(_ yaml: String, path: String = "bad.md") -> ParsedFile {
    parse(file(header + yaml), path: path)
}

/// A goal entry opened on line 5 whose extra `field` sits on line 7.
private func goalWith(_ field: String) -> String {
    "goals:\n  - id: g\n    statement: S\n    \(field)\n"
}

// MARK: - Valid notes

@Suite struct NoteParserValidNoteTests {
    static let fullNote = """
        ---
        client: C-0142
        date: 2026-10-07
        session: 12
        clinician: A. Rivera
        client-name: Jordan M.
        attendance: attended
        modality: [CBT, DBT]
        goals:
          - coping-skills
          - id: paced-breathing
            area: coping-skills
            statement: Use paced breathing when anxiety is above 6/10, on 4 of 7 days
            progress: 6.5
            gas: 0
            weight: 1.5
            status: active
            revised:
              from: Feel calmer
              reason: Made it measurable with the client
          - id: reconnect
            area: Supportive Relationships
            statement: Call one friend a week
            revised: Client asked for a smaller step
        measures:
          phq9: { score: 14, item9: 1 }
          GAD-7: { score: 9 }
          Mood: 6.5
        milestones:
          - Used *paced breathing* before a job interview
          - { text: "Called an old friend #relationships", goal: reconnect }
        ---
        ## Coping skills

        Practised breathing twice a day.

        """

    @Test func decodesEveryField() throws {
        let parsed = parse(Self.fullNote, path: "C-0142/2026-10-07.md")
        #expect(parsed.printed == [])
        #expect(parsed.path == "C-0142/2026-10-07.md")
        let note = try #require(parsed.parsedNote)
        #expect(note.path == "C-0142/2026-10-07.md")
        #expect(note.client == "C-0142")
        #expect(note.date == Day(iso: "2026-10-07"))
        #expect(note.session == 12)
        #expect(note.clinician == "A. Rivera")
        #expect(note.clientName == "Jordan M.")
        #expect(note.attendance == .attended)
        #expect(note.modality == ["CBT", "DBT"])
        #expect(note.areas == ["coping-skills"])
        #expect(note.goals == [
            GoalEntry(id: "paced-breathing", area: "coping-skills",
                      statement: "Use paced breathing when anxiety is above 6/10, on 4 of 7 days",
                      progress: 6.5, gas: 0, weight: 1.5, status: .active,
                      revised: RevisionNote(from: "Feel calmer", reason: "Made it measurable with the client", line: 19),
                      line: 11),
            GoalEntry(id: "reconnect", area: "relationships", statement: "Call one friend a week",
                      progress: nil, gas: nil, weight: nil, status: nil,
                      revised: RevisionNote(from: nil, reason: "Client asked for a smaller step", line: 24),
                      line: 21),
        ])
        #expect(note.measures == [
            MeasureEntry(instrument: "PHQ-9", score: 14, item9: 1, line: 26),
            MeasureEntry(instrument: "GAD-7", score: 9, item9: nil, line: 27),
            MeasureEntry(instrument: "Mood", score: 6.5, item9: nil, line: 28),
        ])
        #expect(note.milestones == [
            MilestoneEntry(text: "Used *paced breathing* before a job interview", goal: nil, line: 30,
                           content: RenderedText(html: "Used <em>paced breathing</em> before a job interview",
                                                 text: "Used paced breathing before a job interview"),
                           tag: nil),
            MilestoneEntry(text: "Called an old friend #relationships", goal: "reconnect", line: 31,
                           content: RenderedText(html: "Called an old friend #relationships",
                                                 text: "Called an old friend #relationships"),
                           tag: "relationships"),
        ])
        #expect(note.body.sections == [
            BodySection(title: "Coping skills", level: 2, line: 33,
                        content: RenderedText(html: "Practised breathing twice a day.",
                                              text: "Practised breathing twice a day.")),
        ])
    }

    @Test func minimalNoteTakesDefaults() throws {
        let parsed = parse(file(header))
        #expect(parsed.printed == [])
        let note = try #require(parsed.parsedNote)
        #expect(note.session == nil)
        #expect(note.clinician == nil)
        #expect(note.clientName == nil)
        #expect(note.attendance == .attended)
        #expect(note.modality == [])
        #expect(note.areas == [])
        #expect(note.goals == [])
        #expect(note.measures == [])
        #expect(note.milestones == [])
        #expect(note.body == NoteBody())
    }

    @Test func explicitSessionTypeAndNullValues() throws {
        let parsed = parse(file("type: session\n" + header + "session: ~\nclinician:\nmodality: CBT\n"))
        #expect(parsed.printed == [])
        let note = try #require(parsed.parsedNote)
        #expect(note.session == nil)
        #expect(note.clinician == nil)
        #expect(note.modality == ["CBT"])
    }

    @Test func nullTypeIsASession() {
        #expect(parse(file("type: ~\n" + header)).outcome == .note)
    }

    @Test(arguments: ["2026-10-07", "\"2026-10-07\"", "'2026-10-07'"])
    func datesMayBeQuotedOrNot(date: String) throws {
        let parsed = parse(file("client: C-1\ndate: \(date)\n"))
        #expect(parsed.printed == [])
        #expect(try #require(parsed.parsedNote).date == Day(iso: "2026-10-07"))
    }

    @Test func leapDayIsARealDate() throws {
        let note = try #require(parse(file("client: C-1\ndate: 2024-02-29\n")).parsedNote)
        #expect(note.date.description == "2024-02-29")
    }

    @Test(arguments: ["C-0142", "a", "0142", "x.y_z-1", String(repeating: "A", count: 64)])
    func allowedClientForms(client: String) throws {
        let parsed = parse(file("client: \(client)\ndate: 2026-10-07\n"))
        #expect(parsed.printed == [])
        #expect(try #require(parsed.parsedNote).client == client)
    }

    @Test func clientIsKeptCaseSensitive() throws {
        #expect(try #require(parse(file("client: c-0142\ndate: 2026-10-07\n")).parsedNote).client == "c-0142")
    }

    @Test func areaMayBeATitleInAnyCase() throws {
        let note = try #require(parseNote("goals:\n  - Coping Skills\n  - id: g\n    statement: S\n    area: NEGATIVE THOUGHT PATTERNS\n").parsedNote)
        #expect(note.areas == ["coping-skills"])
        #expect(note.goals.map(\.area) == ["negative-thoughts"])
    }

    @Test func shortFormAreasAreDeduplicated() throws {
        let note = try #require(parseNote("goals: [coping-skills, self-esteem, Coping-Skills]\n").parsedNote)
        #expect(note.areas == ["coping-skills", "self-esteem"])
    }

    @Test func quotedNumbersAreFineWhereTextIsExpected() throws {
        let note = try #require(parseNote("clinician: \"12\"\ngoals:\n  - id: \"7\"\n    statement: \"8\"\n").parsedNote)
        #expect(note.clinician == "12")
        #expect(note.goals.map(\.id) == ["7"])
        #expect(note.goals.map(\.statement) == ["8"])
    }

    @Test func integerProgressAndWeightAreNumbers() throws {
        let note = try #require(parseNote(goalWith("progress: 10") + "    weight: 2\n").parsedNote)
        #expect(note.goals.first?.progress == 10)
        #expect(note.goals.first?.weight == 2)
    }

    @Test func boundaryValuesAreAccepted() throws {
        let parsed = parseNote("""
            session: 1
            goals:
              - id: a
                statement: S
                progress: 0
                gas: -2
                weight: 0.01
              - id: b
                statement: S
                progress: 10.0
                gas: 2
            measures:
              PHQ-9: { score: 27, item9: 3 }
              GAD-7: 0

            """)
        #expect(parsed.printed == [])
        let note = try #require(parsed.parsedNote)
        #expect(note.goals.map(\.progress) == [0, 10])
        #expect(note.goals.map(\.gas) == [-2, 2])
        #expect(note.measures.map(\.score) == [27, 0])
        #expect(note.measures.first?.item9 == 3)
    }

    @Test func everyStatusIsAccepted() throws {
        for status in GoalStatus.allCases {
            let note = try #require(parseNote(goalWith("status: \(status.rawValue)")).parsedNote)
            #expect(note.goals.first?.status == status)
        }
    }

    @Test func smallAliasesAreFine() throws {
        let parsed = parseNote("clinician: &who A. Rivera\nclient-name: *who\n")
        #expect(parsed.printed == [])
        let note = try #require(parsed.parsedNote)
        #expect(note.clinician == "A. Rivera")
        #expect(note.clientName == "A. Rivera")
    }

    @Test func customMeasureAcceptsDecimalsAndMappings() throws {
        let note = try #require(parseNote("measures:\n  Sleep hours: 6.5\n  ORS: { score: 31 }\n").parsedNote)
        #expect(note.measures == [
            MeasureEntry(instrument: "Sleep hours", score: 6.5, item9: nil, line: 5),
            MeasureEntry(instrument: "ORS", score: 31, item9: nil, line: 6),
        ])
    }

    @Test func blockMeasureMappingTakesTheScoreLine() throws {
        let note = try #require(parseNote("measures:\n  PHQ-9:\n    item9: 0\n    score: 12\n").parsedNote)
        #expect(note.measures == [MeasureEntry(instrument: "PHQ-9", score: 12, item9: 0, line: 7)])
    }

    @Test func bodyLinesAreFileLines() throws {
        let note = try #require(parse(file(header, body: "\n# First\n\ntext #sleep\n")).parsedNote)
        #expect(note.body.sections.map(\.line) == [6])
        #expect(note.body.tagged.map(\.line) == [8])
    }

    @Test func crlfAndBOMNoteParses() throws {
        let text = "\u{FEFF}---\r\nclient: C-1\r\ndate: 2026-10-07\r\ngoals:\r\n  - id: g\r\n    statement: S\r\n    progress: 11\r\n---\r\n# Coping skills\r\n"
        let parsed = parse(text)
        #expect(parsed.printed == ["bad.md:7: error: 'progress' must be between 0 and 10, got 11: this rating is left out"])
        let fixed = parse(text.replacingOccurrences(of: "progress: 11", with: "progress: 4"))
        let note = try #require(fixed.parsedNote)
        #expect(note.goals.first?.progress == 4)
        #expect(note.body.sections.map(\.title) == ["Coping skills"])
        #expect(note.body.sections.map(\.line) == [9])
    }

    @Test func diagnosticsAreAttributedToTheFilesClientAndDate() throws {
        let parsed = parseNote(goalWith("progress: 11"))
        let diagnostic = try #require(parsed.diagnostics.first)
        #expect(diagnostic.client == "C-1")
        #expect(diagnostic.date == Day(iso: "2026-10-07"))
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.line == 7)
        #expect(diagnostic.path == "bad.md")
    }

    @Test func diagnosticsOfAFileWithABadClientHaveNoClient() throws {
        let parsed = parse(file("client: ../x\ndate: 2026-10-07\n"))
        let diagnostic = try #require(parsed.diagnostics.first)
        #expect(diagnostic.client == nil)
        #expect(diagnostic.date == Day(iso: "2026-10-07"))
    }
}

// MARK: - Errors of section 5

@Suite struct NoteParserErrorTests {
    /// Asserts that `yaml` (after the header, from line 4) rejects the note with exactly `expected`.
    /// A note with `yaml` after the header: kept with only the bad values dropped (a value error), or rejected.
    private func expectDiagnosed(_ yaml: String, _ expected: [String], outcome: Outcome = .note, sourceLocation: SourceLocation = #_sourceLocation) {
        let parsed = parseNote(yaml)
        #expect(parsed.outcome == outcome, sourceLocation: sourceLocation)
        #expect(parsed.printed == expected, sourceLocation: sourceLocation)
    }

    // MARK: File level

    @Test func nonUTF8LatinOneByte() {
        var bytes = Array("---\nclient: C-1\ndate: 2026-10-07\nclinician: Ren".utf8)
        bytes += [0xE9]  // "é" in Latin-1
        bytes += Array("\n---\n".utf8)
        let parsed = NoteParser().parse(path: "latin1.md", bytes: bytes)
        #expect(parsed.outcome == .rejected)
        #expect(parsed.printed == ["latin1.md:4: error: not UTF-8 text (save the note as UTF-8): the file is left out"])
    }

    @Test func nonUTF8AfterValidMultibyteTextOnTheSameLine() {
        var bytes = Array("---\nclient: C-1\ndate: 2026-10-07\n---\nCafé — ok\nZoë and Zo".utf8)
        bytes += [0xEB, 0x20, 0x21, 0x0A]
        let parsed = NoteParser().parse(path: "n.md", bytes: bytes)
        #expect(parsed.outcome == .rejected)
        #expect(parsed.printed == ["n.md:6: error: not UTF-8 text (save the note as UTF-8): the file is left out"])
    }

    @Test(arguments: [
        ([0xE9] as [UInt8], 1),                       // lone Latin-1 byte at the very end
        ([0x0A, 0x0A, 0xC3, 0x28] as [UInt8], 3),     // bad continuation byte
        ([0x0A, 0xC0, 0xAF] as [UInt8], 2),           // overlong encoding of "/"
        ([0x0A, 0x0A, 0x0A, 0xED, 0xA0, 0x80] as [UInt8], 4), // UTF-16 surrogate
        ([0x0A, 0xFF] as [UInt8], 2),
        ([0x0A, 0xF0, 0x9F, 0x98] as [UInt8], 2),     // truncated 4-byte sequence
    ])
    func nonUTF8LineOfTheFirstBadByte(tail: [UInt8], lineInTail: Int) {
        let bytes = Array("---\nclient: C-1\n".utf8) + tail
        let parsed = NoteParser().parse(path: "x.md", bytes: bytes)
        #expect(parsed.outcome == .rejected)
        #expect(parsed.printed == ["x.md:\(lineInTail + 2): error: not UTF-8 text (save the note as UTF-8): the file is left out"])
    }

    @Test func unclosedFrontMatter() {
        let parsed = parse("---\nclient: C-1\ndate: 2026-10-07\n\nBody\n")
        #expect(parsed.outcome == .rejected)
        #expect(parsed.printed == ["bad.md:1: error: front matter is not closed: no '---' or '...' line after the opening '---': the file is left out"])
    }

    @Test func fileOfOnlyDashesIsUnclosed() {
        let parsed = parse("---\n")
        #expect(parsed.outcome == .rejected)
        #expect(parsed.printed == ["bad.md:1: error: front matter is not closed: no '---' or '...' line after the opening '---': the file is left out"])
    }

    @Test(arguments: ["---\n---\n", "---\n\n...\nBody\n", "---\n# only a comment\n---\n", "---\n~\n---\n"])
    func emptyFrontMatter(text: String) {
        let parsed = parse(text)
        #expect(parsed.outcome == .rejected)
        #expect(parsed.printed == ["bad.md:1: error: front matter is empty: a note needs at least 'client' and 'date': the file is left out"])
    }

    @Test func frontMatterThatIsAList() {
        let parsed = parse(file("- client\n- date\n"))
        #expect(parsed.outcome == .rejected)
        #expect(parsed.printed == ["bad.md:2: error: front matter must be a mapping of keys to values, not a list: the file is left out"])
    }

    @Test func frontMatterThatIsASingleValue() {
        let parsed = parse(file("\njust some words\n"))
        #expect(parsed.outcome == .rejected)
        #expect(parsed.printed == ["bad.md:3: error: front matter must be a mapping of keys to values, not a single value: the file is left out"])
    }

    @Test func yamlSyntaxErrorCarriesTheFileLine() {
        expectDiagnosed("clinician: A: B\n", ["bad.md:4: error: YAML syntax error: mapping values are not allowed in this context: the file is left out"],
                        outcome: .rejected)
    }

    @Test func yamlSyntaxErrorTabIndentation() {
        expectDiagnosed("goals:\n\t- coping-skills\n",
                        ["bad.md:5: error: YAML syntax error: found character that cannot start any token while scanning for the next token: the file is left out"],
                        outcome: .rejected)
    }

    @Test func yamlSyntaxErrorUnclosedFlowList() {
        let parsed = parseNote("modality: [CBT, DBT\nsession: 3\n")
        #expect(parsed.outcome == .rejected)
        #expect(parsed.printed == ["bad.md:5: error: YAML syntax error: did not find expected ',' or ']' while parsing a flow sequence: the file is left out"])
    }

    @Test func duplicateTopLevelKey() {
        let parsed = parseNote("session: 3\ndate: 2026-10-08\n")
        #expect(parsed.outcome == .rejected)
        #expect(parsed.printed == ["bad.md:5: error: YAML syntax error: duplicate key 'date': the file is left out"])
        // What the message says, whatever its line.
        #expect(parsed.diagnostics.map(\.message) == ["YAML syntax error: duplicate key 'date'"])
    }

    @Test func duplicateKeyInsideAGoal() {
        let parsed = parseNote(goalWith("progress: 4") + "    progress: 5\n")
        #expect(parsed.outcome == .rejected)
        #expect(parsed.printed == ["bad.md:8: error: YAML syntax error: duplicate key 'progress': the file is left out"])
        #expect(parsed.diagnostics.map(\.message) == ["YAML syntax error: duplicate key 'progress'"])
    }

    // MARK: Bounds

    /// The time limit guards against a hang: the bound on values stops the expansion early.
    @Test(.timeLimit(.minutes(1)))
    func billionLaughsIsRejected() {
        let yaml = """
            a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
            e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
            f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
            g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
            h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
            i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]

            """
        let parsed = parseNote(yaml, path: "bomb.md")
        #expect(parsed.outcome == .rejected)
        #expect(parsed.printed == ["bomb.md:2: error: front matter expands past 20000 values (are aliases repeating it?): the file is left out"])
    }

    @Test func aliasBombInsideAGoalList() {
        let yaml = """
            x: &x [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
            y: &y [*x, *x, *x, *x, *x, *x, *x, *x, *x, *x]
            z: &z [*y, *y, *y, *y, *y, *y, *y, *y, *y, *y]
            goals: [*z, *z, *z, *z, *z, *z, *z, *z, *z, *z, *z, *z, *z, *z, *z, *z, *z, *z, *z, *z, *z]

            """
        let parsed = parseNote(yaml, path: "bomb.md")
        #expect(parsed.outcome == .rejected)
        #expect(parsed.printed == ["bomb.md:2: error: front matter expands past 20000 values (are aliases repeating it?): the file is left out"])
    }

    /// The time limit guards against a hang; growth with the depth is `scripts/bench --corners`'s "deep nesting" check.
    @Test(.timeLimit(.minutes(1)))
    func deepFlowNestingIsRejectedWithoutCrashing() {
        let depth = 100_000
        let yaml = "goals: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
        let parsed = parseNote(yaml, path: "deep.md")
        #expect(parsed.outcome == .rejected)
        #expect(parsed.printed == ["deep.md:4: error: front matter nests deeper than 64 levels: the file is left out"])
    }

    @Test func deepFlowMappingNesting() {
        let yaml = "modality:\n  x: " + String(repeating: "{a: ", count: 70) + "1" + String(repeating: "}", count: 70) + "\n"
        let parsed = parseNote(yaml, path: "deep.md")
        #expect(parsed.outcome == .rejected)
        #expect(parsed.printed == ["deep.md:5: error: front matter nests deeper than 64 levels: the file is left out"])
    }

    @Test func deepBlockListNesting() {
        let yaml = "goals:\n" + String(repeating: "- ", count: 70) + "x\n"
        let parsed = parseNote(yaml, path: "deep.md")
        #expect(parsed.outcome == .rejected)
        #expect(parsed.printed == ["deep.md:5: error: front matter nests deeper than 64 levels: the file is left out"])
    }

    @Test func deepBlockMappingNesting() {
        // "deep:" on line 4 opens mapping level 2 on line 5; level k starts on line k + 3, so the first
        // mapping deeper than 64 levels (level 65) starts on line 68.
        var yaml = "deep:\n"
        for level in 1...70 { yaml += String(repeating: "  ", count: level) + "l\(level):\n" }
        yaml += String(repeating: "  ", count: 71) + "x: 1\n"
        let parsed = parseNote(yaml, path: "deep.md")
        #expect(parsed.outcome == .rejected)
        #expect(parsed.diagnostics.map(\.message) == ["front matter nests deeper than 64 levels"])
        #expect(parsed.printed == ["deep.md:68: error: front matter nests deeper than 64 levels: the file is left out"])
    }

    @Test func hugeDeepIndentationIsRejectedWithoutCrashing() {
        var yaml = "deep:\n"
        for level in 1...2_000 { yaml += String(repeating: " ", count: level) + "l\(level):\n" }
        let parsed = parseNote(yaml, path: "deep.md")
        #expect(parsed.outcome == .rejected)
        // Indentation past 8 × 64 columns (line 517 here) is refused before Yams' recursive composer runs.
        #expect(parsed.printed == ["deep.md:517: error: front matter nests deeper than 64 levels: the file is left out"])
    }

    // MARK: client and date

    @Test func missingClient() {
        let parsed = parse(file("date: 2026-10-07\n"))
        #expect(parsed.outcome == .rejected)
        #expect(parsed.printed == ["bad.md: error: missing required key 'client': the file is left out"])
    }

    @Test func nullClientIsMissing() {
        let parsed = parse(file("client: ~\ndate: 2026-10-07\n"))
        #expect(parsed.printed == ["bad.md: error: missing required key 'client': the file is left out"])
    }

    @Test func missingDate() {
        let parsed = parse(file("client: C-1\n"))
        #expect(parsed.outcome == .rejected)
        #expect(parsed.printed == ["bad.md: error: missing required key 'date': the file is left out"])
    }

    @Test func missingBoth() {
        let parsed = parse(file("session: 3\n"))
        #expect(parsed.printed == ["bad.md: error: missing required key 'client': the file is left out", "bad.md: error: missing required key 'date': the file is left out"])
    }

    @Test(arguments: ["../x", "-abc", ".hidden", "C/1", "a b", "C-1!", "Çlient", String(repeating: "A", count: 65)])
    func clientOfTheWrongForm(client: String) {
        let parsed = parse(file("client: \"\(client)\"\ndate: 2026-10-07\n"))
        #expect(parsed.outcome == .rejected)
        #expect(parsed.printed == [
            "bad.md:2: error: 'client' must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit; got the quoted text \"\(client.count > 40 ? String(client.prefix(40)) + "…" : client)\": the file is left out",
        ])
    }

    @Test func unquotedDotDotClient() {
        let parsed = parse(file("client: ../x\ndate: 2026-10-07\n"))
        #expect(parsed.printed == ["bad.md:2: error: 'client' must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit; got '../x': the file is left out"])
    }

    @Test func clientThatIsAList() {
        let parsed = parse(file("client: [C-1, C-2]\ndate: 2026-10-07\n"))
        #expect(parsed.printed == ["bad.md:2: error: 'client' must be text, not a list: the file is left out"])
    }

    @Test(arguments: ["2026-02-30", "2026-13-01", "2026-04-31", "2026-10-7", "07/10/2026", "2026-10-07T10:00:00", "2025-02-29", "today"])
    func dateThatIsNotARealDate(date: String) {
        let parsed = parse(file("client: C-1\ndate: \(date)\n"))
        #expect(parsed.outcome == .rejected)
        #expect(parsed.printed == ["bad.md:3: error: 'date' must be a real date written YYYY-MM-DD, got '\(date)': the file is left out"])
    }

    @Test func impossibleQuotedDate() {
        let parsed = parse(file("client: C-1\ndate: \"2026-02-30\"\n"))
        #expect(parsed.printed == ["bad.md:3: error: 'date' must be a real date written YYYY-MM-DD, got the quoted text \"2026-02-30\": the file is left out"])
    }

    @Test func dateThatIsAMapping() {
        let parsed = parse(file("client: C-1\ndate: { year: 2026 }\n"))
        #expect(parsed.printed == ["bad.md:3: error: 'date' must be a real date written YYYY-MM-DD, got a mapping: the file is left out"])
    }

    // MARK: Wrong type or out of range, at the value's line

    @Test(arguments: [
        ("progress: 11", "'progress' must be between 0 and 10, got 11: this rating is left out"),
        ("progress: 10.5", "'progress' must be between 0 and 10, got 10.5: this rating is left out"),
        ("progress: -0.5", "'progress' must be between 0 and 10, got -0.5: this rating is left out"),
        ("progress: \"6\"", "'progress' must be a number, got the quoted text \"6\": this rating is left out"),
        ("progress: '6'", "'progress' must be a number, got the quoted text \"6\": this rating is left out"),
        ("progress: six", "'progress' must be a number, got 'six': this rating is left out"),
        ("progress: true", "'progress' must be a number, got 'true': this rating is left out"),
        ("progress: [6]", "'progress' must be a number, got a list: this rating is left out"),
        ("progress: .nan", "'progress' must be a finite number, got .nan: this rating is left out"),
        ("progress: .NaN", "'progress' must be a finite number, got .NaN: this rating is left out"),
        ("progress: .inf", "'progress' must be a finite number, got .inf: this rating is left out"),
        ("progress: -.inf", "'progress' must be a finite number, got -.inf: this rating is left out"),
        ("gas: 3", "'gas' must be between -2 and 2, got 3: this GAS level is left out"),
        ("gas: -3", "'gas' must be between -2 and 2, got -3: this GAS level is left out"),
        ("gas: 1.0", "'gas' must be a whole number, got '1.0': this GAS level is left out"),
        ("gas: \"1\"", "'gas' must be a whole number, got the quoted text \"1\": this GAS level is left out"),
        ("weight: 0", "'weight' must be greater than 0, got 0: this weight is left out (the plan's weight, else 1, is used)"),
        ("weight: -2.5", "'weight' must be greater than 0, got -2.5: this weight is left out (the plan's weight, else 1, is used)"),
        ("weight: heavy", "'weight' must be a number, got 'heavy': this weight is left out (the plan's weight, else 1, is used)"),
        ("weight: \"2\"", "'weight' must be a number, got the quoted text \"2\": this weight is left out (the plan's weight, else 1, is used)"),
        ("weight: .inf", "'weight' must be a finite number, got .inf: this weight is left out (the plan's weight, else 1, is used)"),
        ("status: done", "'status' must be one of active, met, paused, discontinued, got 'done': this status is left out"),
        ("status: [met]", "'status' must be one of active, met, paused, discontinued, got a list: this status is left out"),
        ("area: [a, b]", "'area' must be text, not a list: this area is left out"),
        ("area: Sleep Hygiene", "'area' must be a goal-area tag in kebab-case (like coping-skills), got 'Sleep Hygiene': this area is left out"),
        ("area: sleep--hygiene", "'area' must be a goal-area tag in kebab-case (like coping-skills), got 'sleep--hygiene': this area is left out"),
        ("revised: [a]", "'revised' must be a reason or a mapping with 'from' and 'reason', not a list: 'revised' is left out"),
        ("revised: { from: [a] }", "'revised.from' must be text, not a list: this revision's earlier wording is left out"),
        ("revised: { reason: { a: b } }", "'revised.reason' must be text, not a mapping: this revision's reason is left out"),
    ] as [(String, String)])
    func goalFieldErrorsCarryTheValuesLine(field: String, message: String) {
        expectDiagnosed(goalWith(field), ["bad.md:7: error: \(message)"])
    }

    @Test(arguments: [
        ("session: 0", "'session' must be at least 1, got 0: the session number is left out"),
        ("session: -4", "'session' must be at least 1, got -4: the session number is left out"),
        ("session: 1.5", "'session' must be a whole number, got '1.5': the session number is left out"),
        ("session: \"12\"", "'session' must be a whole number, got the quoted text \"12\": the session number is left out"),
        ("session: twelve", "'session' must be a whole number, got 'twelve': the session number is left out"),
        ("clinician: [A, B]", "'clinician' must be text, not a list: the clinician's name is left out"),
        ("client-name: { first: J }", "'client-name' must be text, not a mapping: the client's name is left out"),
        ("modality: { a: 1 }", "'modality' must be text, not a mapping: the modality is left out"),
        ("modality: [CBT, [DBT]]", "'modality' must be text, not a list: this item is left out"),
    ] as [(String, String)])
    func topLevelFieldErrorsCarryTheValuesLine(field: String, message: String) {
        expectDiagnosed(field + "\n", ["bad.md:4: error: \(message)"])
    }

    /// The note's meaning depends on its attendance: a bad one is a file error.
    @Test(arguments: [
        ("attendance: late", "'attendance' must be one of attended, cancelled, no-show, got 'late': the file is left out"),
        ("attendance: [attended]", "'attendance' must be one of attended, cancelled, no-show, got a list: the file is left out"),
    ] as [(String, String)])
    func attendanceErrorsRejectTheFile(field: String, message: String) {
        expectDiagnosed(field + "\n", ["bad.md:4: error: \(message)"], outcome: .rejected)
    }

    @Test(arguments: [
        ("PHQ-9: 28", "'PHQ-9 score' must be between 0 and 27, got 28: this score is left out"),
        ("PHQ-9: -1", "'PHQ-9 score' must be between 0 and 27, got -1: this score is left out"),
        ("phq9: 30", "'PHQ-9 score' must be between 0 and 27, got 30: this score is left out"),
        ("GAD-7: 22", "'GAD-7 score' must be between 0 and 21, got 22: this score is left out"),
        ("PHQ-9: 14.5", "'PHQ-9 score' must be a whole number, got '14.5': this score is left out"),
        ("PHQ-9: \"14\"", "'PHQ-9 score' must be a whole number, got the quoted text \"14\": this score is left out"),
        ("GAD-7: .nan", "'GAD-7 score' must be a whole number, got '.nan': this score is left out"),
        ("PHQ-9: { score: 30 }", "'PHQ-9 score' must be between 0 and 27, got 30: this score is left out"),
        ("PHQ-9: { score: 14, item9: 4 }", "'PHQ-9 item9' must be between 0 and 3, got 4: this item-9 answer is left out (no safety flag can be raised from it)"),
        ("PHQ-9: { score: 14, item9: -1 }", "'PHQ-9 item9' must be between 0 and 3, got -1: this item-9 answer is left out (no safety flag can be raised from it)"),
        ("PHQ-9: { score: 14, item9: one }", "'PHQ-9 item9' must be a whole number, got 'one': this item-9 answer is left out (no safety flag can be raised from it)"),
        ("PHQ-9: { score: 14, item9: \"1\" }", "'PHQ-9 item9' must be a whole number, got the quoted text \"1\": this item-9 answer is left out (no safety flag can be raised from it)"),
        ("PHQ-9: { item9: 1 }", "measure 'PHQ-9' has no 'score': this score is left out"),
        ("PHQ-9: [14]", "measure 'PHQ-9' must be a score or a mapping with 'score', not a list: this score is left out"),
        ("Mood: \"7\"", "'Mood' must be a number, got the quoted text \"7\": this value is left out"),
        ("Mood: .nan", "'Mood' must be a finite number, got .nan: this value is left out"),
        ("Mood: high", "'Mood' must be a number, got 'high': this value is left out"),
    ] as [(String, String)])
    func measureErrorsCarryTheValuesLine(entry: String, message: String) {
        expectDiagnosed("measures:\n  \(entry)\n", ["bad.md:5: error: \(message)"])
    }

    @Test func item9OnItsOwnLine() {
        expectDiagnosed("measures:\n  PHQ-9:\n    score: 14\n    item9: 5\n",
                       ["bad.md:7: error: 'PHQ-9 item9' must be between 0 and 3, got 5: this item-9 answer is left out (no safety flag can be raised from it)"])
    }

    @Test func scoreOnItsOwnLine() {
        expectDiagnosed("measures:\n  GAD-7:\n    score: 25\n",
                       ["bad.md:6: error: 'GAD-7 score' must be between 0 and 21, got 25: this score is left out"])
    }

    @Test func errorsOnSeveralLinesAreAllReported() {
        expectDiagnosed("session: 0\ngoals:\n  - id: g\n    statement: S\n    progress: 12\n    gas: 5\nmeasures:\n  PHQ-9: 99\n", [
            "bad.md:4: error: 'session' must be at least 1, got 0: the session number is left out",
            "bad.md:8: error: 'progress' must be between 0 and 10, got 12: this rating is left out",
            "bad.md:9: error: 'gas' must be between -2 and 2, got 5: this GAS level is left out",
            "bad.md:11: error: 'PHQ-9 score' must be between 0 and 27, got 99: this score is left out",
        ])
    }

    // MARK: Shapes

    @Test(arguments: [
        ("goals: coping-skills", "bad.md:4: error: 'goals' must be a list of area tags or goal entries, not a single value: this note's goals are left out"),
        ("goals: { id: g }", "bad.md:4: error: 'goals' must be a list of area tags or goal entries, not a mapping: this note's goals are left out"),
        ("goals:\n  - [a, b]", "bad.md:5: error: each entry of 'goals' must be an area tag or a goal mapping, not a list: this entry is left out"),
        ("goals:\n  - Coping Skills Now", "bad.md:5: error: 'goals' must be a goal-area tag in kebab-case (like coping-skills), got 'Coping Skills Now': this area is left out"),
        ("milestones: Did it", "bad.md:4: error: 'milestones' must be a list, not a single value: this note's milestones are left out"),
        ("milestones: { text: Did it }", "bad.md:4: error: 'milestones' must be a list, not a mapping: this note's milestones are left out"),
        ("milestones:\n  - [a, b]", "bad.md:5: error: each milestone must be text or a mapping with 'text' and 'goal', not a list: this milestone is left out"),
        ("milestones:\n  - { goal: g }", "bad.md:5: error: milestone without 'text': this milestone is left out"),
        ("milestones:\n  - { text: Did it, goal: [g] }", "bad.md:5: error: 'goal' must be text, not a list: the milestone's goal is left out"),
        ("measures: [14]", "bad.md:4: error: 'measures' must be a mapping of instrument names to scores, not a list: this note's scores are left out"),
        ("measures: 14", "bad.md:4: error: 'measures' must be a mapping of instrument names to scores, not a single value: this note's scores are left out"),
        ("measures:\n  [PHQ-9]: 4", "bad.md:5: error: 'measures' must be text, not a list: this score is left out"),
    ] as [(String, String)])
    func wrongShapes(yaml: String, expected: String) {
        expectDiagnosed(yaml + "\n", [expected])
    }

    @Test func statementThatIsAList() {
        expectDiagnosed("goals:\n  - id: g\n    statement: [a, b]\n", ["bad.md:6: error: 'statement' must be text, not a list: this statement is left out"])
    }

    @Test func revisedOfTheWrongShapeOnItsOwnLines() {
        expectDiagnosed("goals:\n  - id: g\n    statement: S\n    revised:\n      - Feel calmer\n",
                       ["bad.md:8: error: 'revised' must be a reason or a mapping with 'from' and 'reason', not a list: 'revised' is left out"])
    }

    @Test func goalWithoutID() {
        expectDiagnosed("goals:\n  - area: coping-skills\n    progress: 5\n", [
            "bad.md:5: error: goal entry without 'id' (use a list item with only the area tag to mark an area as worked on): this goal entry is left out",
        ])
    }

    @Test(arguments: ["id: ''", "id: ~", "id:"])
    func goalWithEmptyID(id: String) {
        expectDiagnosed("goals:\n  - statement: S\n    \(id)\n", [
            "bad.md:5: error: goal entry without 'id' (use a list item with only the area tag to mark an area as worked on): this goal entry is left out",
        ])
    }

    @Test func goalWhoseIDIsAList() {
        expectDiagnosed("goals:\n  - statement: S\n    id: [a]\n", [
            "bad.md:5: error: goal entry without 'id' (use a list item with only the area tag to mark an area as worked on): this goal entry is left out",
            "bad.md:6: error: 'id' must be text, not a list: this goal entry is left out",
        ])
    }

    @Test func sameGoalTwiceInOneNote() {
        expectDiagnosed("goals:\n  - id: paced-breathing\n    statement: S\n  - id: Paced-Breathing\n    progress: 5\n", [
            "bad.md:7: error: goal 'Paced-Breathing' appears twice in this note (first on line 5): this second entry is left out",
        ])
    }

    @Test func sameGoalTwiceInAFlowList() {
        expectDiagnosed("goals: [{ id: g, statement: S }, { id: g }]\n", [
            "bad.md:4: error: goal 'g' appears twice in this note (first on line 4): this second entry is left out",
        ])
    }

    @Test func aGoalAndAnAreaOfTheSameNameAreNotDuplicates() throws {
        let note = try #require(parseNote("goals:\n  - coping-skills\n  - id: coping-skills\n    statement: S\n").parsedNote)
        #expect(note.areas == ["coping-skills"])
        #expect(note.goals.map(\.id) == ["coping-skills"])
    }

    // MARK: Cancelled and no-show notes (ratings are still type-checked)

    @Test func ratingOutOfRangeInACancelledNoteIsStillAnError() {
        expectDiagnosed("attendance: cancelled\n" + "goals:\n  - id: g\n    progress: 11\n", [
            "bad.md:7: error: 'progress' must be between 0 and 10, got 11: this rating is left out",
        ])
    }
}

// MARK: - Warnings of section 5

@Suite struct NoteParserWarningTests {
    @Test func fileWithoutFrontMatterIsSkipped() {
        let parsed = parse("# Notes\n\nThis folder holds my notes.\n", path: "README.md")
        #expect(parsed.outcome == .skipped)
        #expect(parsed.printed == ["README.md: warning: no front matter: not a note, skipped"])
    }

    @Test func emptyFileIsSkipped() {
        let parsed = parse("", path: "empty.md")
        #expect(parsed.outcome == .skipped)
        #expect(parsed.printed == ["empty.md: warning: no front matter: not a note, skipped"])
    }

    @Test func thematicBreakLaterInTheFileIsNotFrontMatter() {
        let parsed = parse("Intro\n---\nclient: C-1\n---\n", path: "x.md")
        #expect(parsed.outcome == .skipped)
        #expect(parsed.printed == ["x.md: warning: no front matter: not a note, skipped"])
    }

    @Test func unknownTypeIsSkipped() {
        let parsed = parse(file(header + "type: journal\n"), path: "j.md")
        #expect(parsed.outcome == .skipped)
        #expect(parsed.printed == ["j.md:4: warning: unknown type 'journal': expected session, plan, review or discharge; file skipped"])
    }

    @Test func unknownQuotedTypeIsSkipped() {
        let parsed = parse(file("type: \"Visit\"\n"), path: "j.md")
        #expect(parsed.outcome == .skipped)
        #expect(parsed.printed == ["j.md:2: warning: unknown type the quoted text \"Visit\": expected session, plan, review or discharge; file skipped"])
    }

    /// Types match in any case (docs/note-format.md, section 1: tags and ids do too), so `Session` is a session.
    @Test func typeInAnotherCaseIsThatType() {
        #expect(parse(file(header + "type: \"Session\"\n"), path: "j.md").outcome == .note)
        #expect(parse(file("type: PLAN\nclient: C-1\nstart: 2026-08-01\n"), path: "p.md").outcome == .plan)
    }

    @Test func unknownTypeSkipsEvenAnInvalidFile() {
        let parsed = parse(file("type: template\nclient: \"not a client!\"\ndate: YYYY-MM-DD\n"), path: "template.md")
        #expect(parsed.outcome == .skipped)
        #expect(parsed.printed == ["template.md:2: warning: unknown type 'template': expected session, plan, review or discharge; file skipped"])
    }

    @Test func typeThatIsAListIsAnUnknownType() {
        let parsed = parse(file("type: [plan]\n" + header), path: "j.md")
        #expect(parsed.outcome == .skipped)
        #expect(parsed.printed == ["j.md:2: warning: unknown type a list: expected session, plan, review or discharge; file skipped"])
    }

    @Test func unknownKeyWithDidYouMean() throws {
        let parsed = parseNote("clincian: A. Rivera\n", path: "n.md")
        #expect(parsed.outcome == .note)
        #expect(parsed.printed == ["n.md:4: warning: unknown key 'clincian' in a session note (did you mean 'clinician'?)"])
        #expect(try #require(parsed.parsedNote).clinician == nil)
    }

    @Test func unknownKeyWithoutASuggestion() {
        let parsed = parseNote("mood: 5\n", path: "n.md")
        #expect(parsed.outcome == .note)
        #expect(parsed.printed == ["n.md:4: warning: unknown key 'mood' in a session note"])
    }

    @Test func misspeltRequiredKeyIsAWarningAndAMissingKey() {
        let parsed = parse(file("client: C-1\nDate: 2026-10-07\n"), path: "n.md")
        #expect(parsed.outcome == .rejected)
        #expect(parsed.printed == [
            "n.md: error: missing required key 'date': the file is left out",
            "n.md:3: warning: unknown key 'Date' in a session note (did you mean 'date'?)",
        ])
    }

    @Test func unknownKeysInsideGoalsMeasuresMilestonesAndRevised() {
        let parsed = parseNote("""
            goals:
              - id: g
                statement: S
                progres: 5
                revised: { form: Old }
            measures:
              PHQ-9: { score: 4, item8: 1 }
              GAD-7: { score: 4, item9: 1 }
            milestones:
              - { txt: x, text: y }

            """, path: "n.md")
        #expect(parsed.outcome == .note)
        #expect(parsed.printed == [
            "n.md:7: warning: unknown key 'progres' in goal 'g' (did you mean 'progress'?): this rating is not read",
            "n.md:8: warning: unknown key 'form' in 'revised' (did you mean 'from'?)",
            "n.md:10: warning: unknown key 'item8' in measure 'PHQ-9' (did you mean 'item9'?)",
            "n.md:11: warning: unknown key 'item9' in measure 'GAD-7'",
            "n.md:13: warning: unknown key 'txt' in a milestone (did you mean 'text'?)",
        ])
    }

    @Test func customAreaNotDeclaredIsAWarningOncePerFile() throws {
        let parsed = parseNote("""
            goals:
              - sleep-hygiene
              - id: g
                area: Sleep-Hygiene
                statement: S
              - id: h
                area: coping-skill
                statement: T

            """, path: "n.md")
        #expect(parsed.printed == [
            "n.md:5: warning: custom goal area 'sleep-hygiene' is not declared in headway.yml",
            "n.md:10: warning: custom goal area 'coping-skill' is not declared in headway.yml (did you mean 'coping-skills'?)",
        ])
        let note = try #require(parsed.parsedNote)
        #expect(note.areas == ["sleep-hygiene"])
        #expect(note.goals.map(\.area) == ["sleep-hygiene", "coping-skill"])
    }

    @Test func declaredCustomAreaIsNoWarning() throws {
        let parsed = parse(file(header + "goals:\n  - sleep-hygiene\n"), path: "n.md",
                           declaredAreas: ["sleep-hygiene": "Sleep hygiene"])
        #expect(parsed.printed == [])
        #expect(try #require(parsed.parsedNote).areas == ["sleep-hygiene"])
    }

    @Test func unspecifiedIsNoCustomArea() {
        #expect(parseNote("goals:\n  - id: g\n    statement: S\n    area: unspecified\n").printed == [])
    }

    // MARK: Cancelled and no-show notes

    static let missedNote = """
        attendance: %@
        goals:
          - coping-skills
          - id: g
            statement: S
            progress: 5
          - id: h
            statement: T
          - id: k
            gas: 1
        measures:
          PHQ-9: 14
          GAD-7: { score: 9 }
        milestones:
          - Did a thing
          - { text: Other, goal: g }

        """

    @Test(arguments: [Attendance.cancelled, .noShow])
    func ratingsMeasuresAndMilestonesOfAMissedSessionAreIgnored(attendance: Attendance) throws {
        let yaml = Self.missedNote.replacingOccurrences(of: "%@", with: attendance.rawValue)
        let parsed = parse(file(header + yaml, body: "## Coping skills\n\nNarrative #g\n\n## Wins\n\n- Won\n"), path: "m.md")
        let word = attendance.rawValue
        #expect(parsed.printed == [
            "m.md:7: warning: rating of goal 'g' in a \(word) session is ignored",
            "m.md:10: warning: goal 'h' in a \(word) session is ignored: its statement, status and revision are read only from an attended session",
            "m.md:12: warning: rating of goal 'k' in a \(word) session is ignored",
            "m.md:15: warning: PHQ-9 score in a \(word) session is ignored",
            "m.md:16: warning: GAD-7 score in a \(word) session is ignored",
            "m.md:18: warning: milestone in a \(word) session is ignored",
            "m.md:19: warning: milestone in a \(word) session is ignored",
        ])
        let note = try #require(parsed.parsedNote)
        #expect(note.attendance == attendance)
        #expect(note.areas == [])
        #expect(note.goals == [])
        #expect(note.measures == [])
        #expect(note.milestones == [])
        #expect(note.body == NoteBody())
    }

    @Test func missedSessionWithOnlyAnIdHasNoWarnings() throws {
        let parsed = parseNote("attendance: no-show\nsession: 4\ngoals:\n  - id: g\n  - coping-skills\n", path: "m.md")
        #expect(parsed.printed == [])
        let note = try #require(parsed.parsedNote)
        #expect(note.attendance == .noShow)
        #expect(note.session == 4)
        #expect(note.goals == [])
    }

    @Test func attendanceAfterTheGoalsStillApplies() throws {
        let parsed = parseNote("goals:\n  - id: g\n    progress: 5\nattendance: cancelled\n", path: "m.md")
        #expect(parsed.printed == ["m.md:5: warning: rating of goal 'g' in a cancelled session is ignored"])
        #expect(try #require(parsed.parsedNote).goals == [])
    }
}

// MARK: - Plans

@Suite struct NoteParserPlanTests {
    static let fullPlan = """
        ---
        type: plan
        client: C-0142
        start: 2026-08-01
        review-every: 60
        clinician: A. Rivera
        client-name: Jordan M.
        goals:
          - id: paced-breathing
            area: coping-skills
            statement: Use paced breathing when anxiety is above 6/10, on 4 of 7 days
            baseline: 2
            target: 8
            target-date: 2026-12-31
            weight: 2
            objectives: [Practise 5 minutes daily, Log anxiety ratings]
            interventions: CBT psychoeducation
          - id: reconnect
        measures:
          PHQ-9: { baseline: 19, target: 9 }
          Sleep hours: { baseline: 4.5 }
        ---
        Narrative of the plan.

        # Coping skills

        Start with breathing.

        """

    @Test func decodesAFullPlan() throws {
        let parsed = parse(Self.fullPlan, path: "C-0142/plan.md")
        #expect(parsed.printed == [])
        let plan = try #require(parsed.parsedPlan)
        #expect(plan.path == "C-0142/plan.md")
        #expect(plan.client == "C-0142")
        #expect(plan.start == Day(iso: "2026-08-01"))
        #expect(plan.reviewEvery == 60)
        #expect(plan.clinician == "A. Rivera")
        #expect(plan.clientName == "Jordan M.")
        #expect(plan.goals == [
            PlanGoal(id: "paced-breathing", area: "coping-skills",
                     statement: "Use paced breathing when anxiety is above 6/10, on 4 of 7 days",
                     baseline: 2, target: 8, targetDate: Day(iso: "2026-12-31"), weight: 2,
                     objectives: ["Practise 5 minutes daily", "Log anxiety ratings"],
                     interventions: ["CBT psychoeducation"], line: 9),
            PlanGoal(id: "reconnect", area: nil, statement: nil, baseline: nil, target: nil, targetDate: nil,
                     weight: nil, objectives: [], interventions: [], line: 18),
        ])
        #expect(plan.measures == [
            PlanMeasure(instrument: "PHQ-9", baseline: 19, target: 9, line: 20),
            PlanMeasure(instrument: "Sleep hours", baseline: 4.5, target: nil, line: 21),
        ])
    }

    @Test func reviewEveryDefaultsTo90() throws {
        let plan = try #require(parse(file("type: plan\nclient: C-1\nstart: 2026-08-01\n")).parsedPlan)
        #expect(plan.reviewEvery == 90)
        #expect(plan.goals == [])
        #expect(plan.measures == [])
    }

    /// A plan whose `type`, `client` and `start` are on lines 2–4; `yaml` starts on line 5.
    private func parsePlan(_ yaml: String) -> ParsedFile {
        parse(file("type: plan\nclient: C-1\nstart: 2026-08-01\n" + yaml), path: "plan.md")
    }

    /// A plan with `yaml` after its header: kept with only the bad values dropped.
    private func expectKept(_ yaml: String, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let parsed = parsePlan(yaml)
        #expect(parsed.outcome == .plan, sourceLocation: sourceLocation)
        #expect(parsed.printed == expected, sourceLocation: sourceLocation)
    }

    @Test func startMissing() {
        let parsed = parse(file("type: plan\nclient: C-1\n"), path: "plan.md")
        #expect(parsed.outcome == .rejected)
        #expect(parsed.printed == ["plan.md: error: missing required key 'start': the file is left out"])
    }

    @Test func planWithADateInsteadOfAStart() {
        let parsed = parse(file("type: plan\nclient: C-1\ndate: 2026-08-01\n"), path: "plan.md")
        #expect(parsed.outcome == .rejected)
        #expect(parsed.printed == [
            "plan.md: error: missing required key 'start': the file is left out",
            "plan.md:4: warning: unknown key 'date' in a plan",
        ])
    }

    @Test func startNotARealDate() {
        let parsed = parse(file("type: plan\nclient: C-1\nstart: 2026-02-30\n"), path: "plan.md")
        #expect(parsed.outcome == .rejected)
        #expect(parsed.printed == ["plan.md:4: error: 'start' must be a real date written YYYY-MM-DD, got '2026-02-30': the file is left out"])
    }

    @Test func planClientMissing() {
        let parsed = parse(file("type: plan\nstart: 2026-08-01\n"), path: "plan.md")
        #expect(parsed.printed == ["plan.md: error: missing required key 'client': the file is left out"])
    }

    @Test(arguments: [
        ("baseline: 12", "'baseline' must be between 0 and 10, got 12: this baseline is left out"),
        ("baseline: -1", "'baseline' must be between 0 and 10, got -1: this baseline is left out"),
        ("baseline: \"2\"", "'baseline' must be a number, got the quoted text \"2\": this baseline is left out"),
        ("baseline: .nan", "'baseline' must be a finite number, got .nan: this baseline is left out"),
        ("target: 10.5", "'target' must be between 0 and 10, got 10.5: this target is left out"),
        ("target: high", "'target' must be a number, got 'high': this target is left out"),
        ("target-date: 2026-06-31", "'target-date' must be a real date written YYYY-MM-DD, got '2026-06-31': this target date is left out"),
        ("weight: 0", "'weight' must be greater than 0, got 0: this weight is left out (the plan's weight, else 1, is used)"),
        ("objectives: { a: b }", "'objectives' must be text, not a mapping: these objectives are left out"),
        ("interventions: [[x]]", "'interventions' must be text, not a list: this item is left out"),
        ("area: Not Kebab", "'area' must be a goal-area tag in kebab-case (like coping-skills), got 'Not Kebab': this area is left out"),
    ] as [(String, String)])
    func planGoalFieldErrors(field: String, message: String) {
        // goals on line 5, the entry on line 6, the field on line 8.
        expectKept("goals:\n  - id: g\n    statement: S\n    \(field)\n", ["plan.md:8: error: \(message)"])
    }

    @Test func reviewEveryOutOfRange() {
        expectKept("review-every: 0\n", ["plan.md:5: error: 'review-every' must be between 1 and 3650, got 0: 'review-every' is left out (90 days is used)"])
    }

    @Test func reviewEveryNotAWholeNumber() {
        expectKept("review-every: 30.5\n", ["plan.md:5: error: 'review-every' must be a whole number, got '30.5': 'review-every' is left out (90 days is used)"])
    }

    @Test func planGoalWithoutID() {
        expectKept("goals:\n  - statement: S\n    baseline: 2\n", ["plan.md:6: error: goal entry without 'id': this goal entry is left out"])
    }

    @Test func planGoalTwice() {
        expectKept("goals:\n  - id: g\n  - id: G\n", ["plan.md:7: error: goal 'G' appears twice in this plan (first on line 6): this second entry is left out"])
    }

    @Test func planGoalsNotAList() {
        expectKept("goals: paced-breathing\n", ["plan.md:5: error: a plan's 'goals' must be a list of goal mappings, not a single value: this plan's goals are left out"])
    }

    @Test func planGoalThatIsATag() {
        expectKept("goals:\n  - coping-skills\n", ["plan.md:6: error: each goal of a plan must be a mapping with at least 'id', not a single value: this entry is left out"])
    }

    @Test(arguments: [
        ("PHQ-9: { baseline: 30, target: 9 }", "'PHQ-9 baseline score' must be between 0 and 27, got 30: this baseline is left out"),
        ("PHQ-9: { baseline: 19, target: -1 }", "'PHQ-9 target score' must be between 0 and 27, got -1: this target is left out"),
        ("GAD-7: { baseline: 12.5 }", "'GAD-7 baseline score' must be a whole number, got '12.5': this baseline is left out"),
        ("Mood: { target: \"7\" }", "'Mood target' must be a number, got the quoted text \"7\": this target is left out"),
        ("PHQ-9: 19", "plan measure 'PHQ-9' must be a mapping with 'baseline' and 'target', not a single value: this measure's baseline and target are left out"),
    ] as [(String, String)])
    func planMeasureErrors(entry: String, message: String) {
        expectKept("measures:\n  \(entry)\n", ["plan.md:6: error: \(message)"])
    }

    @Test func planMeasuresNotAMapping() {
        expectKept("measures: [PHQ-9]\n", ["plan.md:5: error: 'measures' must be a mapping of instrument names to baselines and targets, not a list: this plan's measure targets are left out"])
    }

    @Test func sessionKeysInAPlanAreUnknown() {
        let parsed = parsePlan("session: 3\nattendance: attended\n")
        #expect(parsed.outcome == .plan)
        #expect(parsed.printed == [
            "plan.md:5: warning: unknown key 'session' in a plan",
            "plan.md:6: warning: unknown key 'attendance' in a plan",
        ])
    }

    @Test func planCustomAreaWarning() {
        let parsed = parsePlan("goals:\n  - id: g\n    area: sleep-hygiene\n")
        #expect(parsed.outcome == .plan)
        #expect(parsed.printed == ["plan.md:7: warning: custom goal area 'sleep-hygiene' is not declared in headway.yml"])
    }

    @Test func planDiagnosticsAreAttributedToTheStartDate() throws {
        let diagnostic = try #require(parsePlan("review-every: 0\n").diagnostics.first)
        #expect(diagnostic.client == "C-1")
        #expect(diagnostic.date == Day(iso: "2026-08-01"))
    }
}
