import Foundation
import XCTest

/// A private tmux server running a shell at a fixed size, driven as a person would: type
/// keys, read the screen. Each session has its own socket, so tests never touch the user's
/// tmux, and `kill()` (called from tearDown) ends the server with everything in it.
final class TmuxSession {
    let socket: String
    let folder: URL

    /// Skips the calling test when tmux is not installed (CI installs it).
    static func requireTmux() throws {
        guard let tmux = executable("tmux") else {
            throw XCTSkip("tmux is not installed (apt-get install -y tmux): the end-to-end tests need it")
        }
        _ = tmux
    }

    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    init(width: Int = 80, height: Int = 24) throws {
        socket = "byline-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let config = folder.appendingPathComponent("tmux.conf")
        try """
            set -g default-terminal tmux-256color
            set -g set-clipboard on
            set -g status off
            set -g history-limit 0
            """.write(to: config, atomically: true, encoding: .utf8)
        let configHome = folder.appendingPathComponent("config")
        try FileManager.default.createDirectory(at: configHome, withIntermediateDirectories: true)
        try tmux(["-f", config.path, "new-session", "-d", "-x", "\(width)", "-y", "\(height)",
                  "-e", "LANG=C.UTF-8", "-e", "LC_ALL=C.UTF-8", "-e", "XDG_CONFIG_HOME=\(configHome.path)", "-e", "XDG_DATA_HOME=\(folder.path)/data",
                  "-e", "BYLINE_STORE=\(folder.path)/annotations.sqlite",
                  "-e", "NO_COLOR=", "-e", "HISTFILE=/dev/null",
                  "bash --norc --noprofile"])
        XCTAssertTrue(waitUntil { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }, "the shell in tmux did not start")
        run("PS1='$ '; clear")
        XCTAssertTrue(waitUntil { $0.hasPrefix("$") }, "the shell prompt did not change:\n\(screen)")
    }

    /// Runs a tmux command on this session's server and returns what it printed. Spawned and
    /// reaped by hand: the server that new-session forks keeps Foundation's `Process` waiting.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let outputPath = folder.appendingPathComponent("tmux-output-\(UUID().uuidString)").path
        defer { unlink(outputPath) }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([Self.executable("tmux") ?? "/usr/bin/tmux", "-u", "-L", socket] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, argv[0]!, &actions, nil, argv, environ)
        guard status == 0 else { throw NSError(domain: NSPOSIXErrorDomain, code: Int(status)) }
        var exitStatus: Int32 = 0
        while waitpid(pid, &exitStatus, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    /// tmux key names: "j", "Enter", "C-d", "BTab", "Escape".
    func send(_ keys: String...) {
        _ = try? tmux(["send-keys", "-t", "0"] + keys)
    }

    /// Types text literally (no key-name lookup).
    func type(_ text: String) {
        _ = try? tmux(["send-keys", "-t", "0", "-l", text])
    }

    /// Types a shell command line and runs it.
    func run(_ commandLine: String) {
        type(commandLine)
        send("Enter")
    }

    var screen: String { (try? tmux(["capture-pane", "-p", "-t", "0"])) ?? "" }

    func display(_ format: String) -> String {
        ((try? tmux(["display-message", "-p", "-t", "0", format])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func resize(width: Int, height: Int) {
        _ = try? tmux(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls the screen until `condition` holds or `timeout` seconds pass.
    func waitUntil(timeout: Double = 5, _ condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if condition(screen) { return true }
            usleep(50_000)
        } while Date() < deadline
        return condition(screen)
    }

    /// The reader's status bar: the bottom line of the screen.
    var statusBar: String {
        screen.split(separator: "\n", omittingEmptySubsequences: false).dropLast().last.map(String.init) ?? ""
    }

    /// Asserts that the status bar comes to contain `text`, showing the whole screen if not.
    func waitForStatus(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(waitUntil { _ in self.statusBar.contains(text) },
                      "status bar lacks '\(text)': \(statusBar)\n\(screen)", file: file, line: line)
    }

    func waitFor(_ text: String, timeout: Double = 5) -> Bool {
        waitUntil(timeout: timeout) { $0.contains(text) }
    }

    /// Whether the pane is in the alternate screen (a full-screen program is running).
    var alternateScreen: Bool { display("#{alternate_on}") == "1" }

    func waitForAlternateScreen(_ on: Bool, timeout: Double = 5) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if alternateScreen == on { return true }
            usleep(50_000)
        } while Date() < deadline
        return alternateScreen == on
    }

    /// Starts `byline` with `arguments` from the shell in the pane, remembering its pid, and
    /// has the shell print its exit status when it ends.
    func startByline(_ arguments: [String] = [], environment: String = "") {
        let pidFile = folder.appendingPathComponent("byline.pid").path
        try? FileManager.default.removeItem(atPath: pidFile)
        let args = arguments.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        run("clear; \(environment) sh -c 'echo $$ > \(pidFile); exec \"$0\" \"$@\"' \(BylineExecutable.shellQuoted) \(args); echo \"exit=$?\"")
    }

    /// The pid of the `byline` started last, once it has started.
    var bylinePID: Int32? {
        let pidFile = folder.appendingPathComponent("byline.pid").path
        for _ in 0..<100 {
            if let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
               let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) { return pid }
            usleep(50_000)
        }
        return nil
    }

    func kill() {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: folder)
    }
}
