import Foundation

/// One cell of a CSV row (RFC 4180; README "CSV"): text, quoted when it holds a quote, a comma, CR or
/// LF, and neutralised when a spreadsheet would run it as a formula; or a number, written as the JSON
/// writes it. An absent value is an empty cell.
enum CSVCell: Sendable, Equatable {
    case text(String?)
    case number(Double?)

    /// A whole number, or nothing.
    static func integer(_ value: Int?) -> CSVCell { .number(value.map(Double.init)) }

    /// The first characters that make a spreadsheet read a text cell as a formula (OWASP, CSV
    /// injection): `=`, `+`, `-`, `@`, tab and CR. Such a cell starts with `'`.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// The cell as written between the commas.
    var encoded: String {
        switch self {
        case .number(let value):
            guard let value, value.isFinite else { return "" }
            return JSONValue.format(value)
        case .text(let value):
            guard var text = value else { return "" }
            if let first = text.unicodeScalars.first, Self.formulaStarts.contains(first) { text = "'" + text }
            guard text.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: ",") || $0 == 0x0D || $0 == 0x0A }) else {
                return text
            }
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
    }

    /// `cells` as one record: its fields separated by commas, ended by CRLF.
    static func row(_ cells: [CSVCell]) -> String {
        cells.map(\.encoded).joined(separator: ",") + "\r\n"
    }
}
