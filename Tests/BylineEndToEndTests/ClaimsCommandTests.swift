import Foundation
import XCTest

/// `byline claims` and `byline sourcing` on the claims fixtures: five outlets' articles about
/// one report ("North Korea has deployed over 10,000 troops to Russia"), in four wordings, and
/// near misses that must stay apart (1,000 troops; a denial; 10,000 tonnes of food). Files
/// given on the command line, and the same articles saved into a library, indexed as they come.
final class ClaimsCommandTests: TemporaryFolderTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/claims")
    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }
    var store: String { folder + "/library.sqlite" }

    private func byline(_ arguments: [String]) throws -> BylineExecutable.Result {
        let r = try BylineExecutable.run(arguments)
        XCTAssertEqual(r.status, 0, r.stderr)
        return r
    }

    private func jsonLines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    private func outlets(_ group: [String: Any]) -> [String] {
        ((group["reports"] as? [[String: Any]]) ?? []).compactMap { $0["outlet"] as? String }
    }

    func testFilesAreGroupedInReportingOrderAndNearMissesStayApart() throws {
        let r = try byline(["claims", "--grouped", "--json", "--jobs", "2", Self.fixtures.path])
        let groups = try jsonLines(r.stdout)
        XCTAssertEqual(groups.map { $0["group"] as? Int }, [1, 2, 3])
        XCTAssertEqual(outlets(groups[0]), ["Harbor Times", "Seoul Daily", "Capital Post", "Global Wire"],
                       "by publication date; the undated wire story last")
        XCTAssertEqual(groups[0]["articles"] as? Int, 4)
        let reports = try XCTUnwrap(groups[0]["reports"] as? [[String: Any]])
        XCTAssertEqual(reports[0]["published"] as? String, "2024-10-17T20:00:00Z")
        XCTAssertEqual(reports[3]["via"] as? [String], ["National Intelligence Service", "Yonhap"], "via whom the wire got it")
        XCTAssertEqual(outlets(groups[1]), ["Seoul Daily", "Pacific Ledger"])
        XCTAssertEqual(outlets(groups[2]), ["Seoul Daily", "Capital Post"])
        let texts = groups.flatMap { ($0["reports"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String } }
        XCTAssertFalse(texts.contains { $0.contains("1,000 troops") }, "1,000 is not 10,000")
        XCTAssertFalse(texts.contains { $0.contains("has not deployed") }, "a denial is not the claim")
        XCTAssertFalse(texts.contains { $0.contains("tonnes of food") })

        let text = try byline(["claims", "--grouped", Self.fixtures.path])
        let lines = text.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first?.hasPrefix("group 1: 4 articles, 4 outlets: Over 10 thousand North Korean troops"), true, text.stdout)
        XCTAssertEqual(lines[1].hasPrefix("  1. 2024-10-17  Harbor Times      C1   Over 10 thousand"), true, lines[1])

        let shown = try byline(["claims", "show", "1", "--json", Self.fixtures.path])
        XCTAssertEqual(shown.stdout, r.stdout.split(separator: "\n").first.map { $0 + "\n" }, "show gives the group as the list does")
    }

    func testUngroupedListAndUnknownGroup() throws {
        let r = try byline(["claims", "--json", Self.fixture("e-pacific-ledger.html")])
        let claims = try jsonLines(r.stdout)
        XCTAssertEqual(claims.count, 4)
        XCTAssertEqual(claims.first?["outlet"] as? String, "Pacific Ledger")
        XCTAssertEqual(claims.first?["claim"] as? String, "C1")
        let missing = try BylineExecutable.run(["claims", "show", "7", Self.fixtures.path])
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.stderr, "byline: no claim group 7 in these articles\n")
        let bad = try BylineExecutable.run(["claims", "show", "seven", Self.fixtures.path])
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertTrue(bad.stderr.contains("is not a group id"), bad.stderr)
    }

    func testTheLibraryIsGroupedIncrementally() throws {
        XCTAssertEqual(try byline(["save", "--store", store, Self.fixture("a-seoul-daily.html"), Self.fixture("d-harbor-times.html")]).status, 0)
        var groups = try jsonLines(try byline(["claims", "--grouped", "--json", "--store", store]).stdout)
        XCTAssertEqual(groups.map(outlets), [["Harbor Times", "Seoul Daily"]])
        let id = try XCTUnwrap(groups.first?["group"] as? Int)

        XCTAssertEqual(try byline(["save", "--store", store, Self.fixture("c-capital-post.html"), Self.fixture("e-pacific-ledger.html")]).status, 0)
        groups = try jsonLines(try byline(["claims", "--grouped", "--json", "--library", "--store", store]).stdout)
        XCTAssertEqual(groups.map(outlets), [["Harbor Times", "Seoul Daily", "Capital Post"], ["Seoul Daily", "Pacific Ledger"],
                                             ["Seoul Daily", "Capital Post"]])
        XCTAssertEqual(groups.first?["group"] as? Int, id, "a group keeps its id as reports arrive")

        let shown = try byline(["claims", "show", "\(id)", "--store", store])
        XCTAssertTrue(shown.stdout.hasPrefix("group \(id): 3 articles, 3 outlets\n  1. 2024-10-17  Harbor Times  C1"), shown.stdout)
        XCTAssertTrue(shown.stdout.contains("     “WASHINGTON — North Korea has deployed more than 10,000 troops"), shown.stdout)
    }

    func testSourcingProfilesPerOutletAndPerArticle() throws {
        let r = try byline(["sourcing", "--json", Self.fixtures.path])
        let rows = try jsonLines(r.stdout)
        XCTAssertEqual(rows.count, 5, "one per outlet")
        for row in rows {
            let counts = try XCTUnwrap(row["counts"] as? [String: Int])
            XCTAssertEqual(counts.values.reduce(0, +), row["quotes"] as? Int, "every quote in one category")
        }
        let wire = try XCTUnwrap(rows.first { $0["outlet"] as? String == "Global Wire" })
        XCTAssertEqual(wire["longestChains"] as? [[String]], [["National Intelligence Service", "Yonhap", "Global Wire"]])

        let perArticle = try byline(["sourcing", "--by", "article", Self.fixture("b-global-wire.txt")])
        let lines = perArticle.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 3, perArticle.stdout)
        XCTAssertTrue(lines[0].hasPrefix("Global Wire: North Korea sends ten thousand soldiers to Russia"), lines[0])
        XCTAssertEqual(lines[2], "  relay: National Intelligence Service → Yonhap → Global Wire")
    }

    func testHelpNamesTheRules() throws {
        let help = try byline(["claims", "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(help.contains("byline claims [--grouped] [--json]"), help)
        XCTAssertTrue(help.contains("\"over 10,000 troops\" and \"over 1,000 troops\" stay"), help)
        XCTAssertTrue(try byline(["sourcing", "--help"]).stdout.contains("--by <by>"))
    }
}
