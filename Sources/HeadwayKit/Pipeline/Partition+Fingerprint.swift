extension Partition {
    /// The fingerprint of a part of the batch `request` over `configuration`, rendered with the templates
    /// of digest `templates`: the SHA-256 of every option that changes a report or the index (document
    /// and periods, formats, audience, redaction, the clinic's settings, the templates), so that two
    /// parts have the same one only when one unsharded batch could have written both.
    public static func fingerprint(of request: ReportRequest, configuration: Configuration, templates: String) -> String {
        let lines = [
            "headway partial index \(PartialIndex.layout)",
            "document \(request.document)",
            "formats \(request.formats.map(\.rawValue).joined(separator: ","))",
            "audience \(request.audience.rawValue)",
            "redact \(request.options.redact)",
            "clinic \(configuration.clinicName.map { "\($0.debugDescription)" } ?? "none")",
            "address \(configuration.clinicAddress.map(\.debugDescription).joined(separator: ","))",
            "areas \(configuration.areas.sorted { $0.key < $1.key }.map { "\($0.key.debugDescription)=\($0.value.debugDescription)" }.joined(separator: ","))",
            "instruments \(configuration.instruments)",
            "exclude \(configuration.exclude.map(\.text.debugDescription).joined(separator: ","))",
            "templates \(templates)",
        ]
        return SHA256.hex(lines.joined(separator: "\n"))
    }
}
