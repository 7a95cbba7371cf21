import HeadwayKit

/// What one fuzz input is fed to. Each target reads the bytes as the pipeline reads that kind of file
/// and carries the result through to a report, so that any crash, hang or leak on the way shows up.
/// The regression tests replay kept inputs through this same code (this file is linked into them).
enum FuzzTarget: String, CaseIterable, Sendable {
    /// The bytes are one note file: note reader (front matter, YAML, cmark walk), then the report model.
    case notes
    /// The bytes are `headway.yml`: configuration reader, then a report over fixed notes that use
    /// every declared instrument and area, rendered as Markdown and HTML.
    case config
    /// The bytes are `report.md.mustache` of a templates folder: template loader (with its partial and
    /// loop checks), then a fixed report rendered as Markdown with it.
    case templates

    /// Feeds `bytes` to the target.
    func run(_ bytes: [UInt8]) {
        switch self {
        case .notes: Self.runNotes(bytes)
        case .config: Self.runConfig(bytes)
        case .templates: Self.runTemplates(bytes)
        }
    }

    private static func runNotes(_ bytes: [UInt8]) {
        let caseload = Caseload.assemble([NoteParser().parse(path: "fuzz.md", bytes: bytes)], configuration: Configuration())
        for report in reports(of: caseload, options: ReportOptions()) { _ = report.json.serialized() }
    }

    private static func runConfig(_ bytes: [UInt8]) {
        guard let text = String(validating: bytes, as: UTF8.self),
              case .success(let configuration) = ConfigurationParser.parse(text, path: "headway.yml") else { return }
        let parser = NoteParser(configuration: configuration)
        let files = FuzzNotes.using(configuration).enumerated().map { index, note in
            parser.parse(path: "C-0001/note-\(index).md", bytes: Array(note.utf8))
        }
        let caseload = Caseload.assemble(files, configuration: configuration)
        let renderer = ReportRenderer(templates: FuzzNotes.defaultTemplates, configuration: configuration)
        for report in reports(of: caseload, options: ReportOptions(configuration: configuration)) {
            _ = renderer.render(report, as: .markdown)
            _ = renderer.render(report, as: .html)
            _ = report.json.serialized()
        }
    }

    private static func runTemplates(_ bytes: [UInt8]) {
        guard let text = String(validating: bytes, as: UTF8.self),
              let templates = try? TemplateSet(files: ["report.md.mustache": text], folder: "templates") else { return }
        let renderer = ReportRenderer(templates: templates)
        for report in FuzzNotes.fixedReports { _ = renderer.render(report, as: .markdown) }
    }

    /// The all-sessions report of every client of `caseload`.
    static func reports(of caseload: Caseload, options: ReportOptions) -> [ProgressReport] {
        caseload.clients.compactMap { client in
            let reports = ClientReports(client: client, caseload: caseload, options: options)
            return reports.dates.allSessions.map { reports.report(for: $0) }
        }
    }
}
