/// One of `count` parts of a caseload, for a batch spread over processes or machines (`batch --shard K/N`):
/// a client belongs to the shard of its stable hash, the same on every machine and in every process.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// The shard's number, 1 to `count`.
    public let number: Int
    /// How many shards the caseload is split into.
    public let count: Int

    /// Shard `number` of `count`; nil unless 1 ≤ `number` ≤ `count`.
    public init?(number: Int, of count: Int) {
        guard count >= 1, (1...count).contains(number) else { return nil }
        self.number = number
        self.count = count
    }

    /// `K/N`, e.g. `2/4`, as `--shard` takes it; nil for anything else.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
              let number = Int(parts[0]), let count = Int(parts[1]) else { return nil }
        self.init(number: number, of: count)
    }

    /// `2/4`.
    public var description: String { "\(number)/\(count)" }

    /// The number (1 to `count`) of the shard that `client` belongs to: the first 8 bytes of the SHA-256
    /// of the id's UTF-8 bytes, read big-endian, modulo `count`, plus 1.
    public static func number(of client: String, count: Int) -> Int {
        let prefix = SHA256.digest(Array(client.utf8)).prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return Int(prefix % UInt64(count)) + 1
    }

    /// Whether `client` belongs to this shard.
    public func contains(_ client: String) -> Bool {
        Self.number(of: client, count: count) == number
    }
}
