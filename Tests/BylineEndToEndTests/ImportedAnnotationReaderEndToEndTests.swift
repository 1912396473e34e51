import Foundation
import XCTest

/// Issue #15 item 9 in a real terminal: an annotation imported from another tool, naming the
/// file by path and carrying only a quote, shows in the reader when that file is opened.
final class ImportedAnnotationReaderEndToEndTests: TmuxTestCase {
    static let article = """
        Council backs sea wall

        The council approved a sea wall costing 40 million pounds on Tuesday, officials said.
        Critics said the wall would harm the beach.
        """

    func testAQuoteOnlyImportNamingTheFileShowsWhenItIsOpened() throws {
        let file = tmux.folder.appendingPathComponent("wall.txt").path
        let store = tmux.folder.appendingPathComponent("annotations.sqlite").path
        let json = """
            {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "https://notes.example/a/17", "type": "Annotation",
             "motivation": "assessing", "creator": {"type": "Person", "name": "A. Checker"},
             "body": [{"type": "TextualBody", "purpose": "assessing", "value": "disputed"},
                      {"type": "TextualBody", "purpose": "commenting", "value": "Budget papers say 46 million"}],
             "target": {"source": "file://\(file)", "selector": {"type": "TextQuoteSelector", "exact": "costing 40 million pounds"}}}
            """
        let imported = try BylineExecutable.run(["annotations", "import", "-", "--store", store], stdin: Data(json.utf8))
        XCTAssertEqual(imported.stdout, "imported 1: 1 added, 0 updated, 0 unchanged\n", imported.stderr)
        try Self.article.write(toFile: file, atomically: true, encoding: .utf8)

        tmux.startByline([file])
        tmux.waitForStatus("· Body ·")
        XCTAssertTrue(tmux.waitUntil { screen in
            screen.split(separator: "\n").contains { $0.hasPrefix("!") }
        }, "the imported annotation carries the disputed badge:\n\(tmux.screen)")
        tmux.send("q")
        XCTAssertTrue(tmux.waitFor("exit=0"), tmux.screen)
    }
}
