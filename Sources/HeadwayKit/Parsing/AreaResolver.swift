import Yams

/// Turns written goal-area tags into canonical lower-case tags, and warns once per file for each
/// custom area the clinic has not declared.
struct AreaResolver {
    let declaredAreas: [String: String]
    private var undeclared: [(tag: String, node: Node)] = []
    /// The tags of `undeclared`, so that each is looked up once, not searched for.
    private var undeclaredTags: Set<String> = []

    init(declaredAreas: [String: String]) {
        self.declaredAreas = declaredAreas
    }

    /// The tag `node` names: a built-in tag or title (any case), a declared area, or a custom kebab-case tag.
    mutating func resolve(_ node: Node, key: String, reader: inout FieldReader) -> String? {
        guard let written = reader.string(node, key) else { return nil }
        if let builtIn = GoalArea.builtIn(named: written) { return builtIn }
        let tag = written.lowercased()
        guard GoalArea.isKebabCase(tag) else {
            reader.error(node, "'\(key)' must be a goal-area tag in kebab-case (like coping-skills), got \(FieldReader.describe(node))",
                         losing: ValueLoss.words(forKey: key))
            return nil
        }
        if declaredAreas[tag] == nil, tag != GoalArea.unspecified, undeclaredTags.insert(tag).inserted {
            undeclared.append((tag, node))
        }
        return tag
    }

    /// Reports the custom areas met, once each.
    func flush(into reader: inout FieldReader) {
        for (tag, node) in undeclared {
            reader.warning(node, "custom goal area '\(tag)' is not declared in headway.yml\(Suggestion.didYouMean(tag, among: GoalArea.builtIn.map(\.tag)))")
        }
    }
}
