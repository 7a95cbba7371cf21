import Foundation
import Testing
@testable import HeadwayKit

/// Real reports rich enough that every template value exists somewhere: the golden report and
/// `Fixtures/rendering/views` (V-1: a plan with a goal never rated and not SMART, an unplanned goal, a
/// cancellation by the clinician, a safety flag, a response and remission, a review note on 2026-10-31),
/// with a clinic configured; and a month crossing a discharge (`Fixtures/rendering/episodes`).
enum ViewFixtures {
    static var configuration: Configuration {
        var configuration = Configuration()
        configuration.clinicName = "Riverside & Co"
        configuration.clinicAddress = ["12 Mill Lane", "Riverside"]
        configuration.measureEvery = MeasureSchedule(intervals: [.init(instrument: "PHQ-9", sessions: 3)])
        return configuration
    }

    static let october = Period.month("2026-10")!

    /// V-1's October report.
    static func planned() -> ProgressReport {
        AggregationHarness.report(AggregationHarness.fixtureTexts("rendering/views"), client: "V-1", period: october,
                                  options: ReportOptions(configuration: configuration))
    }

    /// V-1's plan review: plan start to the end of October.
    static func review() -> ProgressReport {
        AggregationHarness.report(AggregationHarness.fixtureTexts("rendering/views"), client: "V-1",
                                  period: Period.range(from: Day(iso: "2026-09-01")!, to: Day(iso: "2026-10-31")!),
                                  options: ReportOptions(configuration: configuration))
    }

    /// An index of V-1 (with an error), R-1 and a client whose every file was rejected.
    static func index() -> CaseloadIndex {
        let reports = [planned(), RenderingGolden.report()]
        let entries = reports.map { report in
            CaseloadIndex.Entry(client: report.client.id, reports: [link(report)], summary: CaseloadIndex.summary(of: report),
                                errorCount: report.client.id == "V-1" ? 1 : 0, name: report.client.name,
                                reviewDue: report.planReview?.reviewDue, attention: report.client.id == "V-1" ? [.errors(1)] : [])
        } + [CaseloadIndex.Entry(client: "X-9", reports: [], summary: "", errorCount: 2, name: "Alex Q.", attention: [.errors(2), .noRecentMeasure(sessions: 3)])]
        return CaseloadIndex(title: "October 2026", entries: entries, outcomes: CaseloadOutcomes(reports: reports), finished: finished())
    }

    /// Finished episodes of three months (2, 5 and 5: the first fewer than 5, the second withheld to
    /// protect it, the third shown): six of one clinician (shown), two of another and three of a third
    /// (fewer than 5), one with no clinician; six doing CBT (shown), five DBT (withheld to protect the one
    /// with no modality); one reliably improved after 4 sessions.
    static func finished() -> FinishedEpisodes {
        let episodes = (0..<12).map { number in
            FinishedEpisode(client: "F-\(number)", number: 1, discharged: Day(iso: number < 2 ? "2026-08-31" : number < 7 ? "2026-09-30" : "2026-10-20")!,
                            clinician: number < 6 ? "A. Rivera" : number < 8 ? "B. Chen" : number < 11 ? "C. Lee" : nil,
                            modalities: number < 6 ? ["CBT"] : number < 11 ? ["DBT"] : [],
                            pairedMeasures: number % 3, caseAtStart: number % 3 == 0 ? nil : true, recovered: number % 3 == 0 ? nil : number == 1,
                            reliableImprovement: number % 3 == 0 ? nil : number == 1, reliableDeterioration: number % 3 == 0 ? nil : number == 2,
                            reliableRecovery: number % 3 == 0 ? nil : number == 1, sessionsToReliableImprovement: number == 1 ? 4 : nil)
        }
        return FinishedEpisodes(episodes, monthly: true)
    }

    private static func link(_ report: ProgressReport) -> CaseloadIndex.ReportLink {
        let base = "\(report.client.id)/\(report.period.slug)"
        return CaseloadIndex.ReportLink(label: report.period.label, files: [.markdown: base + ".md", .html: base + ".html", .json: base + ".json", .pdf: base + ".pdf"])
    }

    /// The root views of every shipped template, in both formats: report, review, discharge summary (V-1's
    /// review period is its first episode, discharged on 2026-10-31), index and the client's
    /// version; and the note scaffolds.
    static func rootViews() throws -> [any TemplateView] {
        let renderer = ReportRenderer(templates: try TemplateSet(), configuration: configuration)
        return [OutputFormat.markdown, .html].flatMap { format -> [any TemplateView] in
            [renderer.view(of: planned(), as: format), renderer.view(of: RenderingGolden.report(), as: format),
             renderer.view(of: EpisodeRenderingTests.crossing(), as: format),
             ReviewView(renderer.view(of: review(), as: format), paper: .a4, withDiagnostics: true),
             DischargeView(renderer.view(of: review(), as: format), paper: .letter),
             // A review's or discharge summary's period lies in one episode; the crossing month shows that
             // their inherited episode parts answer too.
             ReviewView(renderer.view(of: EpisodeRenderingTests.crossing(), as: format), paper: .a4, withDiagnostics: false),
             DischargeView(renderer.view(of: EpisodeRenderingTests.crossing(), as: format), paper: .a4), IndexView(index(), markup: Markup(format: format), configuration: configuration)]
                + [planned(), RenderingGolden.report()].map { ClientReportView($0, markup: Markup(format: format), configuration: configuration) }
                + [ClientReportView(review(), markup: Markup(format: format), configuration: configuration, paper: .letter)]
        } + notes().map(NoteView.init)
    }

    /// The scaffolds `headway new` makes from V-1's notes (a session note, a plan, a review note), and a
    /// session note for a new client, named with `--name`.
    static func notes() -> [NoteScaffold] {
        let caseload = AggregationHarness.caseload(AggregationHarness.fixtureTexts("rendering/views"), configuration: configuration)
        let day = Day(iso: "2026-10-31")!  // the discharge date of V-1: still its episode
        return NoteScaffold.Kind.allCases.map { NoteScaffold($0, client: "V-1", date: day, caseload: caseload, configuration: configuration) }
            + [NoteScaffold(.session, client: "V-2", clientName: "Robin K.", date: day, caseload: caseload)]
    }
}
