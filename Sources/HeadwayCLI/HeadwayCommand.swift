import ArgumentParser
import Foundation

/// The `headway` command: progress reports from therapy session notes.
public struct HeadwayCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "headway",
        abstract: "Turn therapy session notes (Markdown with YAML front matter) into progress reports.",
        subcommands: [Report.self, Batch.self, Review.self, Check.self, Clients.self, Templates.self]
    )

    public init() {}

    /// Parses the arguments and runs the command. Bad arguments exit with status 2 (not
    /// ArgumentParser's 64), as the README promises: 2 means nothing could be done.
    public static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                Console.error(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
