extension ProgressReport {
    /// The discharge summary's JSON: the report's model (docs/report-model.md) followed by `discharge`,
    /// the episode's discharge note (`date`, `reason`, `clinician`, `summary`, `recommendations`, the
    /// typed sections as plain text; `null` when absent).
    var dischargeJSON: JSONValue {
        guard case .object(let fields) = json else { return json }
        return .object(fields + [("discharge", episode?.discharge?.json ?? .null)])
    }
}

extension DischargeNote {
    var json: JSONValue {
        .object([
            ("date", .day(date)),
            ("reason", .optional(reason?.rawValue)),
            ("clinician", .optional(clinician)),
            ("summary", .optional(summary?.text)),
            ("recommendations", .optional(recommendations?.text)),
        ])
    }
}
