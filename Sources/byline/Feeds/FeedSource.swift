import BylineCore
import BylineFetch
import BylineStore
import Foundation

/// Gets a feed's document from where it lives: over HTTP with a conditional GET (the
/// validators of the last fetch), or from a local file, whose modification time and size
/// stand in for an ETag so an unchanged file is "not modified" too.
struct FeedSource: Sendable {
    enum Download {
        case document(bytes: [UInt8], contentType: String?, baseURL: String, etag: String?, lastModified: String?)
        case notModified
    }

    /// Why a download failed: the message to keep, and when the server said to come back.
    struct Failure: Error {
        var message: String
        var retryAfter: Double?
    }

    let fetcher: PageFetcher
    let schedule: HostSchedule
    /// Seconds to wait after a 429 that names no time.
    static let defaultBackoff = 300.0

    func download(_ feed: LibraryFeed) throws(Failure) -> Download {
        guard WebAddress.isWebAddress(feed.url) else { return try readFile(feed) }
        schedule.wait(for: URL(string: feed.url)?.host)
        let page: FetchedPage
        do {
            page = try fetcher.fetch(feed.url, conditions: FetchConditions(etag: feed.etag, lastModified: feed.lastModified))
        } catch {
            switch error {
            case .rateLimited(_, _, let seconds): throw Failure(message: error.reason, retryAfter: seconds)
            case .http(_, 429): throw Failure(message: error.reason, retryAfter: Self.defaultBackoff)
            default: throw Failure(message: error.reason)
            }
        }
        if page.isNotModified { return .notModified }
        return .document(bytes: page.body, contentType: page.contentType, baseURL: page.finalURL, etag: page.etag,
                         lastModified: page.lastModified)
    }

    private func readFile(_ feed: LibraryFeed) throws(Failure) -> Download {
        let path = feed.url
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            throw Failure(message: "the file cannot be read (missing or not permitted)")
        }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        let validator = "file:\(Int64(modified * 1000))-\(size)"
        if feed.etag == validator { return .notModified }
        guard let data = FileManager.default.contents(atPath: path) else { throw Failure(message: "the file cannot be read") }
        return .document(bytes: [UInt8](data), contentType: nil, baseURL: URL(fileURLWithPath: path).absoluteString,
                         etag: validator, lastModified: nil)
    }
}
