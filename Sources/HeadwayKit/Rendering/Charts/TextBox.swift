/// The box a chart label's glyphs cover, estimated from its length, so labels can be kept apart.
///
/// The charts name DejaVu Sans, whose characters average about 0.55 em (digits 0.64 em); 0.64 em a
/// character (0.7 bold) over-estimates every label the charts write. Vertically the box spans the
/// ascent above the baseline (0.76 em) and the descent below it (0.24 em).
struct TextBox: Equatable {
    /// Left edge.
    var minX: Double
    /// Top edge.
    var minY: Double
    /// Right edge.
    var maxX: Double
    /// Bottom edge.
    var maxY: Double

    /// The box of `text` drawn at `point` (its baseline) with `anchor` `start`, `middle` or `end`.
    init(_ text: String, at point: (x: Double, y: Double), anchor: String, size: Double, bold: Bool = false) {
        let width = Double(text.count) * size * (bold ? 0.7 : 0.64)
        let start = switch anchor {
        case "middle": point.x - width / 2
        case "end": point.x - width
        default: point.x
        }
        minX = start
        maxX = start + width
        minY = point.y - 0.76 * size
        maxY = point.y + 0.24 * size
    }

    /// The box grown by `amount` on every side, to keep a gap around a label.
    func padded(by amount: Double) -> TextBox {
        var box = self
        box.minX -= amount
        box.minY -= amount
        box.maxX += amount
        box.maxY += amount
        return box
    }

    /// Whether the two boxes share any area (touching edges do not count).
    func overlaps(_ other: TextBox) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }
}
