/// The dates marked between the first and last date of a chart's x axis.
enum DateTicks {
    /// Month abbreviations for tick labels, January first (fixed English, whatever the locale).
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Whether `span` is marked by months: when it lasts more than 62 days (two months), else by weeks.
    static func isMonthly(_ span: Period) -> Bool {
        span.to.ordinal - span.from.ordinal > 62
    }

    /// The days strictly inside `span`: every 7th day from its first while it lasts at most 62 days
    /// (`Oct 8`, `Oct 15`…), else the first of every month, or of every 2nd, 3rd, 6th or 12th month
    /// when months would stand less than `minimumGap` units apart on a plot `width` wide.
    static func days(in span: Period, width: Double, minimumGap: Double = 56) -> [Day] {
        let length = span.to.ordinal - span.from.ordinal
        guard length > 1 else { return [] }
        if !isMonthly(span) {
            return stride(from: 7, to: length, by: 7).map { span.from.adding(days: $0) }
        }
        let perMonth = width / Double(length) * 30.4
        let step = [1, 2, 3, 6, 12].first { Double($0) * perMonth >= minimumGap } ?? 12
        var day = span.from.lastOfMonth.adding(days: 1), days: [Day] = []
        while day < span.to {
            if (day.month - 1) % step == 0 { days.append(day) }
            day = day.lastOfMonth.adding(days: 1)
        }
        return days
    }

    /// `Oct 8` inside a weekly axis; `Nov 2026` for the first of a month on a monthly one.
    static func label(_ day: Day, monthly: Bool) -> String {
        let month = months[day.month - 1]
        return monthly ? "\(month) \(day.year)" : "\(month) \(day.day)"
    }
}
