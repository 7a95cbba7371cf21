import Foundation

/// Finds chart labels drawn over one another, over the plot (where the data is) or off the canvas,
/// reading only the SVG markup: each `<text>` element's position, anchor, size and text.
///
/// A label's box is estimated independently of the renderer's own estimate: 0.6 em a character
/// (0.66 bold; DejaVu Sans averages about 0.55 em, its digits 0.64 em), from 0.75 em above the
/// baseline to 0.25 em below it. The plot is the rectangle the two `axis` lines span.
struct ChartLabelChecker {
    /// One label as drawn.
    struct Label {
        var text: String
        var minX: Double, minY: Double, maxX: Double, maxY: Double

        func overlaps(_ other: Label) -> Bool {
            minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
        }
    }

    /// Every `<svg>…</svg>` in a page (an HTML report holds several).
    static func charts(in page: String) -> [String] {
        page.matches(of: /<svg[^>]*>[\s\S]*?<\/svg>/).map { String($0.output) }
    }

    /// The labels of one chart.
    static func labels(in svg: String) -> [Label] {
        svg.matches(of: /<text ([^>]*)>([^<]*)<\/text>/).map { match in
            let attributes = self.attributes(String(match.output.1))
            let text = unescape(String(match.output.2))
            let size = Double(attributes["font-size"] ?? "11") ?? 11
            let width = Double(text.count) * size * (attributes["font-weight"] == "bold" ? 0.66 : 0.6)
            let x = Double(attributes["x"] ?? "0") ?? 0, y = Double(attributes["y"] ?? "0") ?? 0
            let start = switch attributes["text-anchor"] {
            case "middle": x - width / 2
            case "end": x - width
            default: x
            }
            return Label(text: text, minX: start, minY: y - 0.75 * size, maxX: start + width, maxY: y + 0.25 * size)
        }
    }

    /// What is wrong with the labels of one chart, one sentence each; empty when nothing is.
    static func problems(in svg: String) -> [String] {
        let labels = labels(in: svg)
        var problems: [String] = []
        for (index, label) in labels.enumerated() {
            for other in labels[(index + 1)...] where label.overlaps(other) {
                problems.append("\"\(label.text)\" overlaps \"\(other.text)\"")
            }
        }
        if let plot = plot(of: svg) {
            for label in labels where label.overlaps(plot) { problems.append("\"\(label.text)\" is over the plot") }
        }
        if let canvas = canvas(of: svg) {
            for label in labels where label.minX < canvas.minX || label.maxX > canvas.maxX
                || label.minY < canvas.minY || label.maxY > canvas.maxY {
                problems.append("\"\(label.text)\" is off the canvas")
            }
        }
        return problems
    }

    /// The plot area: from the vertical axis's x to the horizontal axis's right end, between the
    /// vertical axis's ends.
    private static func plot(of svg: String) -> Label? {
        let axes = svg.matches(of: /<line class="axis" ([^>]*)\/>/).map { attributes(String($0.output.1)) }
        let numbers = axes.map { axis in ["x1", "y1", "x2", "y2"].map { Double(axis[$0] ?? "") ?? 0 } }
        guard numbers.count == 2 else { return nil }
        let vertical = numbers[0], horizontal = numbers[1]
        return Label(text: "plot", minX: vertical[0], minY: min(vertical[1], vertical[3]),
                     maxX: horizontal[2], maxY: max(vertical[1], vertical[3]))
    }

    /// The canvas, from the root's `viewBox`.
    private static func canvas(of svg: String) -> Label? {
        guard let box = svg.firstMatch(of: /viewBox="0 0 ([0-9.]+) ([0-9.]+)"/),
              let width = Double(box.output.1), let height = Double(box.output.2) else { return nil }
        return Label(text: "canvas", minX: 0, minY: 0, maxX: width, maxY: height)
    }

    private static func attributes(_ text: String) -> [String: String] {
        var attributes: [String: String] = [:]
        for match in text.matches(of: /([a-z0-9-]+)="([^"]*)"/) { attributes[String(match.output.1)] = String(match.output.2) }
        return attributes
    }

    private static func unescape(_ text: String) -> String {
        text.replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&quot;", with: "\"")
            .replacing("&apos;", with: "'").replacing("&amp;", with: "&")
    }
}
