import BylineStore
import Foundation
import XCTest

/// `byline feeds …` and `byline save` against the local test server (127.0.0.1 only): a
/// conditional GET answered 304, a redirect, 404, 500, a server that never answers, a body
/// cut in transit, 429 and 503 with Retry-After, an HTML page given as a feed; one feed
/// failing never stops the others, and its error is kept and shown by `feeds list`.
final class FeedsCommandTests: TemporaryFolderTestCase {
    var server: LocalWebServer!
    var store: String { folderURL.appendingPathComponent("library.sqlite").path }

    override func setUpWithError() throws {
        try super.setUpWithError()
        server = try .started(for: self)
    }

    private func byline(_ arguments: [String]) throws -> BylineExecutable.Result {
        try BylineExecutable.run(arguments + ["--store", store])
    }

    private func add(_ name: String, _ path: String) throws {
        let r = try byline(["feeds", "add", "--name", name, server.url(path)])
        XCTAssertEqual(r.status, 0, r.stderr)
    }

    func testUpdateAgainstEveryKindOfServerAnswer() throws {
        let feeds = [("courier", "/feeds/courier.xml"), ("moved", "/feeds/moved.xml"), ("missing", "/feeds/nothing.xml"),
                     ("broken", "/status/500"), ("slow", "/slow"), ("truncated", "/feeds/truncated.xml"),
                     ("busy", "/feeds/busy.xml"), ("unavailable", "/feeds/unavailable.xml"), ("page", "/article")]
        for (name, path) in feeds { try add(name, path) }
        let r = try byline(["feeds", "update", "--timeout", "1", "--host-delay", "0", "--jobs", "3"])
        XCTAssertEqual(r.status, 1, "a failed feed makes the exit status 1")
        XCTAssertEqual(r.stdout.split(separator: "\n").map(String.init), ["courier: 3 new, 1 page not fetched", "moved: 2 new"])
        // The 503's Retry-After is a date an hour ahead, to the second: "3600 s", or a little less.
        var failures = r.stderr.split(separator: "\n").map(String.init)
        let prefix = "byline: unavailable: failed: HTTP 503 Service Unavailable; the server asks to wait "
        if let i = failures.firstIndex(where: { $0.hasPrefix(prefix) }), let wait = Int(failures[i].dropFirst(prefix.count).dropLast(2)),
           (3590...3600).contains(wait) {
            failures[i] = prefix + "3600 s"
        }
        XCTAssertEqual(failures, [
            "byline: broken: failed: HTTP 500 Internal Server Error",
            "byline: busy: failed: HTTP 429 Too Many Requests; the server asks to wait 120 s",
            "byline: missing: failed: HTTP 404 Not Found",
            "byline: page: failed: this is an HTML page, not a feed",
            "byline: slow: failed: no answer within 1 s (timed out)",
            "byline: truncated: failed: the connection was closed before the page was complete",
            "byline: unavailable: failed: HTTP 503 Service Unavailable; the server asks to wait 3600 s",
        ], "in the order of the feeds' names")

        let list = try byline(["feeds", "list"])
        XCTAssertEqual(list.status, 0, list.stderr)
        let lines = list.stdout.split(separator: "\n").map(String.init)
        func errorLine(after name: String) -> String? {
            guard let i = lines.firstIndex(where: { $0.hasPrefix(name + " ") }), i + 1 < lines.count else { return nil }
            return lines[i + 1].hasPrefix("    error: ") ? lines[i + 1] : nil
        }
        XCTAssertEqual(errorLine(after: "missing"), "    error: HTTP 404 Not Found")
        XCTAssertEqual(errorLine(after: "slow"), "    error: no answer within 1 s (timed out)")
        XCTAssertNil(errorLine(after: "courier"))
        XCTAssertTrue(lines.contains { $0.hasPrefix("courier ") && $0.contains(" 3/3 ") }, list.stdout)

        // Again: the courier answers 304 to its ETag, the rate-limited feeds are not asked.
        let again = try byline(["feeds", "update", "--timeout", "1", "--host-delay", "0", "courier", "busy", "unavailable"])
        XCTAssertEqual(again.status, 0, again.stderr)
        let said = again.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(said.first, "courier: not modified")
        XCTAssertTrue(said[1].hasPrefix("busy: skipped: the server asked to wait until "), said[1])
        XCTAssertTrue(said[2].hasPrefix("unavailable: skipped: the server asked to wait until "), said[2])
    }

    func testItemsGetTheirTextFromTheFeedThePageOrTheSummary() throws {
        try add("courier", "/feeds/courier.xml")
        try add("moved", "/feeds/moved.xml")
        XCTAssertEqual(try byline(["feeds", "update", "--host-delay", "0"]).status, 0)
        let library = LibraryStore(store: try AnnotationStore(path: store, access: .read))
        let build = try BylineExecutable.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let version = "byline.analysis/1 byline/\(build)"
        let items = try library.items(ItemScope(), olderThan: nil, limit: 10, analyzerVersion: version)
        XCTAssertEqual(items.count, 5)
        func item(_ title: String) throws -> LibraryItem {
            let line = try XCTUnwrap(items.first { $0.title == title }, "\(title) in \(items.map(\.title))")
            return try XCTUnwrap(try library.item(id: line.id))
        }
        let ferry = try item("Harbour council approves the new ferry line")
        XCTAssertEqual(ferry.link, server.url("/article"), "a relative link resolved against the channel")
        XCTAssertEqual(ferry.textSource, "page")
        XCTAssertTrue(try library.text(documentID: XCTUnwrap(ferry.documentID))?.contains("four hundred commuters") == true)
        let survey = try item("Dredging survey published")
        XCTAssertEqual(survey.textSource, "feed", "long content:encoded is the full text; the page is not fetched")
        let missing = try item("Missing report")
        XCTAssertEqual(missing.textSource, "summary")
        XCTAssertEqual(missing.textError, "\(server.url("/status/404")): HTTP 404 Not Found")
        let waiting = try item("Ferry timetable still unpublished")
        XCTAssertEqual(waiting.link, server.url("/waiting"), "xml:base of a redirected Atom feed")
        let analysed = try XCTUnwrap(items.first { $0.id == ferry.id })
        XCTAssertGreaterThan(analysed.quotes ?? 0, 0, "the analysis is cached with its counts")
    }

    func testSaveAddsPagesAndFilesOnceEach() throws {
        let text = folderURL.appendingPathComponent("notes.txt").path
        try "Council notes\n\nThe council met on Tuesday. \"We will listen,\" said Anders Holm.\n".write(toFile: text, atomically: true,
                                                                                                          encoding: .utf8)
        let r = try byline(["save", server.url("/article"), text])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasPrefix("saved Harbour council approves the new ferry line"), r.stdout)
        let again = try byline(["save", server.url("/article")])
        XCTAssertTrue(again.stdout.hasPrefix("updated "), again.stdout)
        let library = LibraryStore(store: try AnnotationStore(path: store, access: .read))
        XCTAssertEqual(try library.count(ItemScope(.saved)), 2)
        let missing = try byline(["save", server.url("/status/404")])
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.stderr, "byline: \(server.url("/status/404")): HTTP 404 Not Found\n")
    }

    func testOPMLImportExportAndRemove() throws {
        let opml = folderURL.appendingPathComponent("subs.opml").path
        try """
            <?xml version="1.0"?><opml version="2.0"><body><outline text="Local">
            <outline text="Courier" xmlUrl="\(server.url("/feeds/courier.xml"))"/>
            <outline text="Wire" xmlUrl="\(server.url("/feeds/atom.xml"))" category="world"/></outline></body></opml>
            """.write(toFile: opml, atomically: true, encoding: .utf8)
        let imported = try byline(["feeds", "import", opml])
        XCTAssertEqual(imported.stdout, "imported 2 feeds\n", imported.stderr)
        XCTAssertEqual(try byline(["feeds", "import", opml]).stdout, "imported 0 feeds, 2 already subscribed\n")
        let exported = try byline(["feeds", "export"]).stdout
        XCTAssertTrue(exported.contains("text=\"Wire\" title=\"Wire\" xmlUrl=\"\(server.url("/feeds/atom.xml"))\" category=\"Local,world\""),
                      exported)
        XCTAssertEqual(try byline(["feeds", "update", "--host-delay", "0", "--no-pages"]).status, 0)
        let removed = try byline(["feeds", "remove", "Courier", "nothing"])
        XCTAssertEqual(removed.status, 1)
        XCTAssertEqual(removed.stdout, "removed Courier: 3 items dropped\n")
        XCTAssertEqual(removed.stderr, "byline: no feed named nothing (see byline feeds list)\n")
    }

    func testAFeedGivenAsALocalFile() throws {
        let file = folderURL.appendingPathComponent("local.xml").path
        try """
            <rss version="2.0"><channel><title>Local</title><item><title>One</title><guid>1</guid>
            <description>First item.</description></item></channel></rss>
            """.write(toFile: file, atomically: true, encoding: .utf8)
        let added = try byline(["feeds", "add", file])
        XCTAssertEqual(added.stdout, "subscribed to \(file) as local; run `byline feeds update` to fetch it\n", added.stderr)
        XCTAssertEqual(try byline(["feeds", "update", "--offline"]).stdout, "local: 1 new\n")
        XCTAssertEqual(try byline(["feeds", "update", "--offline"]).stdout, "local: not modified\n")
        XCTAssertEqual(try byline(["feeds", "add", "/no/such/feed.xml"]).status, 64)
    }

    /// A feed's name, address and error are printed through the same sanitiser as every other
    /// output: no escape sequence and no bidi override reaches the terminal.
    func testFeedNamesArePrintedSafely() throws {
        let file = folderURL.appendingPathComponent("odd.xml").path
        try "<rss version=\"2.0\"><channel><title>Odd</title></channel></rss>".write(toFile: file, atomically: true, encoding: .utf8)
        let name = "odd\u{1B}]0;owned\u{07}\u{202E}name"
        let added = try byline(["feeds", "add", "--name", name, file])
        XCTAssertEqual(added.status, 0, added.stderr)
        let listed = try byline(["feeds", "list"])
        for output in [added.stdout, listed.stdout] {
            XCTAssertFalse(output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" }, output)
            XCTAssertTrue(output.contains("odd"), output)
        }
    }
}

extension FeedsCommandTests {
    /// Three feeds on one host with a 0.6 s per-host delay and three workers: the requests
    /// start one after another, so the update cannot take less than 1.2 s.
    func testRequestsToOneHostAreSpacedByTheHostDelay() throws {
        for (name, path) in [("courier", "/feeds/courier.xml"), ("wire", "/feeds/atom.xml"), ("moved", "/feeds/moved.xml")] {
            XCTAssertEqual(try BylineExecutable.run(["feeds", "add", "--name", name, server.url(path), "--store", store]).status, 0)
        }
        let start = Date()
        let r = try BylineExecutable.run(["feeds", "update", "--no-pages", "--no-analysis", "--host-delay", "0.6", "--jobs", "3",
                                          "--store", store])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(start), 1.2)
    }
}
