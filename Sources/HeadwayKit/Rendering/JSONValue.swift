/// A JSON document built by hand, so that absent values print as `null`, keys keep the order the
/// contract gives, and numbers print the same on every machine.
///
/// Not `indirect`: arrays and objects hold their elements in their own storage already, so a value
/// needs no box of its own (a report's tree has tens of thousands of values).
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    /// `value` or `null`.
    static func optional(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }
    /// `value` or `null`.
    static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    /// `value` or `null`.
    static func optional(_ value: Bool?) -> JSONValue { value.map(JSONValue.bool) ?? .null }

    /// Pretty-printed with two-space indents and a final newline.
    public func serialized() -> String {
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        write(to: &output, indent: 0)
        output.append(UInt8(ascii: "\n"))
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the value; arrays and objects are read in place through their buffers, so that no
    /// element is copied (retained and released) on the way.
    private func write(to output: inout [UInt8], indent: Int) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .number(let value): output.append(contentsOf: Self.format(value).utf8)
        case .string(let value): Self.writeString(value, to: &output)
        case .array(let items):
            guard !items.isEmpty else { output.append(contentsOf: "[]".utf8); return }
            output.append(contentsOf: "[\n".utf8)
            items.withUnsafeBufferPointer { items in
                for index in items.indices {
                    Self.pad(&output, indent + 2)
                    items[index].write(to: &output, indent: indent + 2)
                    Self.endLine(&output, last: index == items.count - 1)
                }
            }
            Self.pad(&output, indent)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { output.append(contentsOf: "{}".utf8); return }
            output.append(contentsOf: "{\n".utf8)
            members.withUnsafeBufferPointer { members in
                for index in members.indices {
                    Self.pad(&output, indent + 2)
                    Self.writeString(members[index].0, to: &output)
                    output.append(contentsOf: ": ".utf8)
                    members[index].1.write(to: &output, indent: indent + 2)
                    Self.endLine(&output, last: index == members.count - 1)
                }
            }
            Self.pad(&output, indent)
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func pad(_ output: inout [UInt8], _ count: Int) {
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }

    /// A newline after an element, with a comma before it unless the element is the `last`.
    private static func endLine(_ output: inout [UInt8], last: Bool) {
        if !last { output.append(UInt8(ascii: ",")) }
        output.append(UInt8(ascii: "\n"))
    }

    /// Whole numbers without a fraction (in digits up to 9 × 10^18, where `Int` ends); others in
    /// Swift's shortest round-trip form (`0.1`, `1.5e+308`).
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 9e18 { return String(Int(value)) }
        return "\(value)"
    }
}
