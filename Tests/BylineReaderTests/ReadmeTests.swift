import XCTest
@testable import BylineReader

/// The README's key table must not drift from the action table.
final class ReadmeTests: XCTestCase {
    func testReadmeNamesEveryAction() throws {
        let readme = try String(contentsOf: Fixtures.root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = readme.components(separatedBy: "## Reading").dropFirst().first ?? ""
        let names = ActionTable.all.map(\.name).filter { name in
            let explicit = section.contains(name)
            let focusRange = name.hasPrefix("focus-") && section.contains("focus-body … focus-claims")
            return !(explicit || focusRange)
        }
        XCTAssertEqual(names, [])
    }
}
