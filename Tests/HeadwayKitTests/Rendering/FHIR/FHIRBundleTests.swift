import Foundation
import Testing
@testable import HeadwayKit

private typealias F = FHIRFixture

/// What the FHIR bundle of a report holds (docs/fhir.md): the golden bundle, stable ids, references
/// inside the bundle, the LOINC codes, the status mappings and what redaction leaves out.
@Suite("FHIR bundle")
struct FHIRBundleTests {
    @Test("F-1's October bundle is byte for byte the golden file")
    func golden() throws {
        try RenderingGolden.check(try F.bundle(F.report()), golden: "F-1-2026-10.fhir.json")
    }

    @Test("two runs over the same notes give the same bytes, and ids depend on the client")
    func deterministic() throws {
        let first = try F.bundle(F.report()), second = try F.bundle(F.report())
        #expect(first == second)
        var other = F.report()
        other.client.id = "F-2"
        let ids = Set(F.resources(try F.parsed(first)).compactMap { $0["id"] as? String })
        let otherIDs = Set(F.resources(try F.parsed(try F.bundle(other))).compactMap { $0["id"] as? String })
        #expect(ids.count == F.resources(try F.parsed(first)).count, "every id is unique")
        #expect(ids.isDisjoint(with: otherIDs), "another client's resources have other ids")
    }

    @Test("ids are FHIR ids, fullUrls their urn:uuid, and every reference names an entry of the bundle")
    func referencesResolve() throws {
        let bundle = try F.parsed(try F.bundle(F.report()))
        #expect(bundle["resourceType"] as? String == "Bundle" && bundle["type"] as? String == "collection")
        let entries = try #require(bundle["entry"] as? [[String: Any]])
        let urls = Set(entries.compactMap { $0["fullUrl"] as? String })
        #expect(urls.count == entries.count)
        for entry in entries {
            let id = try #require((entry["resource"] as? [String: Any])?["id"] as? String)
            #expect(id.range(of: "^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", options: .regularExpression) != nil, "\(id)")
            #expect(entry["fullUrl"] as? String == "urn:uuid:\(id)")
        }
        let references = F.references(bundle)
        #expect(references.count > 20)
        #expect(references.allSatisfy(urls.contains), "\(references.filter { !urls.contains($0) })")
    }

    @Test("scores carry LOINC 44261-6 (PHQ-9) and 70274-6 (GAD-7), item 9 LOINC 44260-8 flagged abnormal at 1, ORS Headway's code")
    func loincCodes() throws {
        let observations = F.resources(try F.parsed(try F.bundle(F.report())), type: "Observation")
        func values(_ code: String) -> [String] {
            observations.filter { F.code($0, "code") == code }.compactMap { $0["effectiveDateTime"] as? String }
        }
        #expect(values("44261-6") == ["2026-10-06", "2026-10-20"])
        #expect(values("70274-6") == ["2026-10-20"])
        #expect(values("ORS") == ["2026-10-06", "2026-10-20"])
        let item9 = try #require(observations.first { F.code($0, "code") == "44260-8" })
        #expect(F.code(item9, "valueCodeableConcept") == "LA6569-3", "1: several days")
        let interpretation = (item9["interpretation"] as? [[String: Any]])?.first
        #expect(((interpretation?["coding"] as? [[String: Any]])?.first?["code"] as? String) == "A")
        let score = try #require(observations.first { F.code($0, "code") == "44261-6" })
        let coding = try #require(((score["code"] as? [String: Any])?["coding"] as? [[String: Any]])?.first)
        #expect(coding["system"] as? String == "http://loinc.org")
        #expect(coding["display"] as? String == "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]")
        let quantity = try #require(score["valueQuantity"] as? [String: Any])
        #expect(quantity["value"] as? Int == 12 && quantity["code"] as? String == "{score}" && quantity["system"] as? String == "http://unitsofmeasure.org")
        #expect(observations.filter { $0["interpretation"] != nil }.count == 1, "no Flag resource: the item-9 Observation only")
    }

    @Test("an item 9 answer of 0 is its own Observation with no interpretation")
    func itemNineAtZero() throws {
        let observations = F.resources(try F.parsed(try F.bundle(F.report(Period.month("2026-09")!))), type: "Observation")
        let item9 = try #require(observations.first { F.code($0, "code") == "44260-8" })
        #expect(F.code(item9, "valueCodeableConcept") == "LA6568-5")
        #expect(item9["interpretation"] == nil)
    }

    @Test("each goal status has its lifecycleStatus", arguments: GoalStatus.allCases)
    func lifecycle(_ status: GoalStatus) throws {
        let expected: [GoalStatus: String] = [.active: "active", .paused: "on-hold", .discontinued: "cancelled", .met: "completed"]
        #expect(FHIRBundle.lifecycleStatus(status) == expected[status])
        let goals = F.resources(try F.parsed(try F.bundle(F.report())), type: "Goal")
        let fixtureGoal = ["active": "paced-breathing", "met": "reconnect", "paused": "sleep-routine", "discontinued": "job-search"][status.rawValue]!
        let report = F.report()
        let index = try #require(report.goals.firstIndex { $0.id == fixtureGoal })
        #expect(report.goals[index].status == status)
        #expect(goals[index]["lifecycleStatus"] as? String == expected[status])
    }

    @Test("achievementStatus: achieved when met, else improving, worsening or no change by the trend")
    func achievement() throws {
        let goals = F.resources(try F.parsed(try F.bundle(F.report())), type: "Goal")
        #expect(goals.map { F.code($0, "achievementStatus") } == ["improving", "achieved", "no-change", "worsening"])
        var goal = F.report().goals[0]
        goal.trend = .noData
        #expect(FHIRBundle.achievement(goal) == nil)
    }

    @Test("a goal has its area, plan target and due date, start and status dates, and its revisions as notes")
    func goalElements() throws {
        let goals = F.resources(try F.parsed(try F.bundle(F.report())), type: "Goal")
        let breathing = goals[0]
        #expect(((breathing["category"] as? [[String: Any]])?.first?["coding"] as? [[String: Any]])?.first?["code"] as? String == "coping-skills")
        #expect((breathing["description"] as? [String: Any])?["text"] as? String == "Use paced breathing when anxiety is above 6/10, on 4 of 7 days")
        let target = try #require((breathing["target"] as? [[String: Any]])?.first)
        #expect((target["detailQuantity"] as? [String: Any])?["value"] as? Int == 8 && target["dueDate"] as? String == "2026-12-31")
        #expect(breathing["startDate"] as? String == "2026-09-01")
        let note = try #require((breathing["note"] as? [[String: Any]])?.first)
        #expect(note["time"] as? String == "2026-10-06")
        #expect((note["text"] as? String)?.contains("from \u{201C}Use paced breathing on 4 of 7 days\u{201D}") == true)
        #expect((note["text"] as? String)?.contains("Made it specific with the client") == true)
        #expect(goals[1]["statusDate"] as? String == "2026-10-06", "met on 2026-10-06")
        #expect(goals[3]["statusDate"] as? String == "2026-10-20", "discontinued on 2026-10-20")
        #expect(goals[3]["target"] == nil, "the plan gives job-search no target")
    }

    @Test("the CarePlan lists the plan's goals and an activity per objective and intervention")
    func carePlan() throws {
        let bundle = try F.parsed(try F.bundle(F.report()))
        let plan = try #require(F.resources(bundle, type: "CarePlan").first)
        #expect(plan["status"] as? String == "active" && plan["intent"] as? String == "plan")
        #expect((plan["period"] as? [String: Any])?["start"] as? String == "2026-09-01")
        #expect((plan["goal"] as? [[String: Any]])?.count == 4)
        let details = (plan["activity"] as? [[String: Any]] ?? []).compactMap { $0["detail"] as? [String: Any] }
        #expect(details.map { $0["description"] as? String } == [
            "Objective: Practise 5 minutes daily", "Intervention: Diaphragmatic breathing training",
            "Objective: List three friends to call", "Intervention: Sleep hygiene education",
        ])
        #expect(details.map { $0["status"] as? String } == ["in-progress", "in-progress", "completed", "on-hold"])
        #expect(F.resources(try F.parsed(try F.bundle(AggregationHarness.report(["C-1/2026-10-01.md": AggregationHarness.note("2026-10-01")],
                                                                                 period: Period.month("2026-10")!))), type: "CarePlan").isEmpty,
                "no plan, no CarePlan")
    }

    @Test("progress ratings are Observations whose focus is their Goal")
    func ratings() throws {
        let bundle = try F.parsed(try F.bundle(F.report()))
        let goalURL = try #require((bundle["entry"] as? [[String: Any]])?.first { ($0["resource"] as? [String: Any])?["resourceType"] as? String == "Goal" }?["fullUrl"] as? String)
        let ratings = F.resources(bundle, type: "Observation").filter { F.code($0, "code") == "goal-progress" }
        #expect(ratings.count == 6)
        let breathing = ratings.filter { F.references($0["focus"] as Any) == [goalURL] }
        #expect(breathing.compactMap { ($0["valueQuantity"] as? [String: Any])?["value"] as? Int } == [5, 6])
    }

    @Test("the Patient has only its identifier and name; redacted, no name anywhere in the bundle")
    func patient() throws {
        let named = try F.bundle(F.report())
        let patient = try #require(F.resources(try F.parsed(named), type: "Patient").first)
        #expect(Set(patient.keys) == ["resourceType", "id", "identifier", "name"])
        let identifier = (patient["identifier"] as? [[String: Any]])?.first
        #expect(identifier?["system"] as? String == "https://clinic.example/client-id" && identifier?["value"] as? String == "F-1")
        #expect(named.contains("Robin Example"))
        let redacted = try F.bundle(F.report(redact: true))
        #expect(!redacted.contains("Robin") && !redacted.contains("Example\""))
        #expect(Set(try #require(F.resources(try F.parsed(redacted), type: "Patient").first).keys) == ["resourceType", "id", "identifier"])
    }

    @Test("without fhir: patient-system the identifier is in Headway's own system")
    func defaultPatientSystem() throws {
        var configuration = F.configuration
        configuration.fhirPatientSystem = nil
        let bundle = try F.parsed(try F.bundle(F.report(configuration: configuration), configuration: configuration))
        let identifier = (F.resources(bundle, type: "Patient").first?["identifier"] as? [[String: Any]])?.first
        #expect(identifier?["system"] as? String == "urn:headway:client-id")
    }

    @Test("a discharged episode's CarePlan is completed and ends on the discharge date; its Goals keep the statuses the notes gave")
    func dischargedCarePlan() throws {
        let report = DischargeDocumentTests.report()
        let bundle = try F.parsed(try F.bundle(report, configuration: ViewFixtures.configuration))
        let plan = try #require(F.resources(bundle, type: "CarePlan").first)
        #expect(plan["status"] as? String == "completed")
        #expect((plan["period"] as? [String: Any])?["end"] as? String == "2026-10-31")
        // docs/fhir.md "Discharge": Headway never invents a status, so an active goal stays active.
        let statuses = F.resources(bundle, type: "Goal").compactMap { $0["lifecycleStatus"] as? String }
        #expect(statuses == report.goals.map { FHIRBundle.lifecycleStatus($0.status) })
        #expect(report.goals.contains { $0.status == .active }, "the fixture has a goal still active at discharge")
    }

    @Test("two scores of one instrument on one day are two Observations with distinct ids")
    func sameDayScores() throws {
        let texts = [
            "C-1/2026-10-01.md": AggregationHarness.note("2026-10-01", "session: 1\nmeasures:\n  PHQ-9: 12\n"),
            "C-1/2026-10-01 evening.md": AggregationHarness.note("2026-10-01", "session: 2\nmeasures:\n  PHQ-9: 10\n"),
        ]
        let report = AggregationHarness.report(texts, period: Period.month("2026-10")!, allowErrors: true)
        let observations = F.resources(try F.parsed(try F.bundle(report, configuration: Configuration())), type: "Observation")
        #expect(observations.count == 2 && report.measures.flatMap(\.scores).count == 2)
        #expect(Set(observations.compactMap { $0["id"] as? String }).count == observations.count)
    }
}
