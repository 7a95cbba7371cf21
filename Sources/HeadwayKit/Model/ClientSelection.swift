/// Which part of a caseload a batch processes when it is one part of a larger run: one shard by the
/// clients' stable hash (`--shard K/N`), or the clients of a list (`--clients-from`).
public enum ClientSelection: Sendable, Equatable {
    /// The clients of one shard.
    case shard(Shard)
    /// The listed clients.
    case listed(ClientList)

    /// Whether `client` is in the selection.
    public func includes(_ client: String) -> Bool {
        switch self {
        case .shard(let shard): return shard.contains(client)
        case .listed(let list): return list.contains(client)
        }
    }

    /// Whether the selection is a shard's (the clients of a hash), not a list.
    public var isShard: Bool {
        if case .shard = self { return true }
        return false
    }
}
