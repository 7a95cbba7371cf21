extension IndexMerge {
    /// Checks that the parts are the parts of one run, each exactly once, and that they were rendered with
    /// the templates whose digest is `templates`; the first problem found stops the merge.
    public func check(templates: String) throws(RunError) {
        guard let first = parts.first else { return }
        guard Audience(rawValue: first.partial.audience) != nil else {
            throw .refused(.error(first.path, nil, "written for an audience this headway does not know: '\(first.partial.audience)'"))
        }
        for part in parts.dropFirst() where part.partial.fingerprint != first.partial.fingerprint {
            throw .refused(.error(part.path, nil, "written by a batch with other options than \(first.path) (periods, formats, audience, "
                + "--redact, configuration or templates differ): these are parts of different runs"))
        }
        for part in parts where part.partial.templates != templates {
            throw .refused(.error(part.path, nil, "written with other templates than this merge's: give merge the batch's --templates"))
        }
        if parts.allSatisfy({ $0.partial.shard != nil }) {
            try checkShards()
        } else if parts.contains(where: { $0.partial.shard != nil }) {
            throw .refused(.error(first.path, nil, "shards (--shard) and lists of clients (--clients-from) cannot be merged together"))
        }
        try checkCoverage()
    }

    /// Shards 1 to N of one N, each once.
    private func checkShards() throws(RunError) {
        let count = parts[0].partial.shards ?? 0
        var found: [Int: String] = [:]
        for part in parts {
            guard part.partial.shards == count else {
                throw .refused(.error(part.path, nil, "a shard of \(part.partial.shards ?? 0), and \(parts[0].path) is a shard of \(count)"))
            }
            let number = part.partial.shard ?? 0
            guard (1...max(count, 1)).contains(number) else {
                throw .refused(.error(part.path, nil, "shard \(number) of \(count) is not a shard: K runs from 1 to N"))
            }
            if let earlier = found[number] {
                throw .refused(.error(part.path, nil, "shard \(number) of \(count) is here twice: also \(earlier)"))
            }
            found[number] = part.path
        }
        // The first few missing only: N comes from a file, and may be large.
        let missing = Array((1...max(count, 1)).lazy.filter { found[$0] == nil }.prefix(5))
        let audience = Audience(rawValue: parts[0].partial.audience) ?? .clinician
        guard missing.isEmpty else {
            let named = missing.map { "shard \($0) of \(count) (\(PartialIndex.path(shard: $0, of: count, for: audience)))" }
            let more = count - found.count - missing.count
            throw .refused(.error(parts[0].folder, nil, "missing: \(named.joined(separator: ", "))\(more > 0 ? " and \(more) more" : ""); name every shard's output folder, or run the missing shards"))
        }
    }

    /// Every client of the caseload in exactly one part: shards cover it by construction once each is
    /// there; lists of clients must add up to the caseload's clients.
    private func checkCoverage() throws(RunError) {
        var owner: [String: String] = [:]
        for part in parts {
            guard part.partial.files == parts[0].partial.files else {
                throw .refused(.error(part.path, nil, "read other files than \(parts[0].path) (a note added, removed, renamed or given "
                    + "another client between the parts' runs): the parts read different notes"))
            }
            for client in part.partial.covers {
                if let earlier = owner[client] {
                    throw .refused(.error(part.path, nil, "client '\(client)' is also in \(earlier): each client goes in one part"))
                }
                owner[client] = part.path
            }
        }
        if let total = parts[0].partial.caseloadClients, owner.count != total {
            throw .refused(.error(parts[0].folder, nil, "the parts cover \(owner.count) of the caseload's \(total) clients: "
                + "list the other \(total - owner.count) in another part"))
        }
    }
}
