extension CaseloadIndex {
    /// The index as `index.json`.
    var json: JSONValue {
        .object([("title", .string(title)), ("clients", .array(entries.map(\.json))), ("outcomes", outcomes.json)])
    }
}

extension CaseloadIndex.Entry {
    var json: JSONValue {
        .object([("client", .string(client)), ("summary", .string(summary)), ("errors", .number(Double(errorCount))),
                 ("reports", .array(reports.map(\.json)))])
    }
}

extension CaseloadIndex.ReportLink {
    var json: JSONValue {
        var members: [(String, JSONValue)] = [("label", .string(label))]
        for format in OutputFormat.allCases {
            if let path = files[format] { members.append((format.fileExtension, .string(path))) }
        }
        return .object(members)
    }
}
