import Foundation
import XCTest

/// The base of the command tests that run the built `byline` on files and stores of their own:
/// each test gets a fresh temp folder, removed afterwards.
class TemporaryFolderTestCase: XCTestCase {
    private(set) var folder = ""
    var folderURL: URL { URL(fileURLWithPath: folder, isDirectory: true) }

    override func setUpWithError() throws {
        try super.setUpWithError()
        folder = NSTemporaryDirectory() + "byline-\(type(of: self))-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
        try super.tearDownWithError()
    }

    /// Writes `text` to `name` in the folder; returns its path.
    func write(_ text: String, _ name: String) throws -> String {
        let path = folder + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// `s` as one word for a shell command line.
    func quoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
