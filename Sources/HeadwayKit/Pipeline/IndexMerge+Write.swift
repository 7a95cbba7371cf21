import Foundation

/// What a merge wrote: the index's clients and reports, the files written in the first folder, and
/// what went wrong writing them.
public struct MergeOutcome: Sendable {
    /// Clients in the index.
    public var clients = 0
    /// Reports the index links.
    public var reports = 0
    /// Files written in the first folder (copied reports, then the index), relative to it.
    public var files: [String] = []
    /// Files that could not be copied, written or removed.
    public var failures: [Diagnostic] = []
}

extension IndexMerge {
    /// The index of the parts (checked with `check`): their entries by client id, their clients'
    /// outcomes in the same order, and their finished episodes, as one batch builds them.
    public func index() throws(RunError) -> CaseloadIndex {
        var records: [(entry: CaseloadIndex.Entry, outcomes: CaseloadOutcomes?)] = []
        var finished: [FinishedEpisode] = []
        for part in parts {
            for record in part.partial.clients {
                do {
                    records.append((try record.entry.entry(), try record.outcomes.map { (outcome) throws(ReadError) in try outcome.outcomes() }))
                    for episode in record.finished { finished.append(try episode.episode(of: record.entry.client)) }
                } catch {
                    throw .refused(.error(part.path, nil, "cannot read the partial index: \(error.reason)"))
                }
            }
        }
        records.sort { $0.entry.client.precedesByBytes($1.entry.client) }
        return CaseloadIndex(title: parts.first?.partial.title ?? "", entries: records.map(\.entry),
                             outcomes: CaseloadOutcomes(merging: records.compactMap(\.outcomes)),
                             finished: FinishedEpisodes(finished, monthly: parts.first?.partial.monthly ?? false,
                                                        redacted: parts.first?.partial.redacted ?? false))
    }

    /// Writes the index of the parts into the first folder with `templates`, after copying there the
    /// reports of the parts found in the other folders (the index links them relative to itself); then
    /// removes the first folder's partial indexes, so that it is the tree one batch writes. The other
    /// folders are left as they are.
    public func write(_ index: CaseloadIndex, templates: TemplateSet) -> MergeOutcome {
        guard let first = parts.first else { return MergeOutcome() }
        let writer = ReportWriter(root: URL(fileURLWithPath: first.folder, isDirectory: true))
        var outcome = MergeOutcome(clients: index.entries.count, reports: index.entries.reduce(0) { $0 + $1.reports.filter { !$0.files.isEmpty }.count })
        let home = FolderEntry.realPath(first.folder)
        for part in parts where FolderEntry.realPath(part.folder) != home {
            for record in part.partial.clients {
                for path in record.entry.reports.flatMap({ $0.files.values }).sorted() {
                    copy(path, of: record.entry.client, from: part.folder, with: writer, &outcome)
                }
            }
        }
        let audience = Audience(rawValue: first.partial.audience) ?? .clinician
        var configuration = Configuration()
        configuration.clinicName = first.partial.clinicName
        configuration.clinicAddress = first.partial.clinicAddress
        let renderer = ReportRenderer(templates: templates, configuration: configuration)
        for format in Pipeline.indexFormats(json: first.partial.formats.contains(OutputFormat.json.rawValue)) {
            let path = Pipeline.indexPath(format, for: audience)
            do {
                try writer.write(renderer.render(index, as: format), to: path)
                outcome.files.append(path)
            } catch {
                outcome.failures.append((error as? ReportWriter.WriteError)?.diagnostic ?? .error(path, nil, "cannot write the index: \(error)"))
            }
        }
        if first.partial.formats.contains(OutputFormat.csv.rawValue) { writeTables(for: audience, with: writer, &outcome) }
        if outcome.failures.isEmpty { removePartials(in: first.folder, home: home, &outcome) }
        return outcome
    }

    /// The CSV rows of the parts: every client's in client-id order (by bytes), as one batch orders them.
    var tables: CSVRows {
        var rows = CSVRows()
        let records = parts.flatMap(\.partial.clients).sorted { $0.entry.client.precedesByBytes($1.entry.client) }
        for record in records { if let csv = record.csv { rows.append(csv) } }
        return rows
    }

    /// Writes the CSV tables of the parts into the first folder, as the batch names them.
    private func writeTables(for audience: Audience, with writer: ReportWriter, _ outcome: inout MergeOutcome) {
        let tables = tables
        for table in CSVTable.allCases {
            let path = table.fileName(for: audience)
            do {
                try writer.write(tables.file(table), to: path)
                outcome.files.append(path)
            } catch {
                outcome.failures.append((error as? ReportWriter.WriteError)?.diagnostic ?? .error(path, nil, "cannot write the CSV table: \(error)"))
            }
        }
    }

    /// Copies the report at `path` in `folder` to the same path in the first folder: only a regular file
    /// (not a link) in the folder of `client`, as a batch names its reports.
    private func copy(_ path: String, of client: String, from folder: String, with writer: ReportWriter, _ outcome: inout MergeOutcome) {
        let names = path.split(separator: "/", omittingEmptySubsequences: false)
        var info = stat()
        guard names.count == 2, names[0] == client, !names[1].isEmpty, !names[1].hasPrefix("."),
              lstat(folder + "/" + path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            outcome.failures.append(.error(folder + "/" + path, nil, "not copied: not a report file of client '\(client)' (a regular file in its folder)"))
            return
        }
        do {
            let bytes = try FolderNoteSource.readRegularFile(Array((folder + "/" + path).utf8), limit: 1 << 34, whole: true)
            try writer.write(Data(bytes), to: path)
            outcome.files.append(path)
        } catch let error as ReportWriter.WriteError {
            outcome.failures.append(error.diagnostic)
        } catch {
            outcome.failures.append(.error(folder + "/" + path, nil, "cannot copy the report: \((error as? ReadError)?.reason ?? "\(error)")"))
        }
    }

    /// Removes the partial indexes merged from the first folder, and their folder once empty.
    private func removePartials(in folder: String, home: String?, _ outcome: inout MergeOutcome) {
        for part in parts where FolderEntry.realPath(part.folder) == home {
            if unlink(part.path) != 0 {
                outcome.failures.append(.error(part.path, nil, "cannot remove the merged partial index: \(SystemError.words(errno))"))
            }
        }
        rmdir(folder + "/" + PartialIndex.folder)
    }
}
