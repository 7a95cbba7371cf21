extension String {
    /// Whether this path sorts before `other` in the order Headway lists files and diagnostics: by
    /// UTF-8 bytes, the same on every machine whatever its locale.
    func precedesByBytes(_ other: String) -> Bool {
        utf8.lexicographicallyPrecedes(other.utf8)
    }
}
