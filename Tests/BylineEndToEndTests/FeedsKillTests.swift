import BylineCore
import BylineStore
import Foundation
import XCTest

/// `byline feeds update` killed with SIGKILL in the middle of its work: the store opens,
/// passes SQLite's integrity check, keeps every star and annotation, and the next update
/// finishes the job.
final class FeedsKillTests: TemporaryFolderTestCase {
    private var store: String { folderURL.appendingPathComponent("library.sqlite").path }

    /// An RSS file of `count` items numbered from `first`, each with a full text.
    private func writeFeed(_ n: Int, first: Int, count: Int) throws {
        var items = ""
        for i in first..<(first + count) {
            let body = String(repeating: "The council of town \(n) met about plan \(i), and the mayor said it would pass. ", count: 12)
            items += "<item><title>Plan \(n)-\(i)</title><guid>p-\(n)-\(i)</guid><link>https://kill.example/\(n)/\(i)</link>"
                + "<pubDate>Mon, 02 Nov 2026 \(10 + i % 10):00:00 GMT</pubDate>"
                + "<content:encoded><![CDATA[<p>\(body)</p>]]></content:encoded></item>\n"
        }
        let xml = "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Town \(n)</title>\n"
            + items + "</channel></rss>\n"
        try xml.write(to: folderURL.appendingPathComponent("feed-\(n).xml"), atomically: true, encoding: .utf8)
    }

    func testUpdateKilledMidwayLosesNothingReported() throws {
        for n in 0..<12 {
            try writeFeed(n, first: 0, count: 10)
            XCTAssertEqual(try BylineExecutable.run(["feeds", "add", folderURL.appendingPathComponent("feed-\(n).xml").path, "--store", store]).status, 0)
        }
        let first = try BylineExecutable.run(["feeds", "update", "--keep", "12", "--jobs", "2", "--store", store])
        XCTAssertEqual(first.status, 0, first.stderr)

        var starred: [Int64] = []
        var annotations: [UUID] = []
        do {
            let annotationStore = try AnnotationStore(path: store)
            let library = LibraryStore(store: annotationStore)
            let page = try library.items(ItemScope(), olderThan: nil, limit: 120, analyzerVersion: "")
            XCTAssertEqual(page.count, 120)
            for line in page.enumerated().filter({ $0.offset % 13 == 0 }).map(\.element) {
                try library.setStarred(line.id, true)
                starred.append(line.id)
            }
            for line in page.suffix(3) {
                let item = try XCTUnwrap(try library.item(id: line.id))
                let text = try XCTUnwrap(try library.text(documentID: XCTUnwrap(item.documentID)))
                let scalars = ScalarText(text)
                let saved = try annotationStore.add(AnnotationDraft(verdict: .disputed, note: "check the plan", tags: []),
                                                    anchor: TextAnchor(range: 0..<20, in: scalars),
                                                    document: DocumentRecord(id: item.documentID!, path: item.link, title: nil, length: scalars.count))
                annotations.append(saved.id)
            }
        }
        // Every feed gains 30 newer items, which push the old ones past --keep 12.
        for n in 0..<12 { try writeFeed(n, first: 100, count: 30) }
        let process = Process()
        process.executableURL = BylineExecutable.url
        process.arguments = ["feeds", "update", "--keep", "12", "--jobs", "2", "--store", store]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 0.8)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal, "the update was still running when killed")

        let reopened = try AnnotationStore(path: store)
        let library = LibraryStore(store: reopened)
        XCTAssertEqual(Set(try reopened.allAnnotations().map(\.id)), Set(annotations))
        for id in starred { XCTAssertEqual(try library.item(id: id)?.starred, true, "star on \(id)") }
        let check = try BylineExecutable.run(["feeds", "update", "--keep", "12", "--store", store])
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertEqual(Set(try reopened.allAnnotations().map(\.id)), Set(annotations))
        XCTAssertEqual(try library.count(ItemScope(.starred)), starred.count)
        for summary in try library.feedSummaries() {
            XCTAssertLessThanOrEqual(summary.total, 12 + starred.count + annotations.count, summary.feed.name)
        }
        XCTAssertEqual(try reopened.integrityCheck(), "ok")
    }
}
