/// The client a report is about: `id`, `name` (absent when redacted or never given).
final class ClientView: TemplateView {
    let client: ClientInfo
    let markup: Markup

    init(_ client: ClientInfo, markup: Markup) {
        self.client = client
        self.markup = markup
    }

    static let fields = ViewFields<ClientView>("client", [
        .value("id") { $0.markup.text($0.client.id) },
        .value("name") { view in view.client.name.map(view.markup.text) },
    ])
}

/// The period a report covers: `from`, `to`, `label`, `slug`.
final class PeriodView: TemplateView {
    let period: Period

    init(_ period: Period) { self.period = period }

    static let fields = ViewFields<PeriodView>("period", [
        .value("from") { $0.period.from.description },
        .value("to") { $0.period.to.description },
        .value("label") { $0.period.label },
        .value("slug") { $0.period.slug },
    ])
}

/// Attendance over a report's period.
final class SessionsView: TemplateView {
    let sessions: SessionSummary

    init(_ sessions: SessionSummary) { self.sessions = sessions }

    static let fields = ViewFields<SessionsView>("sessions", [
        .value("attended") { $0.sessions.attended },
        .value("cancelled") { $0.sessions.cancelled },
        .value("cancelledByClinician") { $0.sessions.cancelledByClinician > 0 ? $0.sessions.cancelledByClinician : nil },
        .value("noShow") { $0.sessions.noShow },
        .value("scheduled") { $0.sessions.scheduled },
        .value("attendanceRate") { DisplayFormat.percent($0.sessions.attendanceRate) },
        .texts("dates") { $0.sessions.dates.map(\.description) },
        .value("cumulativeAttended") { $0.sessions.cumulativeAttended },
    ])
}

/// The clinic's name and address lines from `headway.yml`.
final class ClinicView: TemplateView {
    let configuration: Configuration
    let markup: Markup

    /// Nil when neither a name nor an address is configured.
    init?(_ configuration: Configuration, markup: Markup) {
        guard configuration.clinicName != nil || !configuration.clinicAddress.isEmpty else { return nil }
        self.configuration = configuration
        self.markup = markup
    }

    static let fields = ViewFields<ClinicView>("clinic", [
        .value("name") { view in view.configuration.clinicName.map(view.markup.text) },
        .texts("address") { view in view.configuration.clinicAddress.map(view.markup.text) },
    ])
}

/// An inline SVG chart (HTML only: Markdown reports carry text trends instead): `svg`, `title`.
final class ChartView: TemplateView {
    let chart: Chart

    init(_ chart: Chart) { self.chart = chart }

    static let fields = ViewFields<ChartView>("chart", [
        .value("svg") { $0.chart.svg },
        .value("title") { $0.chart.title },
    ])
}
