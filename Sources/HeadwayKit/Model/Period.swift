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
