import Foundation
import Testing
@testable import HeadwayKit

@Suite struct ConfigurationTests {
    private func parse(_ text: String) -> Result<Configuration, DiagnosticList> {
        ConfigurationParser.parse(text, path: "headway.yml")
    }

    private func errors(_ text: String) -> [String] {
        guard case .failure(let list) = parse(text) else { return [] }
        return list.diagnostics.map(\.formatted)
    }

    @Test func theSampleConfigurationDeclaresORSAndWHO5() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Samples/notes/headway.yml")
        let configuration = try parse(String(contentsOf: url, encoding: .utf8)).get()
        #expect(configuration.clinicName == "Riverside Counselling Practice")
        #expect(configuration.clinicAddress == ["12 Mill Lane", "Riverside"])
        #expect(configuration.areas == ["sleep-hygiene": "Sleep hygiene"])
        let ors = try #require(configuration.instrument(named: "ors"))
        #expect(ors.minimum == 0 && ors.maximum == 40 && !ors.lowerIsBetter && ors.caseness == 25 && ors.reliableChange == 5)
        #expect(ors.bands.map(\.label) == ["clinical range", "non-clinical range"])
        let who5 = try #require(configuration.instrument(named: "WHO-5"))
        #expect(who5.integerScores && who5.maximum == 100 && who5.reliableChange == 10)
        #expect(configuration.measureEvery == MeasureSchedule(intervals: [.init(instrument: "PHQ-9", sessions: 2)]))
    }

    @Test func emptyFileIsNoSettings() throws {
        #expect(try parse("").get() == Configuration())
        #expect(try parse("# nothing yet\n").get() == Configuration())
    }

    @Test func unknownKeysAreErrorsWithTheirLine() {
        #expect(errors("clinic:\n  nmae: X\n") == ["headway.yml:2: error: unknown key 'nmae' in 'clinic' (did you mean 'name'?)"])
        #expect(errors("instrumnets: {}\n") == ["headway.yml:1: error: unknown key 'instrumnets' in the configuration (did you mean 'instruments'?)"])
    }

    @Test func instrumentsNeedRangeAndDirection() {
        #expect(errors("instruments:\n  ORS:\n    direction: higher-is-better\n")
            == ["headway.yml:3: error: 'instruments.ORS' needs 'range: [min, max]'"])
        #expect(errors("instruments:\n  ORS:\n    range: [0, 40]\n")
            == ["headway.yml:3: error: 'instruments.ORS' needs 'direction: lower-is-better' or 'higher-is-better'"])
        #expect(errors("instruments:\n  ORS:\n    range: [0, 40]\n    direction: up\n")
            == ["headway.yml:4: error: 'instruments.ORS.direction' must be lower-is-better or higher-is-better, got 'up'"])
        #expect(errors("instruments:\n  ORS:\n    range: [40, 0]\n    direction: higher-is-better\n")
            == ["headway.yml:3: error: 'instruments.ORS.range' must have min below max"])
    }

    @Test func valuesOutsideTheRangeAreErrors() {
        let text = """
            instruments:
              ORS:
                range: [0, 40]
                direction: higher-is-better
                caseness: 45
                reliable-change: five
            """
        #expect(errors(text) == [
            "headway.yml:5: error: 'instruments.ORS.caseness' must be between 0 and 40, got 45",
            "headway.yml:6: error: 'instruments.ORS.reliable-change' must be a number, got 'five'",
        ])
    }

    @Test func bandsMustAscendWithoutOverlap() {
        let text = """
            instruments:
              X:
                range: [0, 10]
                direction: lower-is-better
                bands:
                  - { min: 0, max: 5, label: low }
                  - { min: 5, max: 10, label: high }
            """
        #expect(errors(text) == ["headway.yml:7: error: bands of 'instruments.X.bands' must be in ascending order without overlap"])
    }

    @Test func builtInsCannotBeRedeclared() {
        #expect(errors("instruments:\n  phq9:\n    range: [0, 27]\n    direction: lower-is-better\n")
            == ["headway.yml:2: error: instrument 'phq9' is built in and cannot be redeclared"])
        #expect(errors("areas:\n  coping-skills: Coping\n")
            == ["headway.yml:2: error: area 'coping-skills' is built in and cannot be redeclared"])
        #expect(errors("areas:\n  Sleep Hygiene: Sleep\n")
            == ["headway.yml:2: error: area tag 'sleep hygiene' in 'areas' must be kebab-case, like sleep-hygiene"])
    }

    @Test func syntaxErrorsCarryTheirLine() {
        let found = errors("clinic:\n  name: [unclosed\n")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("headway.yml:") == true)
        #expect(found.first?.contains("error: YAML syntax error") == true)
    }

    @Test func declaredInstrumentsAreValidatedAndInterpreted() throws {
        let configuration = try parse("""
            instruments:
              ORS:
                range: [0, 40]
                direction: higher-is-better
                caseness: 25
                reliable-change: 5
            areas:
              sleep-hygiene: Sleep hygiene
            """).get()
        let parser = NoteParser(configuration: configuration)
        let bad = parser.parse(path: "bad.md", bytes: Array("---\nclient: C-1\ndate: 2026-10-07\nmeasures:\n  ors: 41\n---\n".utf8))
        #expect(bad.diagnostics.map(\.formatted) == ["bad.md:5: error: 'ORS score' must be between 0 and 40, got 41: this score is left out"])
        let caseload = Caseload.assemble(["a.md": "---\nclient: C-1\ndate: 2026-10-07\ngoals: [sleep-hygiene]\nmeasures:\n  ORS: 18.5\n---\n",
                                           "b.md": "---\nclient: C-1\ndate: 2026-10-14\nmeasures:\n  ORS: 26\n---\n"]
            .sorted { $0.key < $1.key }
            .map { parser.parse(path: $0.key, bytes: Array($0.value.utf8)) }, configuration: configuration)
        #expect(caseload.diagnostics.isEmpty)   // a declared area draws no warning
        let report = ClientReports(client: "C-1", caseload: caseload, options: ReportOptions(configuration: configuration))
            .report(for: Period.month("2026-10")!)
        let ors = try #require(report.measures.first)
        #expect(ors.instrument == "ORS")
        #expect(ors.reliableChange == .improved)   // +7.5
        #expect(ors.recovered == true)             // 18.5 < 25, then 26
        #expect(report.areas.map(\.title) == ["Sleep hygiene"])
    }

    @Test func fhirPatientSystemIsAnAbsoluteURI() throws {
        #expect(try parse("fhir:\n  patient-system: https://clinic.example/client-id\n").get().fhirPatientSystem == "https://clinic.example/client-id")
        #expect(try parse("fhir:\n  patient-system: urn:oid:1.2.3\n").get().fhirPatientSystem == "urn:oid:1.2.3")
        #expect(try parse("fhir:\n").get().fhirPatientSystem == nil)
        #expect(errors("fhir:\n  patient-system: client ids\n")
            == ["headway.yml:2: error: fhir.patient-system must be an absolute URI such as https://clinic.example/client-id or urn:oid:1.2.3, not 'client ids'"])
        #expect(errors("fhir:\n  patient-sytem: urn:x\n") == ["headway.yml:2: error: unknown key 'patient-sytem' in 'fhir' (did you mean 'patient-system'?)"])
    }
}
