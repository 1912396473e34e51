import Foundation
import XCTest

/// `--help` is where a new user looks first: it must name the main keys and point to `?`.
final class ReadHelpTests: XCTestCase {
    private func help(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BylineExecutable.path)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\n", with: " ")
    }

    func testTopLevelHelpNamesTheKeysAndPointsToQuestionMark() throws {
        let text = try help(["--help"])
        for phrase in ["j/k scroll", "q quits", "press ? for every key", "byline help read"] {
            XCTAssertTrue(text.contains(phrase), "--help lacks '\(phrase)'")
        }
    }

    func testReadHelpNamesKeysThemesAndConfig() throws {
        let text = try help(["help", "read"])
        for phrase in ["Press ? in the reader for every key", "}/{", "--theme", "monochrome", "config.toml", "[keys]"] {
            XCTAssertTrue(text.contains(phrase), "help read lacks '\(phrase)'")
        }
    }
}
