import Foundation
import XCTest

/// The base of the tests that drive the built `byline` in a real terminal: each test gets its
/// own tmux session (skipped when tmux is missing), killed with its folder afterwards, so the
/// classes hold only what they check.
class TmuxTestCase: XCTestCase {
    var tmux: TmuxSession!

    /// The terminal each test starts in; a class that needs a wider one overrides it.
    var terminalSize: (width: Int, height: Int) { (80, 24) }

    override func setUpWithError() throws {
        try super.setUpWithError()
        try TmuxSession.requireTmux()
        tmux = try TmuxSession(width: terminalSize.width, height: terminalSize.height)
    }

    override func tearDown() {
        tmux?.kill()
        tmux = nil
        super.tearDown()
    }

    /// Writes `text` to `name` (folders created as needed) in the session's folder; returns its path.
    func write(_ name: String, _ text: String) throws -> String {
        let url = tmux.folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}
