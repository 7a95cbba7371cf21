/// Times the stages of a run.
struct Stages: Sendable {
    let monitor: RunMonitor

    func parse<T>(_ work: () -> T) -> T { monitor.measure(.parse, work) }
    func aggregate<T>(_ work: () -> T) -> T { monitor.measure(.aggregate, work) }
    func render<T, E: Error>(_ work: () throws(E) -> T) throws(E) -> T { try monitor.measure(.render, work) }

    func write<E: Error>(_ work: () throws(E) -> Void) throws(E) {
        try monitor.measure(.write, work)
        monitor.fileWritten()
    }

    /// Writes `files` together into `sink`; for each file, nil or why it failed.
    func write(_ files: [RenderedFile], to sink: some ReportSink) -> [WriteFailure?] {
        let failures = monitor.measure(.write) { sink.write(files) }
        for failure in failures where failure == nil { monitor.fileWritten() }
        return failures
    }
}
