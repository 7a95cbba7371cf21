/// The code systems and codes of Headway's FHIR bundles (docs/fhir.md, "Mapping").
enum FHIRCodes {
    static let loinc = "http://loinc.org"
    static let ucum = "http://unitsofmeasure.org"
    static let observationCategory = "http://terminology.hl7.org/CodeSystem/observation-category"
    static let goalAchievement = "http://terminology.hl7.org/CodeSystem/goal-achievement"
    static let interpretation = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
    /// Headway's code system of goal areas (the area tags of the notes).
    static let goalArea = "urn:headway:goal-area"
    /// Headway's code system of every instrument but PHQ-9 and GAD-7 (declared in `headway.yml` or not).
    static let instrument = "urn:headway:instrument"
    /// Headway's code system of its own observations and measures (`goal-progress`).
    static let headway = "urn:headway:code"

    /// A LOINC code of a questionnaire's total score, with its LOINC long name.
    struct LOINC: Sendable {
        var code: String
        var name: String
    }

    /// LOINC 44261-6, the PHQ-9 total score.
    static let phq9Total = LOINC(code: "44261-6", name: "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]")
    /// LOINC 70274-6, the GAD-7 total score.
    static let gad7Total = LOINC(code: "70274-6", name: "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]")
    /// LOINC 44260-8, PHQ-9 item 9.
    static let phq9Item9 = LOINC(code: "44260-8",
                                 name: "Thoughts that you would be better off dead, or of hurting yourself in some way in last 2 weeks [Reported.PHQ]")
    /// The LOINC answers of a PHQ-9 item, for the answers 0 to 3.
    static let itemAnswers = [
        LOINC(code: "LA6568-5", name: "Not at all"), LOINC(code: "LA6569-3", name: "Several days"),
        LOINC(code: "LA6570-1", name: "More than half the days"), LOINC(code: "LA6571-9", name: "Nearly every day"),
    ]

    /// The LOINC total score of a built-in instrument; nil for a declared one.
    static func total(of instrument: String) -> LOINC? {
        switch instrument {
        case Instrument.phq9.name: return phq9Total
        case Instrument.gad7.name: return gad7Total
        default: return nil
        }
    }

    /// A `Coding`.
    static func coding(_ system: String, _ code: String, _ display: String) -> JSONValue {
        .object([("system", .string(system)), ("code", .string(code)), ("display", .string(display))])
    }

    /// A `CodeableConcept` of one coding, with `text` when given.
    static func concept(_ system: String, _ code: String, _ display: String, text: String? = nil) -> JSONValue {
        .object([("coding", .array([coding(system, code, display)]))] + (text.map { [("text", JSONValue.string($0))] } ?? []))
    }

    /// A `Quantity` of scores: `value` in UCUM's `{score}`.
    static func score(_ value: Double) -> JSONValue {
        .object([("value", .number(value)), ("unit", .string("{score}")), ("system", .string(ucum)), ("code", .string("{score}"))])
    }

    /// A FHIR `code` made from `text`: white space trimmed and runs of it made one space (FHIR codes
    /// may not start or end with, or repeat, white space). A blank text (an instrument named `" "`)
    /// gets `blank-` and the first 8 hexadecimal digits of its SHA-256, so that two blank names stay
    /// apart and the code is the same on every run.
    static func code(_ text: String) -> String {
        let code = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard code.isEmpty else { return code }
        return "blank-" + SHA256.hex(SHA256.digest(Array(text.utf8)).prefix(4))
    }

    /// A display or text for `text`: itself, or `(blank)` when it is empty or only white space (FHIR
    /// strings may not be).
    static func display(_ text: String) -> String {
        nonBlank(text) ?? "(blank)"
    }

    /// `text`, or nil when it is empty or only white space.
    static func nonBlank(_ text: String) -> String? {
        text.allSatisfy(\.isWhitespace) ? nil : text
    }
}
