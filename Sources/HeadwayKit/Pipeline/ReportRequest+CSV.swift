extension ReportRequest {
    /// The formats written as one file per report: all but `csv`, whose tables the run writes itself.
    var reportFormats: [OutputFormat] { formats.filter { $0 != .csv } }

    /// Whether the run writes the CSV tables: `csv` asked of progress reports (a plan review or a
    /// discharge summary has none).
    var writesCSV: Bool { formats.contains(.csv) && periodChoice != nil }
}
