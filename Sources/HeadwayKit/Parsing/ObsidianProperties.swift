/// Front-matter keys that Obsidian and its plugins write, accepted without a warning and ignored
/// (docs/note-format.md, section 2).
enum ObsidianProperties {
    /// Obsidian's own properties.
    static let keys: Set<String> = ["tags", "aliases", "cssclasses", "publish"]

    /// Whether `key` is one of Obsidian's properties or an `x-` key of the clinician's own.
    static func isIgnored(_ key: String) -> Bool {
        keys.contains(key) || key.hasPrefix("x-")
    }
}
