import Foundation
import PackagePlugin

/// Embeds every file of the package's `Templates/` folder into the target as `DefaultTemplates.files`, and
/// every JSON Schema of `docs/schema/` as `DefaultSchemas.files`, so that the docs' schemas are the ones printed.
@main
struct EmbedTemplatesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let package = context.package.directoryURL
        return [
            try embed(folder: package.appending(path: "Templates"), suffix: ".mustache", as: "DefaultTemplates",
                      what: "default templates", context: context),
            try embed(folder: package.appending(path: "docs/schema"), suffix: ".schema.json", as: "DefaultSchemas",
                      what: "JSON Schemas", context: context),
        ]
    }

    /// One run of the EmbedTemplates tool: the files of `folder` whose names end in `suffix`, into `name.swift`.
    private func embed(folder: URL, suffix: String, as name: String, what: String, context: PluginContext) throws -> Command {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(suffix) }
            .sorted()
        let inputs = names.map { folder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "\(name).swift")
        return .buildCommand(
            displayName: "Embedding \(inputs.count) \(what)",
            executable: try context.tool(named: "EmbedTemplates").url,
            arguments: [output.path] + inputs.map(\.path),
            inputFiles: inputs,
            outputFiles: [output])
    }
}
