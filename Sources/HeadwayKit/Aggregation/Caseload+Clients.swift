extension Caseload {
    /// Every client with a valid note or plan, by id, with its note count and first and last note dates.
    public var clientSummaries: [ClientSummary] {
        clients.map { client in
            let notes = notes(of: client)
            return ClientSummary(client: client, notes: notes.count, plans: plans(of: client).count,
                                 first: notes.first?.date, last: notes.last?.date)
        }
    }
}

extension ClientSummary {
    /// The summary as JSON: `{ client, notes, plans, first, last }`.
    public var json: JSONValue {
        .object([
            ("client", .string(client)), ("notes", .number(Double(notes))), ("plans", .number(Double(plans))),
            ("first", .optional(first?.description)), ("last", .optional(last?.description)),
        ])
    }

    /// One line of the text listing: `C-0142  12 notes  1 plan  2026-08-04 to 2026-10-28`.
    public var line: String {
        let dates = first.flatMap { first in last.map { "\(first) to \($0)" } } ?? "no session notes"
        return "\(client)  \(DisplayFormat.count(notes, "note"))  \(DisplayFormat.count(plans, "plan"))  \(dates)"
    }
}
