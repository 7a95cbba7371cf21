/// The client and date of a note whose YAML cannot be composed, read from its top-level `client:` and
/// `date:` (or `start:`) lines, so that the error reaches that client's reports instead of no report.
enum FileOwner {
    /// The valid client id and real date written on unindented lines of `yaml`, when there are.
    static func scan(_ yaml: String) -> (client: String?, date: Day?) {
        var client: String?, date: Day?
        for line in yaml.split(whereSeparator: \.isNewline) {
            if client == nil, let value = value(of: "client", in: line), Header.isValidClient(value), !Header.reserved.contains(value) {
                client = value
            } else if date == nil, let value = value(of: "date", in: line) ?? value(of: "start", in: line) {
                date = Day(iso: value)
            }
        }
        return (client, date)
    }

    /// `C-1` for the line `key: C-1` (or `key: "C-1"`, `key: 'C-1'  # comment`): the value of a top-level
    /// key read from its line alone, for files whose YAML is not composed.
    static func value(of key: String, in line: Substring) -> String? {
        guard line.hasPrefix(key + ":") else { return nil }
        var value = line.dropFirst(key.count + 1)
        if let comment = value.range(of: " #") { value = value[..<comment.lowerBound] }
        value = value.drop { $0 == " " || $0 == "\t" }
        while value.last == " " || value.last == "\t" || value.last == "\r" { value = value.dropLast() }
        if let first = value.first, first == "\"" || first == "'", value.count >= 2, value.last == first {
            value = value.dropFirst().dropLast()
        }
        return value.isEmpty ? nil : String(value)
    }
}

extension Diagnostic {
    /// The diagnostic attributed to `owner`'s client and date, where it names them.
    func attributed(to owner: (client: String?, date: Day?)) -> Diagnostic {
        var attributed = self
        attributed.client = owner.client ?? client
        attributed.date = owner.date ?? date
        return attributed
    }
}
