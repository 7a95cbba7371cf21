import Foundation

extension PDFPrinter {
    /// The environment WeasyPrint runs in: Headway's, with `SOURCE_DATE_EPOCH` (0 unless set).
    var environment: [String] {
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = environment["SOURCE_DATE_EPOCH"] ?? "0"
        return environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    }

    /// A `PrintWorker`'s process: the Python of the `weasyprint` script (its `#!` line, as the script
    /// itself would run) running `WeasyPrintProgram`; nil when `weasyprint` is not a Python script.
    func workerProcess() -> ChildProcess? {
        guard let executable, let interpreter = Self.interpreter(of: executable, searchPath: searchPath) else { return nil }
        return ChildProcess(executable: interpreter[0], arguments: Array(interpreter.dropFirst()) + ["-c", WeasyPrintProgram.source],
                            environment: environment, timeout: timeout)
    }

    /// The interpreter and its options from the `#!` line of `script` (`#!/usr/bin/python3`,
    /// `#!/usr/bin/env python3` looked up on `searchPath`), when it names an executable `python…`.
    static func interpreter(of script: URL, searchPath: [String]) -> [String]? {
        guard let handle = try? FileHandle(forReadingFrom: script) else { return nil }
        defer { try? handle.close() }
        guard let start = try? handle.read(upToCount: 512), start.starts(with: Data("#!".utf8)) else { return nil }
        let line = String(decoding: start.dropFirst(2).prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
        var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
        guard var program = words.first else { return nil }
        words.removeFirst()
        if program.hasSuffix("/env") {
            guard let name = words.first, !name.hasPrefix("-"), !name.contains("/"),
                  let found = searchPath.lazy.map({ URL(fileURLWithPath: $0).appendingPathComponent(name).path })
                      .first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
            program = found
            words.removeFirst()
        }
        guard URL(fileURLWithPath: program).lastPathComponent.hasPrefix("python"),
              FileManager.default.isExecutableFile(atPath: program) else { return nil }
        return [program] + words
    }
}
