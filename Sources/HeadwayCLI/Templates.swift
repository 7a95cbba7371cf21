import ArgumentParser
import Foundation
import HeadwayKit

extension HeadwayCommand {
    /// `headway templates`: work with the report templates.
    struct Templates: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Work with the report templates.",
            subcommands: [Export.self])
    }
}

extension HeadwayCommand.Templates {
    /// `headway templates export DIR`: write the default templates for customising.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the default templates to a folder, to edit and pass back with --templates.")

        @Argument(help: "The folder to write the templates to.")
        var directory: String
        @Flag(help: "Replace templates already in the folder.")
        var force = false

        func run() async throws {
            let folder = URL(fileURLWithPath: directory, isDirectory: true)
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                Console.error("\(directory): error: cannot create the folder: \(error.localizedDescription)")
                throw ExitCode(2)
            }
            let existing = TemplateSet.defaults.keys.filter {
                FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path)
            }
            if !force, !existing.isEmpty {
                let verb = existing.count == 1 ? "exists" : "exist"
                Console.error("\(directory): error: \(existing.sorted().joined(separator: ", ")) already \(verb); use --force to replace them")
                throw ExitCode(2)
            }
            for (name, text) in TemplateSet.defaults.sorted(by: { $0.key < $1.key }) {
                try Data(text.utf8).write(to: folder.appendingPathComponent(name), options: .atomic)
                print(folder.appendingPathComponent(name).path)
            }
        }
    }
}
