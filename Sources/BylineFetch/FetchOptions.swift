/// How a page is fetched: limits that keep a bad server from hanging or flooding the reader,
/// and the name Byline gives itself.
public struct FetchOptions: Sendable, Equatable {
    /// Refuse every fetch: for reading saved pages with no network traffic at all.
    public var offline: Bool
    /// Seconds the whole fetch may take, redirects included.
    public var timeout: Double
    /// Bodies larger than this (after gzip or deflate decoding) are refused.
    public var maxBytes: Int
    public var maxRedirects: Int
    public var userAgent: String
    /// The `Accept` header: pages by default; feeds ask for their own types.
    public var accept: String

    public static let pageAccept = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1"
    public static let feedAccept = "application/rss+xml,application/atom+xml,application/feed+json,application/rdf+xml;q=0.9,"
        + "application/xml;q=0.8,text/xml;q=0.8,application/json;q=0.5,*/*;q=0.1"

    public static let defaultTimeout = 30.0
    public static let defaultMaxBytes = 32 * 1_048_576

    public init(offline: Bool = false, timeout: Double = FetchOptions.defaultTimeout,
                maxBytes: Int = FetchOptions.defaultMaxBytes, maxRedirects: Int = 10,
                userAgent: String = FetchOptions.userAgent(version: nil), accept: String = FetchOptions.pageAccept) {
        self.offline = offline
        self.timeout = timeout
        self.maxBytes = maxBytes
        self.maxRedirects = maxRedirects
        self.userAgent = userAgent
        self.accept = accept
    }

    /// An honest User-Agent: who is asking and why, so a site owner can tell.
    public static func userAgent(version: String?) -> String {
        "Byline" + (version.map { "/\($0)" } ?? "") + " (+terminal news reader)"
    }
}
