import Foundation
import XCTest

/// The test web server (Tests/WebServer/byline_test_server.py) on 127.0.0.1 at a free port:
/// started for a test (`started(for:)`) and stopped when that test ends. Tests never reach
/// the internet.
final class LocalWebServer {
    let process = Process()
    private let input = Pipe()
    let port: Int

    static var script: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("WebServer/byline_test_server.py")
    }

    /// Skips the calling test when python3 is missing (every machine here has it).
    init() throws {
        guard let python = TmuxSession.executable("python3") else { throw XCTSkip("python3 is needed for the web server") }
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [Self.script.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = input
        try process.run()
        let line = Self.readLine(output.fileHandleForReading)
        guard line.hasPrefix("PORT "), let port = Int(line.dropFirst(5)) else {
            process.terminate()
            throw NSError(domain: "LocalWebServer", code: 1, userInfo: [NSLocalizedDescriptionKey: "server said \(line)"])
        }
        self.port = port
    }

    /// A server for the running `test`, stopped when the test ends.
    static func started(for test: XCTestCase) throws -> LocalWebServer {
        let server = try LocalWebServer()
        test.addTeardownBlock { server.stop() }
        return server
    }

    /// "http://127.0.0.1:<port>" + path.
    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Closes the server's standard input (it stops on end of input) and waits for it.
    func stop() {
        try? input.fileHandleForWriting.close()
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }

    private static func readLine(_ handle: FileHandle) -> String {
        var bytes: [UInt8] = []
        while let chunk = try? handle.read(upToCount: 1), let byte = chunk.first, byte != 0x0A {
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
