import Foundation
import Testing
@testable import HeadwayKit

/// Golden files of the rendering tests, and the known report they are made from.
///
/// Golden files live in `Fixtures/rendering/golden/`. Run the tests with `RECORD_SNAPSHOTS=1` to rewrite
/// them in the source tree on purpose (then review the diff by eye, and rebuild so the bundle copy is
/// refreshed); otherwise the output must match them byte for byte.
enum RenderingGolden {
    /// `Tests/HeadwayKitTests/Fixtures` in the source tree, found from this file's path.
    static let sourceFixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    /// Compares `actual` with `Fixtures/rendering/golden/<name>` byte for byte, or rewrites it when recording.
    static func check(_ actual: String, golden name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if recording {
            let url = sourceFixtures.appendingPathComponent("rendering/golden/\(name)")
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            print("RECORD_SNAPSHOTS: wrote \(url.path); review it before committing")
            return
        }
        let url = AggregationHarness.fixtures.appendingPathComponent("rendering/golden/\(name)")
        guard let expected = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing golden file rendering/golden/\(name): run with RECORD_SNAPSHOTS=1 and review it", sourceLocation: sourceLocation)
            return
        }
        let same = Array(actual.utf8) == Array(expected)
        #expect(same, "output differs from golden \(name): \(firstDifference(actual, String(decoding: expected, as: UTF8.self)))", sourceLocation: sourceLocation)
    }

    /// The first line where two texts differ, for a readable failure.
    static func firstDifference(_ actual: String, _ expected: String) -> String {
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(a.count, e.count) {
            let left = index < a.count ? String(a[index]) : "<end>"
            let right = index < e.count ? String(e[index]) : "<end>"
            if left != right { return "line \(index + 1): got \(left.debugDescription), expected \(right.debugDescription)" }
        }
        return "same lines; bytes differ"
    }

    /// The notes of `Fixtures/rendering/notes` (client R-1), read and aggregated by the real pipeline.
    static func caseload() -> Caseload {
        AggregationHarness.caseload(AggregationHarness.fixtureTexts("rendering/notes"))
    }

    /// The known report: R-1, October 2026.
    static func report(options: ReportOptions = ReportOptions()) -> ProgressReport {
        ClientReports(client: "R-1", caseload: caseload(), options: options).report(for: Period.month("2026-10")!)
    }

    static func renderer() throws -> ReportRenderer { ReportRenderer(templates: try TemplateSet()) }
}

private typealias H = AggregationHarness

@Suite("JSON rendering")
struct JSONTests {
    private func members(_ value: JSONValue) -> [(String, JSONValue)] {
        if case .object(let members) = value { return members }
        Issue.record("not an object: \(value.serialized())")
        return []
    }

    private func keys(_ value: JSONValue) -> [String] { members(value).map(\.0) }

    private func member(_ value: JSONValue, _ key: String) -> JSONValue {
        members(value).first { $0.0 == key }?.1 ?? .null
    }

    private func items(_ value: JSONValue) -> [JSONValue] {
        if case .array(let items) = value { return items }
        Issue.record("not an array: \(value.serialized())")
        return []
    }

    // MARK: Key order

    @Test func keysFollowTheContractOrder() throws {
        let json = RenderingGolden.report().json
        #expect(keys(json) == ["schemaVersion", "client", "clinician", "period", "episode", "sessions", "goals", "areas", "measures",
                               "gas", "milestones", "revisions", "safetyFlags", "planReview", "warnings", "errors"])
        #expect(keys(member(json, "client")) == ["id", "name"])
        #expect(keys(member(json, "period")) == ["from", "to", "label"])
        #expect(keys(member(json, "episode")) == ["number", "start", "end", "dischargeReason", "outcomes"])
        #expect(keys(member(json, "sessions")) == ["attended", "cancelled", "cancelledByClinician", "noShow", "scheduled", "attendanceRate", "dates", "cumulativeAttended"])
        let goal = try #require(items(member(json, "goals")).first)
        #expect(keys(goal) == ["id", "area", "areaTitle", "statement", "status", "baseline", "start", "end", "change", "trend",
                               "ratings", "revisions", "milestones", "excerpts", "metInPeriod"])
        #expect(keys(try #require(items(member(goal, "ratings")).first)) == ["date", "progress"])
        #expect(keys(try #require(items(member(goal, "excerpts")).first)) == ["date", "html", "text"])
        let area = try #require(items(member(json, "areas")).first)
        #expect(keys(area) == ["area", "title", "goals", "sessionsAddressed", "excerpts"])
        let measure = try #require(items(member(json, "measures")).first)
        #expect(keys(measure) == ["instrument", "scores", "baseline", "start", "end", "change", "changeFromBaseline",
                                  "severity", "reliableChange", "response", "remission", "recovered"])
        #expect(keys(try #require(items(member(measure, "scores")).first)) == ["date", "score"])
        #expect(keys(try #require(items(member(json, "gas")).first)) == ["date", "tScore", "goalsRated", "goalsCounted"])
        #expect(keys(try #require(items(member(json, "milestones")).first)) == ["date", "text", "html", "goal", "area", "source"])
        #expect(keys(try #require(items(member(json, "revisions")).first)) == ["date", "goal", "from", "to", "reason", "explicit"])
        #expect(keys(try #require(items(member(json, "safetyFlags")).first)) == ["date", "instrument", "item", "value"])
    }

    // MARK: Nulls, numbers, strings

    @Test func absentValuesAreWrittenAsNull() throws {
        let texts = [
            "a.md": H.note("2026-09-10", "goals:\n  - { id: walk, area: healthy-lifestyle }\n"),
        ]
        // A range with no session in it: nothing scheduled, no rating, no name, no clinician, no plan.
        let period = Period.range(from: H.day("2026-10-01"), to: H.day("2026-10-31"))
        let report = H.report(texts, period: period)
        let json = report.json.serialized()
        for line in [
            "  \"client\": {\n    \"id\": \"C-1\",\n    \"name\": null\n  },",
            "  \"clinician\": null,",
            "    \"attendanceRate\": null,",
            "      \"statement\": null,",
            "      \"baseline\": null,",
            "      \"start\": null,",
            "      \"end\": null,",
            "      \"change\": null,",
            "      \"trend\": \"no-data\",",
            "  \"planReview\": null,",
        ] {
            #expect(json.contains(line), "missing \(line.debugDescription)")
        }
        #expect(json.contains("    \"dates\": [],"))
    }

    @Test func wholeNumbersHaveNoFraction() {
        let report = H.report([
            "a.md": H.note("2026-10-01", "goals:\n  - { id: walk, area: healthy-lifestyle, statement: Walk, progress: 6 }\nmeasures:\n  PHQ-9: 14\n  ORS: 22.5\n"),
            "b.md": H.note("2026-10-08", "goals:\n  - { id: walk, progress: 6.5 }\nmeasures:\n  PHQ-9: 10\n  ORS: 30\n"),
            "c.md": H.note("2026-10-15", "attendance: cancelled"),
            "d.md": H.note("2026-10-22", "goals:\n  - { id: walk, progress: 8.0 }\n"),
        ], period: H.month("2026-10"))
        let json = report.json.serialized()
        #expect(json.hasPrefix("{\n  \"schemaVersion\": 2,\n"))
        #expect(json.contains("\"progress\": 6\n"))
        #expect(json.contains("\"progress\": 6.5\n"))
        #expect(json.contains("\"progress\": 8\n"))  // written 8.0 in the note
        #expect(json.contains("\"score\": 14\n"))
        #expect(json.contains("\"score\": 22.5\n"))
        #expect(json.contains("\"change\": 2,"))  // 8 − 6
        #expect(json.contains("\"change\": -4,"))  // PHQ-9 10 − 14
        #expect(json.contains("\"attendanceRate\": 0.75,"))
        #expect(json.contains("\"scheduled\": 4,"))
        #expect(!json.contains(".0,") && !json.contains(".0\n"), "a whole number printed with a fraction")
    }

    @Test func numberFormatting() {
        #expect(JSONValue.number(1).serialized() == "1\n")
        #expect(JSONValue.number(-7).serialized() == "-7\n")
        #expect(JSONValue.number(0).serialized() == "0\n")
        #expect(JSONValue.number(-0.0).serialized() == "0\n")
        #expect(JSONValue.number(0.5).serialized() == "0.5\n")
        #expect(JSONValue.number(2.0 / 3.0).serialized() == "0.6666666666666666\n")
        #expect(JSONValue.number(123_456_789).serialized() == "123456789\n")
        // Not a JSON number: written as null rather than breaking the document.
        #expect(JSONValue.number(.nan).serialized() == "null\n")
        #expect(JSONValue.number(.infinity).serialized() == "null\n")
    }

    @Test func stringsAreEscaped() throws {
        let value = JSONValue.string("say \"no\" \\ C:\\temp\nnext\ttab\r\u{01}\u{1F} / é 😀 \u{2028}\u{2029}")
        #expect(value.serialized() == "\"say \\\"no\\\" \\\\ C:\\\\temp\\nnext\\ttab\\r\\u0001\\u001f / é 😀 \\u2028\\u2029\"\n")
    }

    @Test func noteTextRoundTripsThroughJSON() throws {
        let statement = #"Say "no" to C:\temp </script> & <b>'quotes'</b> — ünïcödé 😀"#
        let report = H.report([
            "a.md": H.note("2026-10-01", """
                client-name: "Zoë \\"Z\\" O'Brien"
                goals:
                  - id: assert
                    area: self-esteem
                    statement: '\(statement.replacingOccurrences(of: "'", with: "''"))'
                """, body: "# Assert\n\nLine one\\\nline two with \"quotes\" and a tab:\tend.\n"),
        ], period: H.month("2026-10"))
        let json = report.json.serialized()
        #expect(json.contains(#""statement": "Say \"no\" to C:\\temp </script> & <b>'quotes'</b> — ünïcödé 😀","#))
        #expect(json.contains(#""name": "Zoë \"Z\" O'Brien""#))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let goals = try #require(parsed["goals"] as? [[String: Any]])
        #expect(goals.first?["statement"] as? String == statement)
        let excerpt = try #require((goals.first?["excerpts"] as? [[String: Any]])?.first)
        #expect(excerpt["text"] as? String == "Line one\nline two with \"quotes\" and a tab:\tend.")
        #expect((parsed["client"] as? [String: Any])?["name"] as? String == "Zoë \"Z\" O'Brien")
    }

    // MARK: Layout

    @Test func prettyPrintedWithTwoSpacesAndAFinalNewline() throws {
        let json = try RenderingGolden.renderer().render(RenderingGolden.report(), as: .json)
        #expect(json.hasPrefix("{\n  \"schemaVersion\": 2,\n  \"client\": {\n    \"id\": \"R-1\",\n"))
        #expect(json.hasSuffix("\n}\n"))
        #expect(!json.hasSuffix("\n\n"))
        let lines = json.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        for line in lines {
            let indent = line.prefix { $0 == " " }.count
            #expect(indent % 2 == 0, "odd indent: \(line)")
            #expect(!line.hasSuffix(" "), "trailing space: \(line)")
        }
        #expect(json.contains("  \"planReview\": null,\n"))
        // Valid JSON.
        _ = try JSONSerialization.jsonObject(with: Data(json.utf8))
    }

    @Test func emptyCollectionsAreCompact() {
        #expect(JSONValue.array([]).serialized() == "[]\n")
        #expect(JSONValue.object([]).serialized() == "{}\n")
        #expect(JSONValue.object([("a", .array([])), ("b", .null), ("c", .bool(false))]).serialized()
                == "{\n  \"a\": [],\n  \"b\": null,\n  \"c\": false\n}\n")
    }

    // MARK: Determinism

    @Test func twoRendersAreByteIdentical() throws {
        let renderer = try RenderingGolden.renderer()
        let first = renderer.render(RenderingGolden.report(), as: .json)
        let second = renderer.render(RenderingGolden.report(), as: .json)
        #expect(Array(first.utf8) == Array(second.utf8))
        // Reading the same files from disk gives the same bytes too.
        let folder = FolderNoteSource(root: H.fixtures.appendingPathComponent("rendering/notes"))
        let caseload = try Caseload.read(from: folder)
        let fromDisk = ClientReports(client: "R-1", caseload: caseload).report(for: H.month("2026-10"))
        #expect(Array(renderer.render(fromDisk, as: .json).utf8) == Array(first.utf8))
    }

    // MARK: Redaction

    @Test func redactedJSONHasNullNamesAndNoExcerpts() throws {
        let json = RenderingGolden.report(options: H.options(redact: true)).json.serialized()
        #expect(json.contains("    \"name\": null\n"))
        #expect(json.contains("  \"clinician\": null,\n"))
        #expect(!json.contains("Alex"))
        #expect(!json.contains("A. Rivera"))
        #expect(!json.contains("Practised twice daily"))
        #expect(!json.contains("walking also helps"))
        // Statements, revisions and milestones stay.
        #expect(json.contains("Call or meet one friend a week"))
        #expect(json.contains("Called an old friend for the first time in a year"))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        for goal in parsed["goals"] as? [[String: Any]] ?? [] { #expect((goal["excerpts"] as? [Any])?.isEmpty == true) }
        for area in parsed["areas"] as? [[String: Any]] ?? [] { #expect((area["excerpts"] as? [Any])?.isEmpty == true) }
    }

    // MARK: Golden

    /// Fixtures/rendering/golden/R-1-2026-10.json. Reviewed by hand against the notes in
    /// Fixtures/rendering/notes/R-1 (see TemplateRenderingTests.knownReportValues for the worked values).
    @Test func goldenJSON() throws {
        let json = try RenderingGolden.renderer().render(RenderingGolden.report(), as: .json)
        try RenderingGolden.check(json, golden: "R-1-2026-10.json")
    }
}
