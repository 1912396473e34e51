import Foundation
import XCTest

/// Every human-readable output of the binary (the text report, the annotation list, the
/// Markdown report, CSV on a terminal, error messages) is as safe as the reader's screen:
/// articles and annotations imported from someone else cannot set the title, write the
/// clipboard, clear the screen or reorder text. Machine outputs (JSON, CSV into a pipe) stay
/// exact.
final class PrintedOutputSafetyTests: TemporaryFolderTestCase {
    private var store = ""
    private var article = ""

    static let hostileArticle = [
        "Sea wall \u{1B}]2;pwned-title\u{7} approved",
        "",
        "The council approved a sea wall \u{1B}[2J\u{1B}[H costing 40 million pounds, the mayor said.",
        "“It will protect \u{1B}]52;c;cHduZWQtY2xpcA==\u{7}homes,” said Mayor Jo \u{9B}31mLind\u{202E}dnil.",
        "",
    ].joined(separator: "\n")

    /// A note, a tag and a quote as another tool could have exported them.
    static let hostileNote = "Check \u{1B}]2;note-title\u{7} this \u{1B}]52;c;bm90ZS1jbGlw\u{7}\u{1B}[2J\u{9B}1m \u{202E}reversed"

    static func jsonString(_ s: String) -> String {
        let data = try! JSONSerialization.data(withJSONObject: [s], options: [.fragmentsAllowed])
        let array = String(decoding: data, as: UTF8.self)
        return String(array.dropFirst().dropLast())
    }

    override func setUpWithError() throws {
        try super.setUpWithError()
        store = folder + "/store.sqlite"
        article = folder + "/hostile.txt"
        try Self.hostileArticle.write(toFile: article, atomically: true, encoding: .utf8)
        let id = try BylineExecutable.run(["analyze", article]).stdout
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(id.utf8)) as? [String: Any])
        let documentID = try XCTUnwrap((json["document"] as? [String: Any])?["id"] as? String)
        let jsonld = """
            [{"id": "urn:uuid:11111111-2222-4333-8444-555555555555", "type": "Annotation",
              "body": [{"type": "TextualBody", "purpose": "commenting", "value": \(Self.jsonString(Self.hostileNote))},
                       {"type": "TextualBody", "purpose": "tagging", "value": \(Self.jsonString("tag\u{1B}]2;tag-title\u{7}"))}],
              "target": {"source": "\(documentID)", "selector": [{"type": "TextQuoteSelector",
                "exact": \(Self.jsonString("costing 40 million pounds\u{1B}]2;quote-title\u{7}"))}]}}]
            """
        try jsonld.write(toFile: folder + "/hostile.jsonld", atomically: true, encoding: .utf8)
        let imported = try BylineExecutable.run(["annotations", "import", folder + "/hostile.jsonld", "--store", store])
        XCTAssertEqual(imported.status, 0, imported.stderr)
    }

    /// Scalars a terminal acts on: C0 controls but newline and tab, DEL, C1, bidi controls.
    static func controls(in text: String) -> [String] {
        text.unicodeScalars.filter { s in
            let v = s.value
            if v == 0x0A || v == 0x09 { return false }
            return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
        }.map { String(format: "U+%04X", $0.value) }
    }

    private func assertInert(_ result: BylineExecutable.Result, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(Self.controls(in: result.stdout), [], "\(what) printed controls:\n\(result.stdout)", file: file, line: line)
        XCTAssertEqual(Self.controls(in: result.stderr), [], "\(what) printed controls on stderr", file: file, line: line)
        XCTAssertTrue(result.stdout.contains("␛]2;"), "\(what) hid the escape instead of showing it:\n\(result.stdout)", file: file, line: line)
    }

    func testTextReportListAndMarkdownPrintNoControls() throws {
        let report = try BylineExecutable.run(["analyze", "--format", "text", article])
        XCTAssertEqual(report.status, 0, report.stderr)
        assertInert(report, "analyze --format text")
        assertInert(try BylineExecutable.run(["annotations", "list", "--store", store]), "annotations list")
        let listed = try BylineExecutable.run(["annotations", "list", article, "--store", store])
        assertInert(listed, "annotations list FILE")
        XCTAssertTrue(listed.stdout.contains("Check ␛]2;note-title␇ this"), listed.stdout)
        let markdown = try BylineExecutable.run(["annotations", "export", "--format", "markdown", article, "--store", store])
        assertInert(markdown, "export --format markdown")
        XCTAssertTrue(markdown.stdout.contains("reversed"), markdown.stdout)
    }

    func testJSONOutputsAndCSVIntoAPipeStayExact() throws {
        let analysis = try BylineExecutable.run(["analyze", article])
        XCTAssertFalse(analysis.stdout.unicodeScalars.contains("\u{1B}"), "JSON must escape controls")
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(analysis.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((json["document"] as? [String: Any])?["title"] as? String, "Sea wall \u{1B}]2;pwned-title\u{7} approved")

        let w3c = try BylineExecutable.run(["annotations", "export", "--store", store])
        XCTAssertFalse(w3c.stdout.unicodeScalars.contains("\u{1B}"), "JSON-LD must escape controls")
        let items = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(w3c.stdout.utf8)) as? [[String: Any]])
        let bodies = try XCTUnwrap(items.first?["body"] as? [[String: Any]])
        XCTAssertEqual(bodies.first?["value"] as? String, Self.hostileNote)

        let csv = try BylineExecutable.run(["annotations", "export", "--format", "csv", "--store", store])
        XCTAssertTrue(csv.stdout.contains(Self.hostileNote), "CSV into a file must keep the note as it is")
    }

    func testErrorMessagesEchoNamesHarmlesslyAndShort() throws {
        let name = folder + "/no\u{1B}]2;file-title\u{7}such.jsonld"
        let missing = try BylineExecutable.run(["annotations", "import", name, "--store", store])
        XCTAssertNotEqual(missing.status, 0)
        XCTAssertEqual(Self.controls(in: missing.stderr), [])
        XCTAssertTrue(missing.stderr.contains("no␛]2;file-title␇such.jsonld"), missing.stderr)

        let huge = String(repeating: "x", count: 1_000_000)
        let bad = #"[{"id": "urn:x:1", "type": "\#(huge)", "body": [], "target": {"source": "s", "selector": [{"type": "TextQuoteSelector", "exact": "a"}]}}]"#
        let flood = try BylineExecutable.run(["annotations", "import", "-", "--store", store], stdin: Data(bad.utf8))
        XCTAssertNotEqual(flood.status, 0)
        XCTAssertTrue(flood.stderr.hasPrefix("byline: skipped item 1: type is xxx"), String(flood.stderr.prefix(100)))
        XCTAssertLessThan(flood.stderr.utf8.count, 400)

        let analyze = try BylineExecutable.run(["analyze", folder + "/\u{9B}2J\u{202E}gone.txt"])
        XCTAssertNotEqual(analyze.status, 0)
        XCTAssertEqual(Self.controls(in: analyze.stderr), [], analyze.stderr)
    }

    /// tmux obeys what reaches it: after every printed output the title, the clipboard and the
    /// text printed first are as they were; CSV on a terminal shows the escapes as pictures.
    func testNothingPrintedDrivesTheTerminal() throws {
        try TmuxSession.requireTmux()
        let tmux = try TmuxSession(width: 200, height: 120)
        defer { tmux.kill() }
        let title = tmux.display("#{pane_title}")
        let byline = BylineExecutable.shellQuoted
        let store = "--store '\(self.store)'"
        tmux.run("clear; echo TOP$((1))MARK; \(byline) analyze --format text '\(article)'; \(byline) annotations list \(store); "
                 + "\(byline) annotations export --format markdown \(store); \(byline) annotations export --format csv \(store); "
                 + "echo printed-$((6 * 7))")
        XCTAssertTrue(tmux.waitFor("printed-42"), tmux.screen)
        let screen = tmux.screen
        XCTAssertTrue(screen.contains("TOP1MARK"), "the screen was cleared:\n\(screen)")
        XCTAssertEqual(tmux.display("#{pane_title}"), title, "the output changed the title")
        XCTAssertEqual((try? tmux.tmux(["list-buffers", "-F", "#{buffer_sample}"])) ?? "", "", "the output wrote the clipboard")
        let csvRow = try XCTUnwrap(screen.split(separator: "\n").first { $0.hasPrefix("11111111-2222") }, "no CSV row in:\n\(screen)")
        XCTAssertTrue(csvRow.contains("Check ␛]2;note-title␇ this"), String(csvRow))
    }
}
