import Foundation
import Testing
@testable import HeadwayKit

/// The FHIR tests' client, F-1 (`Fixtures/fhir/notes`): a plan with a goal of each status, PHQ-9 with
/// item 9 at 0 and 1, GAD-7, a declared instrument (ORS) and a reworded goal; read and aggregated by the
/// real pipeline with the fixture's `headway.yml`.
enum FHIRFixture {
    /// The fixture's configuration (a patient-identifier system, ORS, two areas).
    static let configuration: Configuration = {
        let url = AggregationHarness.fixtures.appendingPathComponent("fhir/notes/headway.yml")
        // The fixture is committed and valid; a failure here is a broken fixture.
        return try! ConfigurationParser.parse(String(contentsOf: url, encoding: .utf8), path: "headway.yml").get()
    }()

    /// The notes and plan of F-1.
    static let texts = AggregationHarness.fixtureTexts("fhir/notes")

    /// F-1's report for `period` (default October 2026).
    static func report(_ period: Period = Period.month("2026-10")!, redact: Bool = false,
                       configuration: Configuration = FHIRFixture.configuration) -> ProgressReport {
        AggregationHarness.report(texts, client: "F-1", period: period, options: ReportOptions(redact: redact, configuration: configuration))
    }

    /// The bundle of `report` as its file's text.
    static func bundle(_ report: ProgressReport, configuration: Configuration = FHIRFixture.configuration) throws -> String {
        ReportRenderer(templates: try TemplateSet(), configuration: configuration).render(report, as: .fhir)
    }

    /// The bundle's text parsed back (Foundation's JSON reader, independent of `JSONValue`).
    static func parsed(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// The resources of a parsed bundle, in entry order.
    static func resources(_ bundle: [String: Any]) -> [[String: Any]] {
        (bundle["entry"] as? [[String: Any]] ?? []).compactMap { $0["resource"] as? [String: Any] }
    }

    /// The resources of `type`.
    static func resources(_ bundle: [String: Any], type: String) -> [[String: Any]] {
        resources(bundle).filter { $0["resourceType"] as? String == type }
    }

    /// The first coding's code of a CodeableConcept member.
    static func code(_ resource: [String: Any], _ key: String) -> String? {
        ((resource[key] as? [String: Any])?["coding"] as? [[String: Any]])?.first?["code"] as? String
    }

    /// Every `reference` string anywhere in `value`.
    static func references(_ value: Any) -> [String] {
        if let object = value as? [String: Any] {
            return object.flatMap { key, item in key == "reference" ? [item as? String].compactMap { $0 } : references(item) }
        }
        if let array = value as? [Any] { return array.flatMap(references) }
        return []
    }
}
