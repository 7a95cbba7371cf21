/// The dates a report covers, both inclusive.
public struct Period: Sendable, Hashable {
    /// First day.
    public var from: Day
    /// Last day.
    public var to: Day
    /// "October 2026", "2026-07-01 to 2026-09-29" or "All sessions".
    public var label: String
    /// The file-name form: `2026-10`, `2026-10-01_2026-12-31` or `all`.
    public var slug: String

    /// Whether `day` lies inside the period.
    public func contains(_ day: Day) -> Bool { from <= day && day <= to }
}

extension Period {
    /// English month names, independent of the machine's locale.
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]

    /// A calendar month, e.g. "October 2026" from 2026-10-01 to 2026-10-31.
    public static func month(containing day: Day) -> Period {
        Period(from: day.firstOfMonth, to: day.lastOfMonth,
               label: "\(monthNames[day.month - 1]) \(day.year)", slug: day.monthKey)
    }

    /// A month written `YYYY-MM`, or nil when it is not one.
    public static func month(_ text: String) -> Period? {
        Day(iso: text + "-01").map(month(containing:))
    }

    /// An explicit range, both ends inclusive.
    public static func range(from: Day, to: Day) -> Period {
        Period(from: from, to: to, label: "\(from) to \(to)", slug: "\(from)_\(to)")
    }

    /// Everything, from the first note to the last.
    public static func allSessions(from: Day, to: Day) -> Period {
        Period(from: from, to: to, label: "All sessions", slug: "all")
    }
}
