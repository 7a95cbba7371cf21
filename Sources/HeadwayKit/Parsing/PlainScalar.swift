import Yams

/// What a YAML scalar means, resolved here rather than by Yams' regular-expression resolver (much
/// slower, and run again on every access): only plain (unquoted) scalars are typed; quoted ones are text.
enum PlainScalar: Equatable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case text(String)

    init(_ node: Node) {
        guard case .scalar(let scalar) = node else {
            self = .text("")
            return
        }
        let string = scalar.string
        switch scalar.tag.rawValue {
        case "":
            self = scalar.style == .plain || scalar.style == .any ? Self.resolve(string) : .text(string)
        case Tag.Name.int.rawValue, Tag.Name.float.rawValue, Tag.Name.null.rawValue, Tag.Name.bool.rawValue:
            self = Self.resolve(string)
        default:
            self = .text(string)
        }
    }

    /// YAML 1.2 core-schema resolution of a plain scalar.
    static func resolve(_ string: String) -> PlainScalar {
        // Most scalars are words: only these first characters can start a null, a boolean or a number.
        if let first = string.utf8.first, !(48...57).contains(first), !Self.starters.contains(first) { return .text(string) }
        switch string {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case ".nan", ".NaN", ".NAN": return .number(.nan)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .number(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .number(-.infinity)
        default: break
        }
        if isInteger(string), let value = Int(string.hasPrefix("+") ? String(string.dropFirst()) : string) { return .integer(value) }
        if isFloat(string), let value = Double(string) { return .number(value) }
        return .text(string)
    }

    private static let starters = Set("~nNtTfF.+-".utf8)

    /// `[-+]?[0-9]+`
    private static func isInteger(_ string: String) -> Bool {
        let digits = string.utf8.drop { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }
        return !digits.isEmpty && string.utf8.count - digits.count <= 1 && digits.allSatisfy { (48...57).contains($0) }
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
    private static func isFloat(_ string: String) -> Bool {
        var bytes = Substring(string).utf8[...]
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        let whole = bytes.prefix { (48...57).contains($0) }
        bytes = bytes.dropFirst(whole.count)
        var fraction = bytes.prefix(0)
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            fraction = bytes.prefix { (48...57).contains($0) }
            bytes = bytes.dropFirst(fraction.count)
        }
        guard !whole.isEmpty || !fraction.isEmpty else { return false }
        if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
            let exponent = bytes.prefix { (48...57).contains($0) }
            guard !exponent.isEmpty else { return false }
            bytes = bytes.dropFirst(exponent.count)
        }
        return bytes.isEmpty
    }
}
