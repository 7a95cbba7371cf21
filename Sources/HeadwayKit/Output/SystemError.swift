import Foundation

/// Error numbers of the output side in words a clinician can act on.
enum SystemError {
    /// `code` in words: the common causes spelt out, the rest as the system says them.
    static func words(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "permission denied"
        case EROFS: return "the disk is read-only"
        case ENOSPC: return "the disk is full"
        case EDQUOT: return "the disk quota is used up"
        case ENOTDIR: return "a part of the path is a file, not a folder"
        case ELOOP: return "a part of the path is a symbolic link Headway does not follow"
        case ENAMETOOLONG: return "the path is too long"
        default: return String(cString: strerror(code))
        }
    }
}
