import Foundation

extension ReportRenderer {
    /// Collapses runs of blank lines left by skipped template sections (a line of only spaces, tabs and
    /// carriage returns counts as blank and is emptied) and ends the text with one newline. Lines are
    /// found with `memchr`, and the lines between blank ones are copied in one run.
    static func tidy(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 1)
            var previousBlank = false
            var run = 0  // the start of the lines kept as they are, not copied yet
            var lineStart = 0
            while lineStart < bytes.count {
                let content = firstNonBlank(bytes, from: lineStart)
                let isBlank = content == bytes.count || bytes[content] == UInt8(ascii: "\n")
                let lineEnd = isBlank ? content : newline(bytes, from: content)
                if isBlank && lineEnd < bytes.count {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<lineStart]))
                    if !previousBlank { output.append(UInt8(ascii: "\n")) }
                    previousBlank = true
                    run = lineEnd + 1
                } else {
                    previousBlank = false
                }
                lineStart = lineEnd + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<bytes.count]))
            while let last = output.last, last == UInt8(ascii: "\n") || last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { output.removeLast() }
            output.append(UInt8(ascii: "\n"))
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// The position of the first byte from `start` that is not a space, a tab or a carriage return.
    private static func firstNonBlank(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") || bytes[index] == UInt8(ascii: "\r") {
            index += 1
        }
        return index
    }

    /// The position of the first newline from `start` (which is before the end), or the end.
    private static func newline(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress, let found = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start) else { return bytes.count }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}
