import ArgumentParser
import Foundation
import HeadwayKit

/// The `headway` command: progress reports from therapy session notes.
public struct HeadwayCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "headway",
        abstract: "Turn therapy session notes (Markdown with YAML front matter) into progress reports.",
        subcommands: [Report.self, Batch.self, Watch.self, Review.self, Discharge.self, Check.self, Clients.self, New.self, Schema.self, Templates.self, Merge.self]
    )

    public init() {}

    /// Parses the arguments and runs the command; every way a command ends comes here and leaves with
    /// the status of `Termination`'s table (bad arguments: 2, not ArgumentParser's 64).
    public static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch let error as RunError {
            Foundation.exit(Termination.fail(error).rawValue)
        } catch {
            if exitCode(for: error) == .validationFailure {
                Console.error(fullMessage(for: error))
                Foundation.exit(Termination.Status.nothingDone.rawValue)
            }
            exit(withError: error)
        }
    }
}
