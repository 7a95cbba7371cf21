import Foundation

/// Prints HTML to PDF with WeasyPrint (Debian package `weasyprint`), run as a child process that reads
/// the HTML from standard input (see `ChildProcess`: no Foundation `Process`, so Headway opens no socket).
/// No network: the HTML Headway makes fetches nothing, and relative references are resolved against
/// `about:blank`, so they stay as written (links) or are not loaded (pictures), whatever the working folder.
/// A run prints through a `PrintSession`, whose WeasyPrint workers print many documents each and fall
/// back to `pdf(from:)`, one `weasyprint` command per document, where they cannot run.
public struct PDFPrinter: Sendable {
    /// Why a PDF could not be made.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// WeasyPrint is not on the PATH.
        case missing
        /// WeasyPrint could not be started (the system's reason).
        case couldNotStart(String)
        /// WeasyPrint ran longer than the timeout (seconds) and was stopped.
        case timedOut(Double)
        /// WeasyPrint stopped with this exit status; `reason` is its last error line, made safe to print.
        case failed(status: Int32, reason: String)
        /// WeasyPrint raised an exception for this document (and can print the next); `reason` as for `failed`.
        case raised(String)
        /// A signal ended WeasyPrint.
        case signalled(Int32)
        /// WeasyPrint exited cleanly but what it wrote is not a PDF.
        case notAPDF

        public var description: String {
            switch self {
            case .missing:
                return "weasyprint is not installed: install the Debian package 'weasyprint' (apt-get install weasyprint) to write PDF"
            case .couldNotStart(let reason):
                return "weasyprint could not be started: \(reason)"
            case .timedOut(let seconds):
                let amount = DisplayFormat.number(seconds) ?? "\(seconds)"
                return "weasyprint did not finish printing within \(amount) second\(seconds == 1 ? "" : "s") and was stopped; no PDF was written"
            case .failed(let status, let reason):
                return "weasyprint could not print the document (exit status \(status)): \(reason)"
            case .raised(let reason):
                return "weasyprint could not print the document: \(reason)"
            case .signalled(let signal):
                return "weasyprint was stopped by signal \(signal) before it finished; no PDF was written"
            case .notAPDF:
                return "weasyprint finished but wrote no PDF"
            }
        }
    }

    /// What WeasyPrint resolves relative references against: no folder, so nothing depends on where
    /// Headway runs and no local file is read by a relative name.
    static let baseURL = "about:blank"

    /// The folders searched for `weasyprint` (the PATH by default).
    let searchPath: [String]
    /// Seconds WeasyPrint may take before it is killed.
    public let timeout: Double

    /// A printer that looks for WeasyPrint on `searchPath` (default: the PATH) and stops it after
    /// `timeout` seconds (default 120).
    public init(searchPath: [String]? = nil, timeout: Double = 120) {
        self.searchPath = searchPath ?? (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        self.timeout = timeout
    }

    /// The WeasyPrint executable, if installed.
    public var executable: URL? {
        searchPath.lazy.map { URL(fileURLWithPath: $0).appendingPathComponent("weasyprint") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// The PDF of `html`, printed by one run of the `weasyprint` command.
    public func pdf(from html: String) throws(Failure) -> Data {
        guard let executable else { throw Failure.missing }
        let child = ChildProcess(executable: executable.path, arguments: ["--quiet", "--base-url", Self.baseURL, "-", "-"],
                                 environment: environment, timeout: timeout)
        let result: ChildProcess.Result
        do {
            result = try child.run(input: Array(html.utf8))
        } catch let error as ChildProcess.SpawnError {
            throw Failure.couldNotStart(error.reason)
        } catch {
            throw Failure.couldNotStart("\(error)")
        }
        switch result.ending {
        case .timedOut: throw Failure.timedOut(timeout)
        case .signalled(let signal): throw Failure.signalled(signal)
        case .exited(let status) where status != 0:
            throw Failure.failed(status: status, reason: PrinterErrors.reason(result.errors))
        case .exited:
            guard result.output.starts(with: Array("%PDF".utf8)) else { throw Failure.notAPDF }
            return Data(result.output)
        }
    }
}
