import Foundation

/// The printing of one run. PDFs are printed by a pool of `PrintWorker`s, each a WeasyPrint process
/// that prints document after document: at most `width` of them (the pipeline's threads, one per
/// core), started when a PDF is first asked for and stopped by `close`. Where `weasyprint` is not a
/// Python script whose Python can run the worker, each PDF is printed by the `weasyprint` command
/// instead (`PDFPrinter.pdf(from:)`, one process per PDF). Either way: no network, `about:blank` as the
/// base URL, the same environment and the same timeout per PDF.
final class PrintSession: @unchecked Sendable {
    let printer: PDFPrinter
    /// The most workers running at once.
    let width: Int

    private let condition = NSCondition()
    private var idle: [PrintWorker] = []
    /// Workers printing or starting.
    private var busy = 0
    /// Whether workers can run here: nil until the first one started or failed to.
    private var pooled: Bool?

    /// A session printing with `printer`, on at most `width` workers at once.
    init(printer: PDFPrinter, width: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.printer = printer
        self.width = max(1, width)
    }

    /// The PDF of `html`.
    func pdf(from html: String) throws(PDFPrinter.Failure) -> Data {
        guard printer.executable != nil else { throw .missing }
        guard let worker = try checkOut() else { return try printer.pdf(from: html) }
        defer { checkIn(worker) }
        switch worker.print(Array(html.utf8), until: Clock.now + printer.timeout) {
        case .frame(UInt8(ascii: "P"), let pdf):
            guard pdf.starts(with: Array("%PDF".utf8)) else { throw .notAPDF }
            return Data(pdf)
        case .frame(UInt8(ascii: "E"), let errors):
            throw .raised(PrinterErrors.reason(errors))
        case .frame:
            worker.stop()
            throw .notAPDF
        case .ended(.exited(let status), let errors):
            throw .failed(status: status, reason: PrinterErrors.reason(errors))
        case .ended(.signalled(let signal), _):
            throw .signalled(signal)
        case .ended(.timedOut, _), .timedOut:
            throw .timedOut(printer.timeout)
        }
    }

    /// Stops every worker.
    func close() {
        condition.lock()
        let workers = idle
        idle = []
        condition.unlock()
        workers.forEach { $0.stop() }
    }

    /// An idle worker, or a new one while fewer than `width` run; nil when workers cannot run here.
    private func checkOut() throws(PDFPrinter.Failure) -> PrintWorker? {
        condition.lock()
        while idle.isEmpty, busy >= width { condition.wait() }
        if let worker = idle.popLast() {
            busy += 1
            condition.unlock()
            return worker
        }
        guard pooled != false else {
            condition.unlock()
            return nil
        }
        busy += 1
        condition.unlock()
        do {
            let worker = try printer.workerProcess().flatMap(PrintWorker.start)
            finishStart(pooled: worker != nil)
            return worker
        } catch {
            finishStart(pooled: nil)
            throw error
        }
    }

    /// After a start: a failed start gives its place back; `pooled` says whether workers can run here.
    private func finishStart(pooled: Bool?) {
        condition.lock()
        if let pooled { self.pooled = self.pooled ?? pooled }
        if pooled != true {
            busy -= 1
            condition.signal()
        }
        condition.unlock()
    }

    private func checkIn(_ worker: PrintWorker) {
        condition.lock()
        busy -= 1
        if worker.isRunning { idle.append(worker) }
        condition.signal()
        condition.unlock()
    }
}
