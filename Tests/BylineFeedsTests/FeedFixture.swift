import BylineFeeds
import Foundation
import XCTest

/// The feed fixtures of Tests/BylineFeedsTests/Fixtures, written for these tests from the
/// specifications (RSS 2.0, RSS 1.0, RFC 4287, JSON Feed 1.1, OPML 2.0).
enum FeedFixture {
    static func bytes(_ name: String) throws -> [UInt8] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
        return [UInt8](try Data(contentsOf: url))
    }

    static func parse(_ name: String, url: String? = nil) throws -> ParsedFeed {
        try FeedParser.parse(try bytes(name), url: url)
    }

    /// 2026-mm-dd hh:mm:ss UTC as a Date.
    static func utc(_ text: String) -> Date {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f.date(from: text) ?? ISO8601DateFormatter().date(from: text)!
    }
}
