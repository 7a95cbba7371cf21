import Glibc

/// A program run with `posix_spawn`: its standard input fed and its standard output and error read
/// through pipes with `poll`, then reaped with `waitpid`, all within a deadline after which it is
/// killed together with every process it started (it runs in a process group of its own). Nothing
/// here uses Foundation's `Process`, whose run loop opens sockets (a pair on 127.0.0.1, which fails,
/// and once hung, where there is no loopback).
struct ChildProcess {
    /// How the program ended.
    enum Ending: Equatable {
        /// It exited with this status.
        case exited(Int32)
        /// A signal ended it.
        case signalled(Int32)
        /// It ran past the deadline and was killed, with its process group, by SIGKILL.
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
            kill(-pid, SIGKILL)  // its whole process group: what it started must not outlive it
            _ = Self.reap(pid, until: nil)
            return Result(ending: .timedOut, output: streams.output, errors: streams.errors)
        }
        return Result(ending: status, output: streams.output, errors: streams.errors)
    }

    /// Starts the program on `pipes` (its standard input, output and error), in a process group of its own.
    func spawn(_ pipes: Pipes) throws -> pid_t {
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
        posix_spawnattr_setpgroup(&attributes, 0)  // a group of its own, led by it, so a timeout stops its children too
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))
        let argv = CStrings([executable] + arguments), envp = CStrings(environment)
        defer { argv.release(); envp.release() }
        var pid: pid_t = 0
        var code = posix_spawn(&pid, executable, &actions, &attributes, argv.pointers, envp.pointers)
        // "Text file busy": the program's file is still open for writing somewhere (being installed, or
        // just written, its descriptor inherited for a moment by a child forked elsewhere in this process,
        // which on a loaded machine can take a second to exec); it is tried again for about 2 s before giving up.
        for attempt in 1...12 where code == ETXTBSY {
            usleep(UInt32(25_000 * attempt))
            code = posix_spawn(&pid, executable, &actions, &attributes, argv.pointers, envp.pointers)
        }
        guard code == 0 else { throw SpawnError(code: code) }
        return pid
    }

    /// The program's ending once it has exited, polling until `deadline` (nil: waiting as long as it
    /// takes, for a program already sent SIGKILL); nil when the deadline passed first.
    static func reap(_ pid: pid_t, until deadline: Double?) -> Ending? {
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
