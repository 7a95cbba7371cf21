extension JSONValue {
    /// Appends a JSON string: quotes, backslashes and control characters escaped, U+2028 and U+2029
    /// too (so the output is also valid JavaScript); everything else as UTF-8. The text is scanned
    /// eight bytes at a time, and the runs between escapes are copied whole.
    static func writeString(_ value: String, to output: inout [UInt8]) {
        var value = value
        value.withUTF8 { bytes in
            output.append(UInt8(ascii: "\""))
            var runStart = 0  // bytes copied as they are, in one go (the common case)
            var index = 0
            while index < bytes.count {
                if index + 8 <= bytes.count, !mayNeedEscape(word(of: bytes, at: index)) {
                    index += 8
                    continue
                }
                guard let (escaped, length) = escape(in: bytes, at: index) else {
                    index += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                output.append(contentsOf: escaped.utf8)
                index += length
                runStart = index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
            output.append(UInt8(ascii: "\""))
        }
    }

    /// The escape of the character starting at `index` and how many bytes it replaces, or nil when
    /// the byte there is written as it is.
    private static func escape(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (String, Int)? {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "\""): return ("\\\"", 1)
        case UInt8(ascii: "\\"): return ("\\\\", 1)
        case UInt8(ascii: "\n"): return ("\\n", 1)
        case UInt8(ascii: "\r"): return ("\\r", 1)
        case UInt8(ascii: "\t"): return ("\\t", 1)
        case 0..<0x20:
            let hex = String(byte, radix: 16)
            return ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex, 1)
        case 0xE2:  // U+2028 and U+2029 are escaped, other characters starting E2 are not
            guard index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 else { return nil }
            return (bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029", 3)
        default:
            return nil
        }
    }

    /// The eight bytes from `index` as one word (in either byte order: only whether a byte matches counts).
    private static func word(of bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
        UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether a byte of `word` is below 0x20, a quote, a backslash or 0xE2 (the first byte of U+2028
    /// and U+2029): the bytes `escape` looks at. Exact, with no false answers either way.
    static func mayNeedEscape(_ word: UInt64) -> Bool {
        let control = (word &- ones &* 0x20) & ~word & highBits  // a byte below 0x20
        let quote = zeroByte(word ^ (ones &* UInt64(UInt8(ascii: "\""))))
        let backslash = zeroByte(word ^ (ones &* UInt64(UInt8(ascii: "\\"))))
        let lead = zeroByte(word ^ (ones &* 0xE2))
        return (control | quote | backslash | lead) != 0
    }

    /// Nonzero when a byte of `word` is zero.
    private static func zeroByte(_ word: UInt64) -> UInt64 {
        (word &- ones) & ~word & highBits
    }
}
