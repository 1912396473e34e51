import Foundation
import XCTest

/// `--help` is where a new user looks first: it must name the main keys and point to `?`.
final class ReadHelpTests: XCTestCase {
    private func help(_ arguments: [String]) throws -> String {
        let result = try BylineExecutable.run(arguments)
        XCTAssertEqual(result.status, 0)
        return result.stdout.replacingOccurrences(of: "\n", with: " ")
    }

    func testTopLevelHelpNamesTheKeysAndPointsToQuestionMark() throws {
        let text = try help(["--help"])
        for phrase in ["j/k scroll", "q goes back to the list or quits", "Q quits", "press ? for every key", "byline help read"] {
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
