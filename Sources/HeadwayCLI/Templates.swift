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
            guard !directory.isEmpty else {
                throw RunError.refused(.error("headway", nil, "the folder to export to is empty; name a folder, e.g. templates export my-templates"))
            }
            let writer = ReportWriter(root: URL(fileURLWithPath: directory, isDirectory: true))
            let existing = TemplateSet.defaults.keys.filter {
                FileManager.default.fileExists(atPath: writer.root.appendingPathComponent($0).path)
            }
            if !force, !existing.isEmpty {
                let verb = existing.count == 1 ? "exists" : "exist"
                throw RunError.refused(.error(directory, nil, "\(existing.sorted().joined(separator: ", ")) already \(verb); use --force to replace them"))
            }
            for (name, text) in TemplateSet.defaults.sorted(by: { $0.key < $1.key }) {
                do {
                    print(Diagnostic.visible(try writer.write(text, to: name).path))
                } catch let error as ReportWriter.WriteError {
                    throw RunError.refused(.error(directory, nil, "cannot write the templates: \(error.reason)"))
                }
            }
        }
    }
}
