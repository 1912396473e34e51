import Foundation
import XCTest

/// What an export leaves out is said: verdicts on passages no longer in the text, a review url
/// that would name reviews of several articles; and a mistake in `[annotations]` stops only
/// the exports that read it.
final class AnnotationsExportWarningsCommandTests: TemporaryFolderTestCase {
    private func config(_ text: String) throws {
        try FileManager.default.createDirectory(atPath: folder + "/config/byline", withIntermediateDirectories: true)
        try text.write(toFile: folder + "/config/byline/config.toml", atomically: true, encoding: .utf8)
    }

    private func export(_ args: String, store: String) throws -> BylineExecutable.Result {
        try BylineExecutable.runShell("XDG_CONFIG_HOME=\(quoted(folder + "/config")) \(BylineExecutable.shellQuoted) annotations export --store \(quoted(store)) \(args)")
    }

    private func add(_ file: String, _ quote: String, store: String) throws {
        let r = try BylineExecutable.run(["annotations", "add", file, "--quote", quote, "--verdict", "misleading", "--store", store])
        XCTAssertEqual(r.status, 0, r.stderr)
    }

    func testAVerdictOnAnOrphanIsNamedAsLeftOut() throws {
        let store = folder + "/s.sqlite"
        let file = try write(AnnotationsInterchangeCommandTests.article, "china.txt")
        try add(file, "consistent and clear", store: store)
        try add(file, "grown by 20 percent", store: store)
        _ = try write(AnnotationsInterchangeCommandTests.article.replacingOccurrences(of: "grown by 20 percent", with: "fallen"), "china.txt")
        let r = try export("--format claimreview \(quoted(file))", store: store)
        XCTAssertEqual(r.status, 0, r.stderr)
        let warnings = r.stderr.split(separator: "\n").filter { $0.contains("grown by 20 percent") }
        XCTAssertEqual(warnings.count, 1, r.stderr)
        XCTAssertEqual(warnings.first?.hasSuffix("\"grown by 20 percent\" is not in the current text of \(file): its verdict is left out"), true, r.stderr)
        let reviews = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(reviews.count, 1)
    }

    func testOneReviewURLIsNotStampedOnReviewsOfSeveralArticles() throws {
        let store = folder + "/s.sqlite"
        let one = try write(AnnotationsInterchangeCommandTests.article, "one.txt")
        let two = try write(AnnotationsInterchangeCommandTests.article.replacingOccurrences(of: "Tuesday", with: "Monday"), "two.txt")
        try add(one, "consistent and clear", store: store)
        try add(two, "consistent and clear", store: store)
        try config("[annotations]\nreview_author = \"Checks\"\nreview_url = \"https://checks.example/r/1\"\n")
        let all = try export("--format claimreview", store: store)
        XCTAssertEqual(all.status, 0, all.stderr)
        XCTAssertTrue(all.stderr.contains("review_url names one review, and these verdicts are on 2 articles; it is left out"), all.stderr)
        let reviews = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(reviews.count, 2)
        XCTAssertTrue(reviews.allSatisfy { $0["url"] == nil })
        let single = try export("--format claimreview \(quoted(one))", store: store)
        XCTAssertEqual(single.stderr, "")
        let review = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(single.stdout.utf8)) as? [[String: Any]])?.first)
        XCTAssertEqual(review["url"] as? String, "https://checks.example/r/1")
    }

    func testABadAnnotationsKeyStopsOnlyTheExportsThatNeedIt() throws {
        let store = folder + "/s.sqlite"
        let file = try write(AnnotationsInterchangeCommandTests.article, "china.txt")
        try add(file, "consistent and clear", store: store)
        try config("[annotations]\nreviewer = \"x\"\n")
        for format in ["csv", "markdown"] {
            let r = try export("-f \(format)", store: store)
            XCTAssertEqual(r.status, 0, "\(format): \(r.stderr)")
            XCTAssertTrue(r.stdout.contains("consistent and clear"), format)
        }
        XCTAssertEqual(try export("-f w3c", store: store).status, 1)
    }
}
