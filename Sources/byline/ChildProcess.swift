import Foundation

/// A child process whose standard input, output and error are pipes to this one, started in
/// a process group of its own so that `kill()` stops it and anything it started (a wrapper
/// script's own children) at once. Used by `RecordSupervisor` to run the analyser apart.
final class ChildProcess {
    let pid: pid_t
    /// Write end of the child's standard input (non-blocking); -1 once closed.
    private(set) var input: Int32
    /// Read ends of the child's standard output and error; -1 once closed.
    private(set) var output: Int32
    private(set) var errors: Int32
    private var status: Int32?

    struct SpawnError: Error, CustomStringConvertible {
        let description: String
    }

    init(arguments: [String]) throws {
        var toChild: [Int32] = [-1, -1], fromChild: [Int32] = [-1, -1], errorsFromChild: [Int32] = [-1, -1]
        // Close-on-exec, so that no other child inherits these ends; dup2 clears it on the child's.
        guard Self.closeOnExecPipe(&toChild), Self.closeOnExecPipe(&fromChild), Self.closeOnExecPipe(&errorsFromChild) else {
            for fd in toChild + fromChild + errorsFromChild where fd >= 0 { close(fd) }
            throw SpawnError(description: "cannot make a pipe: \(String(cString: strerror(errno)))")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], STDIN_FILENO)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], STDOUT_FILENO)
        posix_spawn_file_actions_adddup2(&actions, errorsFromChild[1], STDERR_FILENO)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Its own process group; SIGPIPE back to its default, since the supervisor ignores it.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF))
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for arg in argv { free(arg) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, environ)
        close(toChild[0])
        close(fromChild[1])
        close(errorsFromChild[1])
        guard spawned == 0 else {
            close(toChild[1])
            close(fromChild[0])
            close(errorsFromChild[0])
            throw SpawnError(description: "cannot run \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        self.pid = pid
        input = toChild[1]
        output = fromChild[0]
        errors = errorsFromChild[0]
        _ = fcntl(input, F_SETFL, fcntl(input, F_GETFL) | O_NONBLOCK)
    }

    private static func closeOnExecPipe(_ fds: inout [Int32]) -> Bool {
        guard pipe(&fds) == 0 else { return false }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return true
    }

    deinit {
        for fd in [input, output, errors] where fd >= 0 { close(fd) }
    }

    func closeInput() {
        if input >= 0 { close(input) }
        input = -1
    }

    func closeOutput() {
        if output >= 0 { close(output) }
        output = -1
    }

    func closeErrors() {
        if errors >= 0 { close(errors) }
        errors = -1
    }

    /// Kills the child's whole process group.
    func kill() {
        _ = Foundation.kill(-pid, SIGKILL)
    }

    /// Waits for the child to end; its wait status.
    @discardableResult
    func wait() -> Int32 {
        if let status { return status }
        var raw: Int32 = 0
        while waitpid(pid, &raw, 0) < 0 && errno == EINTR {}
        status = raw
        return raw
    }

    /// The child's wait status if it has ended, without waiting.
    func exitStatus() -> Int32? {
        if let status { return status }
        var raw: Int32 = 0
        guard waitpid(pid, &raw, WNOHANG) == pid else { return nil }
        status = raw
        return raw
    }

    /// "exited with status N" or "was killed by signal N", for a wait status.
    static func describe(_ status: Int32) -> String {
        let signal = status & 0x7F
        if signal == 0 { return "exited with status \((status >> 8) & 0xFF)" }
        return "was killed by signal \(signal)"
    }
}
