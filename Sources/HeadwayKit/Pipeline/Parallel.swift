import Dispatch
import Foundation

/// Runs independent pieces of work on every core and returns the results in input order, so that a
/// parallel run gives exactly what a serial one does.
enum Parallel {
    /// `transform` applied to every element, concurrently unless `serially`; results in the order of `items`.
    static func map<Item: Sendable, Result>(_ items: [Item], serially: Bool = false, _ transform: @Sendable (Item) -> Result) -> [Result] {
        guard items.count > 1, !serially else { return items.map(transform) }
        let results = Slots<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.set(index, transform(items[index]))
        }
        return results.values
    }
}

/// Write-once result slots filled from several threads.
private final class Slots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.withLock { storage[index] = value }
    }

    var values: [Value] { lock.withLock { storage.map { $0! } } }
}
