import Foundation

/// Prints HTML to PDF with WeasyPrint (Debian package `weasyprint`), run as a subprocess that reads
/// the HTML from standard input. No network: the HTML Headway makes fetches nothing.
public struct PDFPrinter: Sendable {
    /// Why a PDF could not be made.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// WeasyPrint is not on the PATH.
        case missing
        /// WeasyPrint ran and failed.
        case failed(status: Int32, message: String)

        public var description: String {
            switch self {
            case .missing:
                return "weasyprint is not installed: install the Debian package 'weasyprint' (apt-get install weasyprint) to write PDF"
            case .failed(let status, let message):
                return "weasyprint failed (exit \(status)): \(message)"
            }
        }
    }

    /// The folders searched for `weasyprint` (the PATH by default).
    let searchPath: [String]

    /// A printer that looks for WeasyPrint on `searchPath` (default: the PATH).
    public init(searchPath: [String]? = nil) {
        self.searchPath = searchPath ?? (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
    }

    /// The WeasyPrint executable, if installed.
    public var executable: URL? {
        searchPath.lazy.map { URL(fileURLWithPath: $0).appendingPathComponent("weasyprint") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// The PDF of `html`.
    public func pdf(from html: String) throws -> Data {
        guard let executable else { throw Failure.missing }
        let process = Process()
        process.executableURL = executable
        process.arguments = ["--quiet", "-", "-"]
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = environment["SOURCE_DATE_EPOCH"] ?? "0"
        process.environment = environment
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let writer = Thread {
            input.fileHandleForWriting.write(Data(html.utf8))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let errorData = Collected()
        let reader = Thread { errorData.set(errors.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let pdf = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errorData.isSet { Thread.sleep(forTimeInterval: 0.005) }
        guard process.terminationStatus == 0, pdf.starts(with: Data("%PDF".utf8)) else {
            let message = String(decoding: errorData.value, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure.failed(status: process.terminationStatus, message: String(message.suffix(500)))
        }
        return pdf
    }
}

/// Data handed from a reader thread.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?

    func set(_ value: Data) { lock.withLock { data = value } }
    var isSet: Bool { lock.withLock { data != nil } }
    var value: Data { lock.withLock { data ?? Data() } }
}
