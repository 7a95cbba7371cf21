import Yams

extension Node {
    /// The value of `key` when this node is a mapping that has it: the key `mapping?[key]` finds in a
    /// document composed with the basic resolver (a scalar written `key`, plain or quoted, untagged or
    /// tagged `!` or `!!str`), found without building and comparing a key node for each entry.
    func value(forKey key: String) -> Node? {
        guard case .mapping(let mapping) = self else { return nil }
        // From the last entry, as Yams looks (a document holds the key once: a second is a duplicate key).
        // A range of indices: a mapping's own `indices` copy it, and reversing them makes an array.
        for index in (mapping.startIndex..<mapping.endIndex).reversed() {
            let (keyNode, value) = mapping[index]
            if case .scalar(let scalar) = keyNode, scalar.string == key, Self.isText(scalar.tag) { return value }
        }
        return nil
    }

    /// Whether a scalar tagged `tag` resolves to a string under the basic resolver, as a key looked up by
    /// name does (`!` and no tag at all resolve to `!!str`).
    private static func isText(_ tag: Tag) -> Bool {
        let name = tag.rawValue
        return name.isEmpty || name == "!" || name == Tag.Name.str.rawValue
    }
}
