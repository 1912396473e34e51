import Foundation

/// A subscription as the library keeps it: where it is fetched from, what the last fetch
/// said (validators for the next conditional request, the error to show, when a server
/// asked us to come back) and how many items to keep.
public struct LibraryFeed: Sendable, Equatable {
    public var id: Int64
    /// An http(s) address or an absolute file path.
    public var url: String
    /// The short name a user types (`feeds update NAME`); unique.
    public var name: String
    /// The title the feed gives itself.
    public var title: String?
    public var siteLink: String?
    public var format: String?
    public var tags: [String]
    /// Items kept; nil for the library's default.
    public var keepItems: Int?
    public var etag: String?
    public var lastModified: String?
    public var added: Date
    public var lastChecked: Date?
    public var lastSuccess: Date?
    /// Why the last update failed; nil when it succeeded.
    public var lastError: String?
    /// A server's Retry-After: no request before this.
    public var retryNotBefore: Date?
}
