import Glibc

/// A program run with `posix_spawn`: its standard input fed and its standard output and error read
/// through pipes with `poll`, then reaped with `waitpid`, all within a deadline after which it is
/// killed. Nothing here uses Foundation's `Process`, whose run loop opens sockets (a pair on
/// 127.0.0.1, which fails, and once hung, where there is no loopback).
struct ChildProcess {
    /// How the program ended.
    enum Ending: Equatable {
        /// It exited with this status.
        case exited(Int32)
        /// A signal ended it.
        case signalled(Int32)
        /// It ran past the deadline and was killed with SIGKILL.
        case timedOut
    }

    /// What the program did.
    struct Result {
        var ending: Ending
        var output: [UInt8]
        /// The last `errorLimit` bytes of its standard error.
        var errors: [UInt8]
    }

    /// The program could not be started: `errno` of the failed call.
    struct SpawnError: Error, Equatable {
        var code: Int32
        /// The system's words for `code`.
        var reason: String { String(cString: strerror(code)) }
    }

    /// The program's absolute path.
    var executable: String
    /// Its arguments, without the program name.
    var arguments: [String]
    /// Its whole environment, `NAME=value`.
    var environment: [String]
    /// Seconds it may run, from its start to its exit.
    var timeout: Double
    /// Standard error beyond this many bytes keeps only its end.
    var errorLimit = 64 * 1024

    /// Runs the program with `input` on its standard input.
    func run(input: [UInt8]) throws -> Result {
        let deadline = Clock.now + timeout
        var pipes = try Pipes()
        defer { pipes.closeAll() }
        let pid = try spawn(pipes)
        pipes.closeChildEnds()
        var streams = Streams(input: input, pipes: pipes, errorLimit: errorLimit)
        let finished = SignalMask.withSIGPIPEBlocked { streams.pump(until: deadline) }
        pipes = streams.pipes
        guard finished, let status = Self.reap(pid, until: deadline) else {
            kill(pid, SIGKILL)
            _ = Self.reap(pid, until: nil)
            return Result(ending: .timedOut, output: streams.output, errors: streams.errors)
        }
        return Result(ending: status, output: streams.output, errors: streams.errors)
    }

    private func spawn(_ pipes: Pipes) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipes.input.read, 0)
        posix_spawn_file_actions_adddup2(&actions, pipes.output.write, 1)
        posix_spawn_file_actions_adddup2(&actions, pipes.errors.write, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t(), defaults = sigset_t()
        sigemptyset(&empty)
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = CStrings([executable] + arguments), envp = CStrings(environment)
        defer { argv.release(); envp.release() }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, executable, &actions, &attributes, argv.pointers, envp.pointers)
        guard code == 0 else { throw SpawnError(code: code) }
        return pid
    }

    /// The program's ending once it has exited, polling until `deadline` (nil: waiting as long as it
    /// takes, for a program already sent SIGKILL); nil when the deadline passed first.
    private static func reap(_ pid: pid_t, until deadline: Double?) -> Ending? {
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, deadline == nil ? 0 : WNOHANG)
            if result == pid { break }
            if result < 0, errno != EINTR { return .exited(-1) }
            if result == 0 {
                guard let deadline, Clock.now < deadline else { return nil }
                usleep(2_000)
            }
        }
        let signal = status & 0x7F
        return signal == 0 ? .exited((status >> 8) & 0xFF) : .signalled(signal)
    }
}

/// Seconds on the monotonic clock.
enum Clock {
    static var now: Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// A NULL-terminated array of C strings, for `argv` and `envp`.
private struct CStrings {
    let pointers: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>

    init(_ strings: [String]) {
        pointers = .allocate(capacity: strings.count + 1)
        for (index, string) in strings.enumerated() { pointers[index] = strdup(string) }
        pointers[strings.count] = nil
    }

    func release() {
        var index = 0
        while let pointer = pointers[index] {
            free(pointer)
            index += 1
        }
        pointers.deallocate()
    }
}

/// Blocks SIGPIPE for the calling thread while the child's input is written, so that a child that exits
/// without reading makes `write` fail with EPIPE instead of killing Headway; a SIGPIPE raised meanwhile
/// is taken off the thread before the mask is restored.
enum SignalMask {
    static func withSIGPIPEBlocked<T>(_ body: () -> T) -> T {
        var blocked = sigset_t(), previous = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer {
            var pending = sigset_t()
            sigpending(&pending)
            if sigismember(&pending, SIGPIPE) == 1 {
                var zero = timespec()
                _ = sigtimedwait(&blocked, nil, &zero)
            }
            pthread_sigmask(SIG_SETMASK, &previous, nil)
        }
        return body()
    }
}
