import Foundation

/// A treatment-plan review of one client: the applicable plan's start to the review date, written
/// as `OUT/<client>/plan-review-<date>.<ext>`.
public struct ReviewRun: Sendable {
    /// Why there is nothing to review.
    public struct NothingToReview: Error, CustomStringConvertible {
        public var description: String
    }

    /// The client.
    public var client: String
    /// The review date (nil: the client's last note).
    public var date: Day?
    /// Formats, in order (md, html, json, pdf).
    public var formats: [OutputFormat]
    /// Redaction and clinic settings.
    public var options: ReportOptions
    /// Paper size of the PDF.
    public var paper: Paper

    /// Creates a review run.
    public init(client: String, date: Day?, formats: [OutputFormat], options: ReportOptions, paper: Paper) {
        self.client = client
        self.date = date
        self.formats = formats
        self.options = options
        self.paper = paper
    }

    /// What a review run did.
    public struct Outcome: Sendable {
        /// Files written, relative to the output folder.
        public var files: [String] = []
        /// Files that could not be written.
        public var failures: [String] = []
        /// WeasyPrint was needed and is missing.
        public var printerMissing = false
    }

    /// The report behind the review: the applicable plan's start to the review date.
    public func report(from caseload: Caseload) throws -> ProgressReport {
        guard let day = date ?? caseload.lastDay(of: client) else {
            throw NothingToReview(description: "no valid note or plan for client '\(client)'\(caseload.didYouMean(client: client))")
        }
        guard let plan = caseload.applicablePlan(of: client, on: day) else {
            throw NothingToReview(description: "client '\(client)' has no treatment plan starting on or before \(day)")
        }
        let period = Period(from: plan.start, to: day, label: "\(plan.start) to \(day)", slug: "plan-review-\(day)")
        return ClientReports(client: client, caseload: caseload, options: options).report(for: period)
    }

    /// Renders and writes the review in every format; the PDF is printed from the review's HTML.
    public func execute(_ report: ProgressReport, renderer: ReportRenderer, writer: ReportWriter, printer: PDFPrinter) -> Outcome {
        var outcome = Outcome()
        for format in formats {
            let path = "\(client)/\(report.period.slug).\(format.fileExtension)"
            do {
                if format == .pdf {
                    let html = renderer.renderReview(report.flattenedForPrint(), as: .html, paper: paper)
                    try writer.write(try printer.pdf(from: html), to: path)
                } else {
                    try writer.write(renderer.renderReview(report, as: format, paper: paper), to: path)
                }
                outcome.files.append(path)
            } catch PDFPrinter.Failure.missing {
                outcome.printerMissing = true
                outcome.failures.append("\(path): error: \(PDFPrinter.Failure.missing)")
            } catch {
                outcome.failures.append("\(path): error: \(error)")
            }
        }
        return outcome
    }
}
