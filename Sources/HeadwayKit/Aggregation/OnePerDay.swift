/// Files of a kind a client has at most one of per date (plans by start, review and discharge notes):
/// the first admitted (files come in path order) is kept, and a second is an error that names the first.
struct OnePerDay<Item> {
    /// The items kept, in the order admitted.
    private(set) var items: [Item] = []
    /// The path of the item kept for each client and date.
    private var kept: [String: String] = [:]

    /// Keeps `item` of `client` on `date`, unless one is kept already: then an error at `path`:`line` says
    /// "another `what` already exists", and `item` is left out.
    mutating func admit(_ item: Item, client: String, date: Day, path: String, line: Int?, _ what: String, _ diagnostics: inout [Diagnostic]) {
        let key = "\(client)\u{0}\(date)"
        if let earlier = kept[key] {
            diagnostics.append(Diagnostic(path: path, line: line, severity: .error, message: "another \(what) already exists: \(earlier)",
                                          client: client, date: date, consequence: "this one is left out"))
        } else {
            kept[key] = path
            items.append(item)
        }
    }
}
