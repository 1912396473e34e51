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

    /// Runs the binary outside tmux; returns its exit status and standard output.
    static func run(_ arguments: [String]) throws -> (status: Int32, stdout: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    private final class Marker {}
}
