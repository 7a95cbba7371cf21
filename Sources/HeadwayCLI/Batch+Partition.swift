import Foundation
import HeadwayKit

extension HeadwayCommand.Batch {
    /// The part of a larger run that `--shard` or `--clients-from` asks for, with the fingerprint of
    /// `request` (nil: the whole batch, with its index).
    func partition(of request: ReportRequest) throws(RunError) -> Partition? {
        let selection: ClientSelection
        if let shard {
            selection = .shard(shard)
        } else if let clientsFrom {
            selection = .listed(try Self.clientList(clientsFrom))
        } else {
            return nil
        }
        let templates = TemplateSet.digest(ofFolder: output.templates.map { URL(fileURLWithPath: $0, isDirectory: true) })
        return Partition(selection: selection, fingerprint: Partition.fingerprint(of: request, configuration: request.options.configuration,
                                                                                 templates: templates), templates: templates)
    }

    /// The client ids of the file `source` (`-`: standard input), one a line.
    static func clientList(_ source: String) throws(RunError) -> ClientList {
        guard source != "-" else {
            return ClientList(source: "<stdin>", text: String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self))
        }
        guard let handle = FileHandle(forReadingAtPath: source) else {
            throw .refused(.error(source, nil, "cannot read the list of clients (--clients-from): \(String(cString: strerror(errno)))"))
        }
        defer { try? handle.close() }
        do {
            return ClientList(source: source, text: String(decoding: try handle.readToEnd() ?? Data(), as: UTF8.self))
        } catch {
            throw .refused(.error(source, nil, "cannot read the list of clients (--clients-from): \(error.localizedDescription)"))
        }
    }
}
