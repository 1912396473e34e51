/// The validators of the copy a client holds, sent as `If-None-Match` and
/// `If-Modified-Since` so an unchanged feed costs a 304 and no body.
public struct FetchConditions: Sendable, Equatable {
    public var etag: String?
    public var lastModified: String?

    public init(etag: String?, lastModified: String?) {
        self.etag = etag
        self.lastModified = lastModified
    }
}
