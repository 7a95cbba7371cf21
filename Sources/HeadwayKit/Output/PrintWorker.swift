import Glibc

/// One WeasyPrint process that prints document after document: Python running `WeasyPrintProgram`,
/// started with `posix_spawn` in a process group of its own (see `ChildProcess`), fed and read through
/// pipes with `poll`. Each document has `timeout` seconds; a worker that overruns is killed with its
/// whole group, and one that fails in any way is ended and replaced by the next request.
final class PrintWorker {
    /// What the worker answered, or how it ended instead.
    enum Answer: Equatable {
        /// A frame of `kind` (`R` ready, `P` a PDF, `E` an exception) and its bytes.
        case frame(UInt8, [UInt8])
        /// The process ended (standard error's last bytes kept).
        case ended(ChildProcess.Ending, errors: [UInt8])
        /// No answer within the deadline: the process group was killed.
        case timedOut
    }

    private let pid: pid_t
    private var pipes: Pipes
    private var received: [UInt8] = []
    private var errors: [UInt8] = []
    private var running = true
    private let errorLimit = 64 * 1024

    /// Starts `process` (its timeout is the time the worker has to become ready and for each document)
    /// and waits for its ready frame; nil when it ended first (e.g. that Python has no WeasyPrint).
    static func start(_ process: ChildProcess) throws(PDFPrinter.Failure) -> PrintWorker? {
        let worker: PrintWorker
        do {
            var pipes = try Pipes()
            let pid: pid_t
            do { pid = try process.spawn(pipes) } catch { pipes.closeAll(); throw error }
            pipes.closeChildEnds()
            worker = PrintWorker(pid: pid, pipes: pipes)
        } catch let error as ChildProcess.SpawnError {
            throw .couldNotStart(error.reason)
        } catch {
            throw .couldNotStart("\(error)")
        }
        switch worker.exchange([], until: Clock.now + process.timeout) {
        case .frame(UInt8(ascii: "R"), _): return worker
        case .timedOut: throw .timedOut(process.timeout)
        default: return nil
        }
    }

    private init(pid: pid_t, pipes: Pipes) {
        self.pid = pid
        self.pipes = pipes
    }

    /// Whether the worker can take another document.
    var isRunning: Bool { running }

    /// Sends `html` as one document and waits, until `deadline`, for the answer.
    func print(_ html: [UInt8], until deadline: Double) -> Answer {
        var frame = withUnsafeBytes(of: UInt64(html.count).bigEndian, Array.init)
        frame += html
        return exchange(frame, until: deadline)
    }

    /// Ends the worker: its input closed, so that it exits; killed if it has not within a few seconds.
    func stop() {
        guard running else { return }
        PipeEnds.close(&pipes.input.write)
        PipeEnds.close(&pipes.output.read)
        PipeEnds.close(&pipes.errors.read)
        if ChildProcess.reap(pid, until: Clock.now + 5) == nil { kill() }
        running = false
    }

    deinit { stop() }

    // MARK: The exchange

    /// Writes `input`, then reads until one whole frame arrived, the process ended, or `deadline` passed.
    private func exchange(_ input: [UInt8], until deadline: Double) -> Answer {
        SignalMask.withSIGPIPEBlocked {
            var written = 0
            while true {
                if let frame = takeFrame() { return frame }
                let remaining = deadline - Clock.now
                guard remaining > 0 else { return timedOut() }
                var polled = [
                    pollfd(fd: written < input.count ? pipes.input.write : -1, events: Int16(POLLOUT), revents: 0),
                    pollfd(fd: pipes.output.read, events: Int16(POLLIN), revents: 0),
                    pollfd(fd: pipes.errors.read, events: Int16(POLLIN), revents: 0),
                ]  // a negative descriptor is ignored by poll
                let ready = poll(&polled, nfds_t(polled.count), Int32(min(remaining * 1000 + 1, 60_000)))
                if ready < 0, errno != EINTR { return ended() }
                guard ready > 0 else { continue }
                if polled[0].revents != 0, !feed(input, &written) { written = input.count }
                if polled[2].revents != 0 { Self.drain(&pipes.errors.read, into: &errors, limit: errorLimit) }
                if polled[1].revents != 0, !Self.drain(&pipes.output.read, into: &received, limit: nil) { return ended() }
            }
        }
    }

    /// Writes what the pipe takes; false when the worker stopped reading (it ended).
    private func feed(_ input: [UInt8], _ written: inout Int) -> Bool {
        let descriptor = pipes.input.write, offset = written
        let count = input.withUnsafeBytes { bytes in
            bytes.baseAddress.map { write(descriptor, $0 + offset, bytes.count - offset) } ?? 0
        }
        if count > 0 { written += count }
        return count >= 0 || errno == EAGAIN || errno == EINTR
    }

    /// The first whole frame received, taken off the buffer.
    private func takeFrame() -> Answer? {
        guard received.count >= 9 else { return nil }
        let length = received[1..<9].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        guard UInt64(received.count - 9) >= length else { return nil }
        let end = 9 + Int(length)
        let answer = Answer.frame(received[0], Array(received[9..<end]))
        received.removeFirst(end)
        return answer
    }

    /// Reads what is there; false (and the descriptor closed) at its end. With a `limit`, keeps the last bytes.
    @discardableResult
    private static func drain(_ descriptor: inout Int32, into buffer: inout [UInt8], limit: Int?) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count > 0 {
            buffer.append(contentsOf: chunk[0..<count])
            if let limit, buffer.count > limit { buffer.removeFirst(buffer.count - limit) }
            return true
        }
        if count < 0, errno == EINTR || errno == EAGAIN { return true }
        PipeEnds.close(&descriptor)
        return false
    }

    // MARK: Endings

    /// The worker closed its output: it is ending; its status once reaped (within a few seconds, else killed).
    private func ended() -> Answer {
        let until = Clock.now + 2  // its last words (a traceback) may follow the end of its output
        while pipes.errors.read >= 0, Clock.now < until {
            var polled = [pollfd(fd: pipes.errors.read, events: Int16(POLLIN), revents: 0)]
            if poll(&polled, 1, 100) > 0 { Self.drain(&pipes.errors.read, into: &errors, limit: errorLimit) }
        }
        pipes.closeAll()
        running = false
        guard let ending = ChildProcess.reap(pid, until: Clock.now + 5) else {
            kill()
            return .ended(.signalled(SIGKILL), errors: errors)
        }
        return .ended(ending, errors: errors)
    }

    private func timedOut() -> Answer {
        pipes.closeAll()
        kill()
        running = false
        return .timedOut
    }

    /// SIGKILL to the worker's whole process group, then reaped.
    private func kill() {
        Glibc.kill(-pid, SIGKILL)
        _ = ChildProcess.reap(pid, until: nil)
    }
}
