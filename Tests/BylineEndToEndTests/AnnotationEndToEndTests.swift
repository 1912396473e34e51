import Foundation
import XCTest

/// Annotating in a real terminal: `a` on a claim, a verdict, a note and Enter; "Saved" only
/// once committed; quit, reopen, and the badge and the note are there; then the W3C export of
/// the store goes through `import` into a new store and comes out unchanged.
final class AnnotationEndToEndTests: TmuxTestCase {
    static let article = """
        Council backs sea wall

        The council approved a sea wall costing 40 million pounds on Tuesday, officials said.
        Critics said the wall would harm the beach.
        """

    private func quit() {
        tmux.send("q")
        XCTAssertTrue(tmux.waitFor("exit=0"), tmux.screen)
    }

    /// Runs the built `byline` with `arguments`; returns standard output.
    private func byline(_ arguments: [String]) throws -> String {
        let result = try BylineExecutable.run(arguments)
        XCTAssertEqual(result.status, 0, "byline \(arguments.joined(separator: " "))")
        return result.stdout
    }

    func testAnnotateQuitReopenAndRoundTripTheExport() throws {
        let file = tmux.folder.appendingPathComponent("wall.txt").path
        try Self.article.write(toFile: file, atomically: true, encoding: .utf8)
        let store = tmux.folder.appendingPathComponent("annotations.sqlite").path

        tmux.startByline([file])
        tmux.waitForStatus("· Body ·")
        tmux.send("a")
        XCTAssertTrue(tmux.waitFor("Annotate “"), tmux.screen)
        tmux.send("d")
        XCTAssertTrue(tmux.waitFor("Tab: note"), tmux.screen)
        tmux.send("Tab")
        XCTAssertTrue(tmux.waitFor("Tab: tags"), tmux.screen)
        tmux.type("Budget papers say 46 million")
        tmux.send("Tab")
        tmux.type("cost")
        tmux.send("Enter")
        tmux.waitForStatus("Saved")
        quit()

        let listed = try byline(["annotations", "list", file, "--store", store])
        XCTAssertTrue(listed.contains("(position)  disputed  \""), listed)
        XCTAssertTrue(listed.contains("— Budget papers say 46 million  #cost"), listed)

        tmux.startByline([file])
        tmux.waitForStatus("· Body ·")
        XCTAssertTrue(tmux.waitUntil { screen in
            screen.split(separator: "\n").contains { $0.hasPrefix("!") }
        }, "the annotated claim carries the disputed badge:\n\(tmux.screen)")
        tmux.send("Enter")
        XCTAssertTrue(tmux.waitFor("Edit (C-x deletes) “"), tmux.screen)
        XCTAssertTrue(tmux.screen.contains("Budget papers say 46 million"), tmux.screen)
        tmux.send("Escape")
        XCTAssertTrue(tmux.waitUntil { !$0.contains("Edit (C-x deletes) “") }, tmux.screen)
        quit()

        let exported = try byline(["annotations", "export", "--format", "w3c", "--store", store])
        XCTAssertTrue(exported.contains("\"@context\" : \"http://www.w3.org/ns/anno.jsonld\"") || exported.contains("\"@context\":\"http://www.w3.org/ns/anno.jsonld\""), exported)
        let jsonld = tmux.folder.appendingPathComponent("export.jsonld").path
        try exported.write(toFile: jsonld, atomically: true, encoding: .utf8)
        let other = tmux.folder.appendingPathComponent("other.sqlite").path
        XCTAssertEqual(try byline(["annotations", "import", jsonld, "--store", other]), "imported 1: 1 added, 0 updated, 0 unchanged\n")
        XCTAssertEqual(try byline(["annotations", "export", "--format", "w3c", "--store", other]), exported)
    }
}
