import Foundation

/// What one update of a feed found, recorded in one transaction with its items so that a
/// crash never keeps validators (ETag, Last-Modified) without the items they vouch for.
public enum FeedOutcome: Sendable {
    /// New content: the feed's title, site and format, its entries (newest first as the feed
    /// ordered them) and the validators for the next conditional request.
    case fetched(title: String?, siteLink: String?, format: String?, entries: [ItemDraft], etag: String?, lastModified: String?)
    /// 304 Not Modified.
    case notModified
    /// The error to show; `retryNotBefore` when the server said when to come back.
    case failed(String, retryNotBefore: Date?)
}
