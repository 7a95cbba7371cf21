/// A report as one FHIR R4 (4.0.1) `Bundle` of type `collection` (docs/fhir.md): the client's `Patient`,
/// the applicable plan's `CarePlan`, a `Goal` per goal, and an `Observation` per score, PHQ-9 item 9
/// answer and progress rating of the period. Made from the report alone; ids are derived from what
/// each resource is about, so the same report gives the same bytes.
struct FHIRBundle {
    /// The identifier system of the Patient when `headway.yml` names none (`fhir: { patient-system: … }`).
    static let defaultPatientSystem = "urn:headway:client-id"

    let report: ProgressReport
    /// The system of the Patient's identifier.
    let patientSystem: String

    /// The bundle of `report`, the Patient's identifier in `configuration`'s system.
    init(_ report: ProgressReport, configuration: Configuration) {
        self.report = report
        patientSystem = configuration.fhirPatientSystem ?? Self.defaultPatientSystem
    }

    /// The identity of the resource of `kind` (its resource type) about `parts` of this client.
    func identity(_ kind: String, _ parts: [String] = []) -> FHIRIdentity {
        FHIRIdentity(["headway", kind, report.client.id] + parts)
    }

    /// The client's Patient.
    var patient: FHIRIdentity { identity("Patient") }

    /// The Goal of the goal `id`.
    func goal(_ id: String) -> FHIRIdentity { identity("Goal", [GoalKey(id).folded]) }

    /// The bundle: Patient, CarePlan, Goals, then Observations.
    var json: JSONValue {
        let entries = [patientEntry] + (carePlanEntry.map { [$0] } ?? []) + goalEntries + observationEntries
        return .object([
            ("resourceType", .string("Bundle")),
            ("id", .string(identity("Bundle", [report.period.slug]).uuid)),
            ("type", .string("collection")),
            ("entry", .array(entries)),
        ])
    }

    /// One entry: `resource` of `type` with the identity's id, under its `fullUrl`.
    func entry(_ identity: FHIRIdentity, _ type: String, _ members: [(String, JSONValue)]) -> JSONValue {
        .object([
            ("fullUrl", .string(identity.fullUrl)),
            ("resource", .object([("resourceType", .string(type)), ("id", .string(identity.uuid))] + members)),
        ])
    }

    /// The Patient: only the identifier, and the name unless the report is redacted or the name is blank
    /// (FHIR strings may not be empty).
    private var patientEntry: JSONValue {
        let identifier = JSONValue.object([("system", .string(patientSystem)), ("value", .string(report.client.id))])
        let given = report.client.name.flatMap(FHIRCodes.nonBlank)
        let name = given.map { [("name", JSONValue.array([.object([("text", .string($0))])]))] } ?? []
        return entry(patient, "Patient", [("identifier", .array([identifier]))] + name)
    }
}
