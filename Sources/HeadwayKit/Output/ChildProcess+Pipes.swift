import Glibc

/// One pipe's two file descriptors (-1 once closed).
struct PipeEnds {
    var read: Int32
    var write: Int32

    /// A new pipe, both ends close-on-exec and numbered 3 or above, so that neither can be one of the
    /// standard descriptors the child's are copied onto.
    init() throws {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw ChildProcess.SpawnError(code: errno) }
        let moved = ends.map { fcntl($0, F_DUPFD_CLOEXEC, 3) }
        let code = errno
        ends.forEach { _ = Glibc.close($0) }
        guard moved.allSatisfy({ $0 >= 0 }) else {
            moved.filter { $0 >= 0 }.forEach { _ = Glibc.close($0) }
            throw ChildProcess.SpawnError(code: code)
        }
        read = moved[0]
        write = moved[1]
    }

    static func close(_ descriptor: inout Int32) {
        if descriptor >= 0 { Glibc.close(descriptor) }
        descriptor = -1
    }
}

/// The child's standard input, output and error.
struct Pipes {
    var input: PipeEnds
    var output: PipeEnds
    var errors: PipeEnds

    init() throws {
        input = try PipeEnds()
        do {
            output = try PipeEnds()
            errors = try PipeEnds()
        } catch {
            PipeEnds.close(&input.read)
            PipeEnds.close(&input.write)
            throw error
        }
        _ = fcntl(input.write, F_SETFL, fcntl(input.write, F_GETFL) | O_NONBLOCK)
    }

    /// Closes the ends the child was given (after it started).
    mutating func closeChildEnds() {
        PipeEnds.close(&input.read)
        PipeEnds.close(&output.write)
        PipeEnds.close(&errors.write)
    }

    mutating func closeAll() {
        closeChildEnds()
        PipeEnds.close(&input.write)
        PipeEnds.close(&output.read)
        PipeEnds.close(&errors.read)
    }
}

/// Feeds the child's input and collects its output and error, with `poll`, until both reach their end.
struct Streams {
    let input: [UInt8]
    var pipes: Pipes
    let errorLimit: Int
    var written = 0
    var output: [UInt8] = []
    var errors: [UInt8] = []

    init(input: [UInt8], pipes: Pipes, errorLimit: Int) {
        self.input = input
        self.pipes = pipes
        self.errorLimit = errorLimit
        if input.isEmpty { PipeEnds.close(&self.pipes.input.write) }
    }

    /// Moves bytes until output and error are closed by the child (true) or `deadline` passes (false).
    mutating func pump(until deadline: Double) -> Bool {
        while pipes.output.read >= 0 || pipes.errors.read >= 0 {
            let remaining = deadline - Clock.now
            guard remaining > 0 else { return false }
            var polled = [
                pollfd(fd: pipes.input.write, events: Int16(POLLOUT), revents: 0),
                pollfd(fd: pipes.output.read, events: Int16(POLLIN), revents: 0),
                pollfd(fd: pipes.errors.read, events: Int16(POLLIN), revents: 0),
            ]  // a negative descriptor is ignored by poll
            let ready = poll(&polled, nfds_t(polled.count), Int32(min(remaining * 1000 + 1, 60_000)))
            if ready < 0, errno != EINTR { return false }
            guard ready > 0 else { continue }
            if polled[0].revents != 0 { feed() }
            if polled[1].revents != 0 { Self.drain(&pipes.output.read, into: &output, limit: nil) }
            if polled[2].revents != 0 { Self.drain(&pipes.errors.read, into: &errors, limit: errorLimit) }
        }
        return true
    }

    /// Writes what the pipe takes; closes it when everything is written or the child stopped reading.
    private mutating func feed() {
        let descriptor = pipes.input.write, offset = written
        let count = input.withUnsafeBytes { bytes in
            bytes.baseAddress.map { write(descriptor, $0 + offset, bytes.count - offset) } ?? 0
        }
        if count > 0 { written += count }
        if written == input.count || (count < 0 && errno != EAGAIN && errno != EINTR) {
            PipeEnds.close(&pipes.input.write)
        }
    }

    /// Reads what is there; closes the descriptor at its end. With a `limit`, keeps only the last bytes.
    private static func drain(_ descriptor: inout Int32, into buffer: inout [UInt8], limit: Int?) {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count > 0 {
            buffer.append(contentsOf: chunk[0..<count])
            if let limit, buffer.count > limit { buffer.removeFirst(buffer.count - limit) }
        } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
            PipeEnds.close(&descriptor)
        }
    }
}
