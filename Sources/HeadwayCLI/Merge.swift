import ArgumentParser
import Foundation
import HeadwayKit

extension HeadwayCommand {
    /// `headway merge`: the index of a sharded batch, from its parts' partial indexes.
    struct Merge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Combine the parts of a sharded batch (batch --shard K/N or --clients-from) into the index.",
            discussion: """
                Reads OUT/.headway/*.json in every folder named, checks that they are the parts of one batch (shards 1 \
                to N, each once, with the same options), and writes the index that one unsharded batch would have \
                written into the first folder (the clinician's and the client's version each into its own index). Reports of parts in the other folders are copied into the first, \
                where the index links them; the other folders are left as they are. The merged partial indexes of \
                the first folder are then removed. The exit status is the highest of the parts' and the merge's own \
                (docs/scale.md).
                """)

        @Argument(help: "The output folders of the parts; the index is written into the first.", completion: .directory)
        var folders: [String] = []
        @Option(help: "The templates folder the batch was run with (batch --templates), for the index.")
        var templates: String?
        @Flag(name: .shortAndLong, help: "Print only diagnostics, no summary.")
        var quiet = false

        func validate() throws {
            if folders.isEmpty { throw ValidationError("name the output folder of at least one part") }
        }

        func run() async throws {
            let set = try OutputOptions.templateSet(templates)
            let digest = TemplateSet.digest(ofFolder: templates.map { URL(fileURLWithPath: $0, isDirectory: true) })
            let merges = try IndexMerge.read(folders: folders).byAudience
            for merge in merges { try merge.check(templates: digest) }
            var indexes: [CaseloadIndex] = []
            for merge in merges { indexes.append(try merge.index()) }
            let outcomes = zip(merges, indexes).map { merge, index in (merge.write(index, templates: set), merge) }
            try Termination.finish(outcomes, quiet: quiet)
        }
    }
}
