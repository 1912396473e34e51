import Foundation
import XCTest

/// `byline analyze --explain`: the attribution rule beside each quote and source, and
/// nothing of it without the flag.
final class AnalyzeExplainTests: XCTestCase {
    private var path: String!

    override func setUpWithError() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("byline-explain-\(UUID().uuidString).txt").path
        let text = "Harbour plan\n\nAna Ribeiro told Reuters that the plan was ready for a vote. “We cannot wait,” she said.\n"
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: path)
    }

    func testTextPrintsTheRuleBesideEachQuoteAndSource() throws {
        let r = try BylineExecutable.run(["analyze", "--format", "text", "--explain", path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("rule: speaker-first, speaker: entity"), r.stdout)
        XCTAssertTrue(r.stdout.contains("rule: content-last, speaker: pronoun-recent-speaker"), r.stdout)
        XCTAssertTrue(r.stdout.contains("Ana Ribeiro [person] 2 quotes, 2 claims (link: frame-relay)"), r.stdout)
        let plain = try BylineExecutable.run(["analyze", "--format", "text", path])
        XCTAssertFalse(plain.stdout.contains("rule:"), plain.stdout)
        XCTAssertFalse(plain.stdout.contains("(link:"), plain.stdout)
    }

    func testJSONCarriesAnExplanationOnlyWhenAsked() throws {
        let explained = try BylineExecutable.run(["analyze", "--format", "jsonl", "--explain", path])
        XCTAssertEqual(explained.status, 0, explained.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(explained.stdout.utf8)) as? [String: Any])
        let quotes = try XCTUnwrap(object["quotes"] as? [[String: Any]])
        XCTAssertEqual((quotes.first?["explanation"] as? [String: String])?["frame"], "speaker-first")
        let sources = try XCTUnwrap(object["sources"] as? [[String: Any]])
        XCTAssertEqual(sources.compactMap { ($0["explanation"] as? [String: String])?["link"] }.count, sources.count)
        let plain = try BylineExecutable.run(["analyze", "--format", "jsonl", path])
        XCTAssertFalse(plain.stdout.contains("explanation"))
    }
}
