import Foundation

extension FolderSink: RemovingReportSink {
    /// Removes `path` (`client/report.ext`, a regular file reached without following links), then its
    /// client folder when that is left empty, as a fresh batch would not have made it.
    public func remove(_ path: String) throws(WriteFailure) {
        guard let root = prepared?.root.path else {
            throw WriteFailure(.error(path, nil, "cannot remove report: the output folder was not prepared"))
        }
        let stale = StaleReports(root: root, periods: .allSessions, formats: [])
        do {
            try stale.remove(path)
        } catch {
            throw WriteFailure(.error(root + "/" + path, nil, "cannot remove the report: \((error as? ReadError)?.reason ?? "\(error)")"))
        }
        if let folder = path.split(separator: "/").first, path.contains("/") {
            rmdir(root + "/" + folder)  // fails, harmlessly, while the folder holds anything
        }
    }
}
