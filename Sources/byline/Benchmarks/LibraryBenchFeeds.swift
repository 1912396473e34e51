import Foundation

/// Generated feeds for `bench --library`: RSS 2.0 files whose items carry their full text in
/// `content:encoded` (so the update parses, extracts, analyses and stores, and fetches
/// nothing), each item a short news story with attributed quotes.
enum LibraryBenchFeeds {
    static func write(feeds: Int, items: Int, into folder: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return try (0..<feeds).map { f in
            let path = folder + "/feed-\(f).xml"
            try document(feed: f, items: items).write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
    }

    static func document(feed f: Int, items: Int) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>Bench feed \(f)</title><link>https://bench\(f).example/</link>

            """
        for i in 0..<items {
            let day = 1 + (i % 28), hour = i % 24
            out += """
                <item><title>Council \(f) weighs plan \(i) as costs climb</title>
                <link>https://bench\(f).example/news/\(i).html</link><guid isPermaLink="false">bench-\(f)-\(i)</guid>
                <pubDate>\(day < 10 ? "0" : "")\(day) Nov 2026 \(hour < 10 ? "0" : "")\(hour):15:00 +0100</pubDate>
                <dc:creator>Reporter \(i % 7)</dc:creator><description>The council of town \(f) debated plan \(i).</description>
                <content:encoded><![CDATA[\(story(f, i))]]></content:encoded></item>

                """
        }
        return out + "</channel></rss>\n"
    }

    private static func story(_ f: Int, _ i: Int) -> String {
        """
        <p>The council of town \(f) voted on Tuesday to study plan \(i), a flood barrier that officials said would cost \(40 + i % 60) million euros, \
        ending a debate that had lasted three years.</p>
        <p>"We cannot keep sandbagging the old town every winter," said Mayor Ana Ribeiro, who called the vote a turning point.</p>
        <p>Opponents, led by the fishermen's association, said the plan ignored the cost of dredging. "Nobody has shown us the figures," \
        said Karin Berg, the association's secretary.</p>
        <p>According to a report seen by the Courier, engineers estimated that sea levels could rise by \(20 + i % 30) centimetres by 2070. \
        The ministry denied that it was withholding data and said the models would be published once the review is complete.</p>
        """
    }
}
