/// Which templates include which (`{{> name}}`, `{{< name}}`): a loop would make rendering recurse
/// until the stack overflows, and an unknown name renders as nothing.
struct TemplateGraph {
    /// Template name (`report.md`) → the partials it includes, in order.
    let references: [String: [TemplateScanner.PartialReference]]
    /// Template name → its file, for diagnostics.
    let paths: [String: String]

    /// Partials may include partials this many levels deep (rendering recurses once per level).
    static let maximumChain = 20

    /// Throws for the first loop found (a template including itself, directly or through others), or
    /// for a chain of partials longer than `maximumChain`. Walks with an explicit stack, so a long
    /// chain cannot overflow Headway's own.
    func check() throws {
        var height: [String: Int] = [:]  // finished templates: the longest chain of includes below them
        for root in references.keys.sorted() where height[root] == nil {
            var stack: [(name: String, next: Int)] = [(root, 0)]
            var onStack: Set<String> = [root]
            while let top = stack.last {
                let edges = references[top.name] ?? []
                guard top.next < edges.count else {
                    let below = edges.compactMap { height[$0.name] }.max() ?? 0
                    guard below < Self.maximumChain else {
                        throw TemplateSet.LoadError(path: paths[top.name] ?? top.name, line: nil,
                                                    reason: "partials include partials more than \(Self.maximumChain) levels deep from `\(top.name)`")
                    }
                    height[top.name] = below + 1
                    onStack.remove(top.name)
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let edge = edges[top.next]
                guard references[edge.name] != nil, height[edge.name] == nil else { continue }
                guard !onStack.contains(edge.name) else {
                    throw loopError(through: stack.map(\.name), closedBy: edge, in: top.name)
                }
                stack.append((edge.name, 0))
                onStack.insert(edge.name)
            }
        }
    }

    private func loopError(through chain: [String], closedBy edge: TemplateScanner.PartialReference, in name: String) -> TemplateSet.LoadError {
        let path = paths[name] ?? name
        guard edge.name != name else {
            return TemplateSet.LoadError(path: path, line: edge.line, reason: "template `\(name)` includes itself (`\(edge.tag)`), so it would never finish rendering")
        }
        let loop = chain.drop { $0 != edge.name } + [edge.name]
        return TemplateSet.LoadError(path: path, line: edge.line, reason: "templates include each other in a loop (\(loop.joined(separator: " → "))), so they would never finish rendering")
    }

    /// A warning for every partial that names no template.
    func unknownPartials() -> [Diagnostic] {
        let known = references.keys.sorted()
        return references.flatMap { name, edges in
            edges.filter { references[$0.name] == nil }.map { edge in
                Diagnostic.warning(paths[name] ?? name, edge.line,
                                   "partial `\(edge.name)` is not a template, so it renders as nothing\(Suggestion.didYouMean(edge.name, among: known))")
            }
        }
    }

    /// Whether some template includes `name`.
    func isIncluded(_ name: String) -> Bool {
        references.values.contains { $0.contains { $0.name == name } }
    }
}
