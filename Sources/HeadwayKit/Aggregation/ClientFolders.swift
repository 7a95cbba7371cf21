/// Client ids that cannot each have a report folder of their own: ids that name the same folder on a
/// case-insensitive disk (macOS, Windows, SMB shares, exFAT), and Windows device names (docs/note-format.md,
/// section 5). Every file of such a client is an error, and neither client's reports are written, because
/// on such a disk one client's report would replace the other's.
enum ClientFolders {
    /// The clients left out, and an error at each of their files.
    static func clashes(in files: [ParsedFile]) -> (clients: Set<String>, diagnostics: [Diagnostic]) {
        var filesOfClient: [String: [ParsedFile]] = [:]
        for file in files {
            if let identity = file.identity { filesOfClient[identity.client, default: []].append(file) }
        }
        var idsOfFolder: [String: [String]] = [:]
        for client in filesOfClient.keys { idsOfFolder[folderKey(client), default: []].append(client) }
        var clients = Set<String>()
        var diagnostics: [Diagnostic] = []
        for ids in idsOfFolder.values {
            for client in ids {
                let others = ids.filter { $0 != client }.sorted { $0.precedesByBytes($1) }
                guard let message = problem(client, others: others, filesOfClient: filesOfClient) else { continue }
                clients.insert(client)
                for file in filesOfClient[client] ?? [] {
                    diagnostics.append(Diagnostic(path: file.path, line: nil, severity: .error, message: message,
                                                  client: client, date: file.identity?.date))
                }
            }
        }
        return (clients, diagnostics)
    }

    /// Why `client` cannot have its own folder, or nil when it can.
    private static func problem(_ client: String, others: [String], filesOfClient: [String: [ParsedFile]]) -> String? {
        if let other = others.first {
            let where_ = filesOfClient[other]?.map(\.path).min { $0.precedesByBytes($1) } ?? ""
            return "client id '\(client)' and '\(other)' (in \(where_)) name the same report folder on a case-insensitive disk (macOS, Windows, shared drives): "
                + "rename one of them; neither client's reports are written until then"
        }
        if isDeviceName(client) {
            return "client id '\(client)' is a Windows device name: its report folder cannot be made on Windows or a shared drive; rename the client; its reports are not written until then"
        }
        return nil
    }

    /// The folder name `client` comes to on a case-insensitive disk that drops trailing dots.
    static func folderKey(_ client: String) -> String {
        var key = client.lowercased()
        while key.hasSuffix(".") { key.removeLast() }
        return key
    }

    /// `CON`, `PRN`, `AUX`, `NUL`, `COM1`…`COM9`, `LPT1`…`LPT9`, in any case, with or without an extension.
    static func isDeviceName(_ client: String) -> Bool {
        let base = client.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first.map { $0.uppercased() } ?? ""
        if ["CON", "PRN", "AUX", "NUL"].contains(base) { return true }
        guard base.count == 4, base.hasPrefix("COM") || base.hasPrefix("LPT"), let digit = base.last else { return false }
        return ("1"..."9").contains(digit)
    }
}

extension ParsedFile {
    /// The client and date of a valid note, plan or review note.
    var identity: (client: String, date: Day)? {
        switch content {
        case .note(let note): return (note.client, note.date)
        case .plan(let plan): return (plan.client, plan.start)
        case .review(let review): return (review.client, review.date)
        case .discharge(let discharge): return (discharge.client, discharge.date)
        case .skipped, .rejected: return nil
        }
    }
}
