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
}
