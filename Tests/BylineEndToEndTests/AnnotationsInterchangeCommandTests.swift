import Foundation
import XCTest

/// `byline annotations` moving notes in and out: imports naming a file attach to it, exports
/// to a file, as a collection, for Hypothesis and as ClaimReview, and one-line errors.
final class AnnotationsInterchangeCommandTests: TemporaryFolderTestCase {
    static let article = """
        China says its stance on Ukraine is unchanged

        By Mira Holt

        BEIJING, Nov 12 (Harbour Wire) - China's position on the war has not changed, a foreign ministry spokesman said on Tuesday.
        "China's position on the Ukrainian issue has always been consistent and clear," Lin Jian told reporters at a regular briefing.
        The ministry said trade with Russia had grown by 20 percent this year.
        """

    private func run(_ args: [String], store: String, stdin: Data? = nil) throws -> BylineExecutable.Result {
        try BylineExecutable.run(["annotations"] + args + ["--store", store], stdin: stdin)
    }

    /// Issue #15 item 9: an annotation whose target names a file, imported before that file was
    /// ever opened, shows when the file is listed, placed by its quote.
    func testAnImportedAnnotationNamingAFileAttachesToIt() throws {
        let file = try write(Self.article, "china.txt")
        let store = folder + "/s.sqlite"
        let other = folder + "/elsewhere.txt"
        let json = """
            [{"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/a1", "type": "Annotation",
              "body": {"type": "TextualBody", "value": "Check the customs data"},
              "target": {"source": "\(other)", "selector": {"type": "TextQuoteSelector", "exact": "grown by 20 percent"}}}]
            """
        let imported = try run(["import", "-"], store: store, stdin: Data(json.utf8))
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertEqual(try run(["list"], store: store).stdout.split(separator: "\n").last.map(String.init)?.contains("unplaced"), true)
        try FileManager.default.moveItem(atPath: file, toPath: other)
        let list = try run(["list", other], store: store)
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertTrue(list.stdout.contains("(quote)  -  \"grown by 20 percent\"  — Check the customs data"), list.stdout)
        // With the file at hand during the import, the quote is placed there and then.
        let second = folder + "/t.sqlite"
        let placed = try run(["import", "-"], store: second, stdin: Data(json.utf8))
        XCTAssertTrue(placed.stderr.contains("note: item 1: placed by its quote at"), placed.stderr)
    }

    func testExportToAFileAsACollectionAndForHypothesis() throws {
        let file = try write(Self.article, "china.txt")
        let store = folder + "/s.sqlite"
        XCTAssertEqual(try run(["add", file, "--quote", "consistent and clear", "--verdict", "misleading"], store: store).status, 0)
        let out = folder + "/notes.jsonld"
        let exported = try run(["export", "--container", "collection", "-o", out], store: store)
        XCTAssertEqual(exported.status, 0, exported.stderr)
        XCTAssertEqual(exported.stdout, "")
        let collection = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any])
        XCTAssertEqual(collection["type"] as? String, "AnnotationCollection")
        XCTAssertEqual((collection["first"] as? [String: Any])?["type"] as? String, "AnnotationPage")

        let hypothesis = try run(["export", "--format", "hypothesis"], store: store)
        let h = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(hypothesis.stdout.utf8)) as? [String: Any])
        let item = try XCTUnwrap((h["annotations"] as? [[String: Any]])?.first)
        XCTAssertEqual(item["uri"] as? String, URL(fileURLWithPath: file).absoluteString)
        XCTAssertEqual(item["tags"] as? [String], ["verdict:misleading"])
        let back = folder + "/h.sqlite"
        XCTAssertEqual(try run(["import", "-"], store: back, stdin: Data(hypothesis.stdout.utf8)).stdout, "imported 1: 1 added, 0 updated, 0 unchanged\n")
        XCTAssertTrue(try run(["list", file], store: back).stdout.contains("misleading  \"consistent and clear\""))

        let unwritable = try run(["export", "-o", folder + "/missing/dir/x.json"], store: store)
        XCTAssertEqual(unwritable.status, 1)
        XCTAssertEqual(unwritable.stderr.split(separator: "\n").count, 1, unwritable.stderr)
    }

    func testClaimReviewCarriesTheConfiguredAuthorAndTheSpeaker() throws {
        let file = try write(Self.article, "china.txt")
        let store = folder + "/s.sqlite"
        XCTAssertEqual(try run(["add", file, "--quote", "consistent and clear", "--verdict", "misleading"], store: store).status, 0)
        XCTAssertEqual(try run(["add", file, "--quote", "grown by 20 percent", "--verdict", "supported"], store: store).status, 0)
        let config = folder + "/config/byline"
        try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
        try """
            [annotations]
            review_author = "Example Checks"
            review_url = "https://checks.example/r/1"
            """.write(toFile: config + "/config.toml", atomically: true, encoding: .utf8)
        let r = try BylineExecutable.runShell("XDG_CONFIG_HOME=\(quoted(folder + "/config")) \(BylineExecutable.shellQuoted) annotations export --format claimreview --store \(quoted(store)) \(quoted(file))")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stderr, "")
        let reviews = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(reviews.count, 2)
        let lin = try XCTUnwrap(reviews.first)
        XCTAssertEqual(((lin["itemReviewed"] as? [String: Any])?["author"] as? [String: String]), ["@type": "Person", "name": "Lin Jian"])
        XCTAssertEqual((lin["author"] as? [String: String])?["name"], "Example Checks")
        XCTAssertEqual(lin["url"] as? String, "https://checks.example/r/1")

        try "[annotations]\nreviewer = \"x\"\n".write(toFile: config + "/config.toml", atomically: true, encoding: .utf8)
        let bad = try BylineExecutable.runShell("XDG_CONFIG_HOME=\(quoted(folder + "/config")) \(BylineExecutable.shellQuoted) annotations export --store \(quoted(store))")
        XCTAssertEqual(bad.status, 1)
        XCTAssertEqual(bad.stderr, "byline: \(config)/config.toml: unknown setting 'annotations.reviewer' (known: creator, creator_id, review_author, review_author_type, review_author_url, review_url)\n")
    }

    func testAFileThatIsNotJSONIsOneLine() throws {
        let file = try write("<html>not annotations</html>", "page.json")
        let r = try run(["import", file], store: folder + "/s.sqlite")
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, "byline: \(file): not Web Annotation JSON-LD nor a Hypothesis export: not JSON\n")
    }

    func testDeletingAnUnknownIdIsOneLine() throws {
        let store = folder + "/s.sqlite"
        let r = try run(["delete", "abcdef"], store: store)
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stderr, "byline: no annotation abcdef\n")
    }
}
