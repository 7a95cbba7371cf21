/// The caseload index as its templates see it (README, "Index variables").
final class IndexView: TemplateView {
    let index: CaseloadIndex
    let markup: Markup
    /// The clinic's header details.
    let configuration: Configuration

    init(_ index: CaseloadIndex, markup: Markup, configuration: Configuration = Configuration()) {
        self.index = index
        self.markup = markup
        self.configuration = configuration
    }

    /// "2 clients need attention", or nil when none does.
    private static func attention(_ count: Int) -> String? {
        count == 0 ? nil : DisplayFormat.count(count, "client") + (count == 1 ? " needs" : " need") + " attention"
    }

    static let fields = ViewFields<IndexView>("index", [
        .value("title") { $0.markup.text($0.index.title) },
        .list("clients", of: IndexEntryView.self) { view in view.index.entries.map { IndexEntryView($0, markup: view.markup) } },
        .value("hasClients") { !$0.index.entries.isEmpty },
        .value("attention") { attention($0.index.clientsNeedingAttention) },
        .object("clinic", ClinicView.self) { ClinicView($0.configuration, markup: $0.markup) },
        .list("attentionClients", of: IndexEntryView.self) { view in
            view.index.entries.filter { !$0.attention.isEmpty }.map { IndexEntryView($0, markup: view.markup) }
        },
        .value("hasAttentionClients") { $0.index.entries.contains { !$0.attention.isEmpty } },
        .object("outcomes", OutcomesView.self) { OutcomesView($0.index, markup: $0.markup) },
    ])
}

/// One client's line of the index.
final class IndexEntryView: TemplateView {
    let entry: CaseloadIndex.Entry
    let markup: Markup

    init(_ entry: CaseloadIndex.Entry, markup: Markup) {
        self.entry = entry
        self.markup = markup
    }

    static let fields = ViewFields<IndexEntryView>("index entry", [
        .value("client") { $0.markup.text($0.entry.client) },
        .value("summary") { $0.markup.text($0.entry.summary) },
        .list("reports", of: ReportLinkView.self) { view in view.entry.reports.map { ReportLinkView($0, markup: view.markup) } },
        .value("hasReports") { !$0.entry.reports.isEmpty },
        .value("needsAttention") { view in
            let count = view.entry.errorCount
            return count == 0 ? nil : DisplayFormat.count(count, "error")
        },
        .value("name") { view in view.entry.name.map(view.markup.text) },
        .value("reviewDue") { $0.entry.reviewDue?.description },
        .value("reasons") { view in view.entry.attention.isEmpty ? nil : view.markup.text(view.entry.attention.map(\.words).joined(separator: "; ")) },
        .object("latest", ReportLinkView.self) { view in view.entry.reports.last { !$0.files.isEmpty }.map { ReportLinkView($0, markup: view.markup) } },
    ])
}

/// One written report of a client: `label` and the relative path of each format written.
final class ReportLinkView: TemplateView {
    let link: CaseloadIndex.ReportLink
    let markup: Markup

    init(_ link: CaseloadIndex.ReportLink, markup: Markup) {
        self.link = link
        self.markup = markup
    }

    static let fields = ViewFields<ReportLinkView>("report link", [
        .value("label") { $0.markup.text($0.link.label) },
    ] + ReportFiles.fields { $0.link.files })
}

/// The `md`, `html` and `json` paths of a report, each absent when that format was not written.
enum ReportFiles {
    /// The formats a batch writes, and so links.
    static let formats: [OutputFormat] = [.markdown, .html, .json, .pdf]

    /// One field per format, reading the paths `files` gives.
    static func fields<View>(_ files: @escaping @Sendable (View) -> [OutputFormat: String]?) -> [ViewField<View>] {
        formats.map { format in .value(format.fileExtension) { files($0)?[format] } }
    }
}

extension CaseloadIndex.Attention {
    /// The reason in words: "safety flag on 2026-10-14", "2 errors in the notes", "plan review overdue
    /// (due 2026-10-30)", "no measure in the last 3 sessions", "PHQ-9 missing at 4 of the last 10 attended sessions",
    /// "GAD-7 due by measure-every and missing at 2 of the last 10 attended sessions".
    var words: String {
        switch self {
        case .safetyFlags(let dates):
            return (dates.count == 1 ? "safety flag on " : "safety flags on ") + dates.map(\.description).joined(separator: ", ")
        case .errors(let count):
            return DisplayFormat.count(count, "error") + " in the notes"
        case .reviewOverdue(let due):
            return "plan review overdue (due \(due))"
        case .noRecentMeasure(let sessions):
            return "no measure in the last \(sessions) sessions"
        case .unscoredEpisodeEnd(let discharged):
            return "last session before the discharge of \(discharged) not scored"
        case .missingPHQ9(let missing, let sessions):
            return "PHQ-9 missing at \(missing) of the last \(DisplayFormat.count(sessions, "attended session"))"
        case .missingScheduledMeasure(let instrument, let missing, let sessions):
            return "\(instrument) due by measure-every and missing at \(missing) of the last \(DisplayFormat.count(sessions, "attended session"))"
        }
    }
}
