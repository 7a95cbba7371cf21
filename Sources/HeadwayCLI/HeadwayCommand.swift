import ArgumentParser

/// The `headway` command: progress reports from therapy session notes.
public struct HeadwayCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "headway",
        abstract: "Turn therapy session notes (Markdown with YAML front matter) into progress reports.",
        subcommands: [Report.self, Batch.self, Review.self, Check.self, Templates.self]
    )

    public init() {}
}
