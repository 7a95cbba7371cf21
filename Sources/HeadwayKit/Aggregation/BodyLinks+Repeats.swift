extension BodyLinks {
    /// A passage naming more goals and areas than this is shown in full once, under the first one, and
    /// as a pointer under the others (README "Reading the spec: decisions taken").
    static let maximumRepeats = 5

    /// The excerpt standing for a passage that names `named` goals and areas, shown in full under `name`.
    static func pointer(to name: String, named: Int) -> RenderedText {
        let text = "(A passage tagged with \(named) goals and areas; it is shown in full under “\(name)”.)"
        return RenderedText(html: "<em>\(SVGText.escape(text))</em>", text: text)
    }
}
