import Foundation
import GRDB

/// Rows of the library tables to models and back: dates as whole milliseconds (as the
/// annotation tables keep them), lists as JSON arrays of strings.
enum LibraryRows {
    static let itemColumns = """
        id, feedId, guid, link, title, authors, published, updated, summary, documentId, textSource, textError, \
        added, sortDate, read, starred
        """

    static func millis(_ date: Date) -> Int64 { AnnotationRow.millis(date) }
    static func millis(_ date: Date?) -> Int64? { date.map(AnnotationRow.millis) }
    static func date(_ millis: Int64) -> Date { AnnotationRow.date(millis) }
    static func date(_ millis: Int64?) -> Date? { millis.map(AnnotationRow.date) }

    static func strings(_ list: [String]) -> String {
        (try? String(decoding: JSONEncoder().encode(list), as: UTF8.self)) ?? "[]"
    }

    static func list(_ text: String?) -> [String] {
        guard let text, let list = try? JSONDecoder().decode([String].self, from: Data(text.utf8)) else { return [] }
        return list
    }

    static func feed(_ row: Row) -> LibraryFeed {
        LibraryFeed(id: row["id"], url: row["url"], name: row["name"], title: row["title"], siteLink: row["siteLink"],
                    format: row["format"], tags: list(row["tags"]), keepItems: row["keepItems"], etag: row["etag"],
                    lastModified: row["lastModified"], added: date(row["added"] as Int64), lastChecked: date(row["lastChecked"] as Int64?),
                    lastSuccess: date(row["lastSuccess"] as Int64?), lastError: row["lastError"],
                    retryNotBefore: date(row["retryNotBefore"] as Int64?))
    }

    static func item(_ row: Row) -> LibraryItem {
        LibraryItem(id: row["id"], feedID: row["feedId"], guid: row["guid"], link: row["link"], title: row["title"],
                    authors: list(row["authors"]), published: date(row["published"] as Int64?), updated: date(row["updated"] as Int64?),
                    summary: row["summary"], documentID: row["documentId"], textSource: row["textSource"], textError: row["textError"],
                    added: date(row["added"] as Int64), sortDate: date(row["sortDate"] as Int64), read: row["read"], starred: row["starred"])
    }

    static func summary(_ row: Row) -> ItemSummary {
        ItemSummary(id: row["id"], feedID: row["feedId"], feedName: row["feedName"], title: row["title"],
                    sortDate: date(row["sortDate"] as Int64), link: row["link"], read: row["read"], starred: row["starred"],
                    quotes: row["quotes"], claims: row["claims"], annotations: row["annotations"])
    }
}
