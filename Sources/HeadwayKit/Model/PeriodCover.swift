/// The days of some periods taken together, asked of many days whether one of the periods holds them:
/// the periods merged into sorted, disjoint ranges, each question a binary search, so that a client's
/// thousands of notes against its thousands of months cost notes × log(months), not notes × months.
struct PeriodCover: Sendable {
    /// First and last days of the merged ranges, in order, none overlapping the next.
    private var ranges: [(from: Day, to: Day)] = []

    /// The days of `periods`, in any order, overlapping or not.
    init(_ periods: [Period]) {
        for period in periods.sorted(by: { $0.from < $1.from }) where period.from <= period.to {
            if let last = ranges.last, period.from <= last.to {
                ranges[ranges.count - 1].to = max(last.to, period.to)
            } else {
                ranges.append((period.from, period.to))
            }
        }
    }

    /// Whether one of the periods holds `day`.
    func contains(_ day: Day) -> Bool {
        var low = 0, high = ranges.count  // the first range starting after `day` is at `low` when done
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].from <= day { low = middle + 1 } else { high = middle }
        }
        return low > 0 && day <= ranges[low - 1].to
    }
}
