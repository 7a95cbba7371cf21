import Foundation

/// Why a file could not be read, in plain words.
public struct ReadError: Error, CustomStringConvertible {
    /// E.g. "permission denied", "no such file (a link to a missing file?)".
    public var reason: String
    public var description: String { reason }

    /// A read error with this reason.
    public init(reason: String) {
        self.reason = reason
    }

    static func words(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file (a link to a missing file?)"
        case EACCES, EPERM: return "permission denied"
        case ELOOP: return "too many levels of links"
        default: return String(cString: strerror(code))
        }
    }
}
