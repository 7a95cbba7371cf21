import Foundation

extension TemplateSet {
    /// The SHA-256 of the templates a `TemplateSet(overrides: folder)` reads: each `*.mustache` file of
    /// `folder` (hidden ones excepted), by name, with its bytes; `default` when there is no folder.
    /// The parts of a sharded batch record it, and `merge` renders the index only with the same templates.
    public static func digest(ofFolder folder: URL?) -> String {
        guard let folder else { return "default" }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { !$0.hasPrefix(".") && $0.hasSuffix(".mustache") }.sorted()
        var bytes: [UInt8] = []
        for name in names {
            let contents = contents(of: folder.appendingPathComponent(name)) ?? Data()
            bytes += Array("\(name.utf8.count):\(name)\(contents.count):".utf8) + contents
        }
        return SHA256.hex(Data(bytes))
    }
}
