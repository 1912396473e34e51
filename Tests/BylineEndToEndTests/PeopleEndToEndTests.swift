import Foundation
import XCTest

/// Issue 11 end to end: `byline people` on four articles from three outlets (Lin Jian under
/// three forms, two different Kims, John Smith with a changed title and an initial), as text
/// and JSON lines, `people show`, and the reader's people view opened with `p` in tmux, a quote
/// opened in its article, and `S` following the speaker into another article.
final class PeopleEndToEndTests: TmuxTestCase {
    override var terminalSize: (width: Int, height: Int) { (110, 30) }

    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/people")

    private var articles: [String] {
        ["wire-beijing.txt", "herald-pyongyang.txt", "gazette-talks.txt", "wire-ministers.txt"]
            .map { Self.fixtures.appendingPathComponent($0).path }
    }

    /// `byline people [show NAME] --json` on `arguments`, each line parsed.
    private func people(_ arguments: [String], show name: String? = nil) throws -> [[String: Any]] {
        let command = name.map { ["people", "show", $0] } ?? ["people"]
        let result = try BylineExecutable.run(command + ["--json", "--jobs", "2"] + arguments)
        XCTAssertEqual(result.status, 0, result.stderr)
        return result.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }

    func testPeopleOfFilesMergeTheSamePersonAndKeepTheKimsApart() throws {
        let rows = try people(articles)
        func row(_ name: String) -> [String: Any]? { rows.first { $0["name"] as? String == name } }
        let lin = try XCTUnwrap(row("Lin Jian"), "\(rows)")
        XCTAssertEqual(lin["articles"] as? Int, 3, "\(lin)")
        XCTAssertGreaterThanOrEqual(lin["quotes"] as? Int ?? 0, 3, "\(lin)")
        let un = try XCTUnwrap(row("Kim Jong Un"), "\(rows.map { $0["name"] ?? "" })")
        XCTAssertEqual(un["articles"] as? Int, 2, "Kim Jong Un and Kim Jong-un are one: \(un)")
        let yo = try XCTUnwrap(row("Kim Yo Jong"), "\(rows.map { $0["name"] ?? "" })")
        XCTAssertNotEqual(un["id"] as? Int, yo["id"] as? Int)
        XCTAssertFalse(rows.contains { $0["name"] as? String == "Kim" }, "no third Kim: \(rows.map { $0["name"] ?? "" })")
        let smith = try XCTUnwrap(row("John Smith"), "\(rows.map { $0["name"] ?? "" })")
        XCTAssertEqual(smith["articles"] as? Int, 2, "\(smith)")
        XCTAssertFalse(rows.contains { ($0["name"] as? String)?.hasPrefix("J.") == true }, "the initial joins John Smith")
        XCTAssertEqual(lin["spark"] as? [Int] == nil, false)

        let text = try BylineExecutable.run(["people"] + articles)
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.contains("Lin Jian"), text.stdout)
    }

    func testAFolderIsReadAndAMissingFileIsNamedOnceAndFailsTheRun() throws {
        let folder = try BylineExecutable.run(["people", "--json", Self.fixtures.path])
        XCTAssertEqual(folder.status, 0, folder.stderr)
        XCTAssertTrue(folder.stdout.contains("\"Lin Jian\""), folder.stdout)
        let missing = Self.fixtures.appendingPathComponent("no-such-article.txt").path
        let run = try BylineExecutable.run(["people"] + articles + [missing])
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertTrue(run.stdout.contains("Lin Jian"), "the readable articles still count: \(run.stdout)")
        XCTAssertEqual(run.stderr.components(separatedBy: "no-such-article.txt").count - 1, 1, run.stderr)
    }

    func testShowListsOnePersonsQuotesNewestFirst() throws {
        let quotes = try people(articles, show: "Lin")
        XCTAssertGreaterThanOrEqual(quotes.count, 3)
        XCTAssertTrue(quotes.allSatisfy { $0["person"] as? String == "Lin Jian" })
        let dates = quotes.compactMap { $0["date"] as? String }
        XCTAssertEqual(dates, dates.sorted(by: >), "newest first")
        XCTAssertTrue(quotes.contains { ($0["text"] as? String)?.contains("China remains open to talks") == true }, "\(quotes)")
        let text = try BylineExecutable.run(["people", "show", "Lin Jian"] + articles)
        XCTAssertTrue(text.stdout.hasPrefix("Lin Jian"), text.stdout)
        let nobody = try BylineExecutable.run(["people", "show", "Nobody Atall"] + articles)
        XCTAssertNotEqual(nobody.status, 0)
    }

    func testThePeopleViewOpensWithPAndEnterJumpsIntoAnArticle() throws {
        let store = tmux.folder.appendingPathComponent("annotations.sqlite").path
        let save = try BylineExecutable.run(["save", "--store", store] + articles)
        XCTAssertEqual(save.status, 0, save.stderr)
        let library = try BylineExecutable.run(["people", "--store", store])
        XCTAssertTrue(library.stdout.contains("Lin Jian"), "the library's index:\n\(library.stdout)\n\(library.stderr)")

        tmux.startByline()
        XCTAssertTrue(tmux.waitFor("Library:"), tmux.screen)
        tmux.send("p")
        XCTAssertTrue(tmux.waitFor("People:"), tmux.screen)
        XCTAssertTrue(tmux.waitFor("Lin Jian"), tmux.screen)
        // Lin Jian is the most quoted: the first row.
        tmux.send("Enter")
        XCTAssertTrue(tmux.waitFor("Lin Jian: "), tmux.screen)
        XCTAssertTrue(tmux.waitFor("China remains open to talks"), tmux.screen)
        tmux.send("Enter")
        XCTAssertTrue(tmux.waitFor("Ministers meet again"), "the newest quote's article:\n\(tmux.screen)")
        XCTAssertTrue(tmux.waitFor("Quote by Lin Jian"), tmux.screen)
        tmux.send("q")
        XCTAssertTrue(tmux.waitFor("Lin Jian: "), "q goes back to the quotes:\n\(tmux.screen)")
        tmux.send("q")
        XCTAssertTrue(tmux.waitFor("People:"), tmux.screen)
        tmux.send("q")
        XCTAssertTrue(tmux.waitFor("Library:"), tmux.screen)

        // S follows the speaker of the marked quote into the next article that quotes him.
        tmux.send("p")
        XCTAssertTrue(tmux.waitFor("People:"), tmux.screen)
        // The list arrives from the index after the title: Enter on an empty list does nothing.
        XCTAssertTrue(tmux.waitFor("Lin Jian"), tmux.screen)
        tmux.send("Enter")
        XCTAssertTrue(tmux.waitFor("China remains open to talks"), tmux.screen)
        tmux.send("Enter")
        XCTAssertTrue(tmux.waitFor("Quote by Lin Jian"), tmux.screen)
        tmux.send("S")
        XCTAssertTrue(tmux.waitFor("Pyongyang warns Seoul"), "the next article quoting Lin Jian:\n\(tmux.screen)")
        XCTAssertTrue(tmux.waitFor("Quote by Lin Jian"), tmux.screen)
        tmux.send("Q")
        XCTAssertTrue(tmux.waitFor("exit=0"), tmux.screen)
    }
}
