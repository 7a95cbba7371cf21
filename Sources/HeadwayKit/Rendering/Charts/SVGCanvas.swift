/// The colours of every chart, as literal hex, readable in black-and-white print.
enum ChartInk {
    /// Data lines, points and markers.
    static let ink = "#1d2530"
    /// Axes, labels and reference lines.
    static let muted = "#5b6673"
    /// Light grid lines.
    static let grid = "#e3e7ec"
    /// The background.
    static let paper = "#ffffff"
}

/// Builds one chart's SVG markup, an element per line, escaping every attribute value and text.
///
/// Each element carries a `class` naming what it is (`point`, `band`, `cutoff`…), for tests and CSS.
struct SVGCanvas {
    private var lines: [String] = []
    /// The boxes of the labels drawn so far, so later ones can keep clear of them.
    private var labels: [TextBox] = []
    /// The canvas height; a legend of two rows makes it taller.
    var height = ChartGeometry.height

    /// Appends an element; `content`, when given, becomes its escaped text.
    private mutating func element(_ name: String, _ attributes: [(String, String)], content: String? = nil) {
        var line = "<"
        line.reserveCapacity(160)
        line += name
        for (attribute, value) in attributes {
            line += " "
            line += attribute
            line += "=\""
            line += SVGText.escape(value)
            line += "\""
        }
        if let content {
            line += ">"
            line += SVGText.escape(content)
            line += "</"
            line += name
            line += ">"
        } else {
            line += "/>"
        }
        lines.append(line)
    }

    /// A straight line, solid unless `dash` gives a `stroke-dasharray`.
    mutating func line(_ kind: String, from start: (x: Double, y: Double), to end: (x: Double, y: Double),
                       stroke: String, width: Double, dash: String? = nil) {
        let attributes = [("class", kind), ("x1", SVGText.number(start.x)), ("y1", SVGText.number(start.y)),
                          ("x2", SVGText.number(end.x)), ("y2", SVGText.number(end.y)),
                          ("stroke", stroke), ("stroke-width", SVGText.number(width))]
        element("line", attributes + (dash.map { [("stroke-dasharray", $0)] } ?? []))
    }

    /// A rectangle; `fill` "none" with a `dash` gives a dotted outline.
    mutating func rect(_ kind: String, x: Double, y: Double, width: Double, height: Double,
                       fill: String, stroke: String? = nil, dash: String? = nil) {
        var attributes = [("class", kind), ("x", SVGText.number(x)), ("y", SVGText.number(y)),
                          ("width", SVGText.number(width)), ("height", SVGText.number(height)), ("fill", fill)]
        if let stroke { attributes.append(("stroke", stroke)) }
        if let dash { attributes.append(("stroke-dasharray", dash)) }
        element("rect", attributes)
    }

    /// A filled circle, or a white one with a dark outline when `hollow`.
    mutating func circle(_ kind: String, at centre: (x: Double, y: Double), radius: Double, hollow: Bool = false) {
        let paint = hollow ? [("fill", ChartInk.paper), ("stroke", ChartInk.ink), ("stroke-width", "1.5")] : [("fill", ChartInk.ink)]
        element("circle", [("class", kind), ("cx", SVGText.number(centre.x)), ("cy", SVGText.number(centre.y)),
                           ("r", SVGText.number(radius))] + paint)
    }

    /// A solid line through points, unfilled.
    mutating func polyline(_ kind: String, _ points: [(x: Double, y: Double)]) {
        element("polyline", [("class", kind), ("points", Self.pointList(points)), ("fill", "none"),
                             ("stroke", ChartInk.ink), ("stroke-width", "2"), ("stroke-linejoin", "round")])
    }

    /// A filled shape.
    mutating func polygon(_ kind: String, _ points: [(x: Double, y: Double)]) {
        element("polygon", [("class", kind), ("points", Self.pointList(points)), ("fill", ChartInk.ink)])
    }

    /// Whether a label with `box` would stand clear of every label drawn so far.
    func isClear(_ box: TextBox) -> Bool {
        !labels.contains { $0.overlaps(box) }
    }

    /// A text label; `anchor` is `start`, `middle` or `end`. Its box joins `labels`.
    mutating func text(_ content: String, kind: String, at point: (x: Double, y: Double), anchor: String = "start",
                       size: Double = 11, bold: Bool = false) {
        var attributes = [("class", kind), ("x", SVGText.number(point.x)), ("y", SVGText.number(point.y)),
                          ("text-anchor", anchor), ("font-size", SVGText.number(size)), ("fill", ChartInk.muted)]
        if bold { attributes.append(("font-weight", "bold")) }
        element("text", attributes, content: content)
        labels.append(TextBox(content, at: point, anchor: anchor, size: size, bold: bold))
    }

    /// The finished chart: an `<svg>` with `<title>` and `<desc>` first, labelled by both, then a
    /// white background (so the chart prints the same on any page colour) and the elements drawn.
    func chart(id: String, title: String, description: String) -> Chart {
        let size = "width=\"\(SVGText.number(ChartGeometry.width))\" height=\"\(SVGText.number(height))\""
        let open = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(SVGText.number(ChartGeometry.width)) "
            + "\(SVGText.number(height))\" \(size) style=\"max-width:100%;height:auto\" role=\"img\" "
            + "aria-labelledby=\"\(id)-title \(id)-desc\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"11\">"
        let head = [open, "<title id=\"\(id)-title\">\(SVGText.escape(title))</title>",
                    "<desc id=\"\(id)-desc\">\(SVGText.escape(description))</desc>"]
        var backdrop = SVGCanvas()
        backdrop.rect("background", x: 0, y: 0, width: ChartGeometry.width, height: height, fill: ChartInk.paper)
        return Chart(svg: (head + backdrop.lines + lines + ["</svg>"]).joined(separator: "\n"), title: title, description: description)
    }

    private static func pointList(_ points: [(x: Double, y: Double)]) -> String {
        points.map { "\(SVGText.number($0.x)),\(SVGText.number($0.y))" }.joined(separator: " ")
    }
}
