import BylineWeb
import Foundation
import XCTest

/// A folder on the command line stands for the articles in it, in name order.
final class InputPathsTests: XCTestCase {
    private var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-paths-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for name in ["b.txt", "a.md", "c.html", "d.html.gz", "e.PDF", "notes", "sub/f.text", "sub/g.htm", "z.jpg"] {
            try Data("x".utf8).write(to: dir.appendingPathComponent(name))
        }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    func testAFolderGivesItsTextFilesAndPagesInNameOrder() {
        let found = InputPaths.articles(in: dir.path).map { String($0.dropFirst(dir.path.count + 1)) }
        XCTAssertEqual(found, ["a.md", "b.txt", "c.html", "d.html.gz", "sub/f.text", "sub/g.htm"])
    }

    func testFilesStandardInputAndAddressesArePassedThroughInPlace() {
        let file = dir.appendingPathComponent("z.jpg").path
        let expanded = InputPaths.expand(["-", file, dir.appendingPathComponent("sub").path, "https://example.com/a", "missing.txt"])
        XCTAssertEqual(expanded, ["-", file, dir.appendingPathComponent("sub/f.text").path,
                                  dir.appendingPathComponent("sub/g.htm").path, "https://example.com/a", "missing.txt"])
    }

    func testAFolderWithNoArticlesGivesNothing() throws {
        let empty = dir.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        XCTAssertEqual(InputPaths.expand([empty.path]), [])
    }
}
