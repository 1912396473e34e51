import Foundation

/// The built `byline` beside the test bundle (SwiftPM puts both in one build folder);
/// `BYLINE_BINARY` overrides.
enum BylineExecutable {
    static var path: String {
        if let path = ProcessInfo.processInfo.environment["BYLINE_BINARY"] { return path }
        let bundle = Bundle(for: Marker.self).bundleURL
        let candidates = [
            bundle, bundle.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        ].map { $0.appendingPathComponent("byline").path }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }

    /// The path quoted for the shell in tmux.
    static var shellQuoted: String { "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    static var url: URL { URL(fileURLWithPath: path) }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the binary outside tmux, as a script would, feeding it `stdin` when given.
    static func run(_ arguments: [String], stdin: Data? = nil) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Standard error is drained on its own thread: a binary that floods it must fail a
        // test, not block on a full pipe while standard output is being read.
        let errData = Drained()
        let drained = DispatchSemaphore(value: 0)
        let errHandle = err.fileHandleForReading
        Thread.detachNewThread {
            errData.data = errHandle.readDataToEndOfFile()
            drained.signal()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData.data, as: UTF8.self))
    }

    /// Runs a shell command line (which names the binary through `shellQuoted`), for inputs a
    /// `Data` cannot give, such as an endless pipe.
    static func runShell(_ commandLine: String) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", commandLine]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    private final class Marker {}

    private final class Drained: @unchecked Sendable {
        var data = Data()
    }
}
