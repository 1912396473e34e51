import Foundation

/// One page as the server sent it: the bytes kept exactly (decoded from gzip or deflate only),
/// so a saved copy extracts to the same text and annotations made on the URL find it again.
public struct FetchedPage: Sendable, Equatable {
    /// The address the user gave.
    public let requestedURL: String
    /// Where the redirects ended: the page's own address.
    public let finalURL: String
    public let status: Int
    /// The Content-Type header as sent ("text/html; charset=utf-8"), nil when absent.
    public let contentType: String?
    public let body: [UInt8]
    /// The validators for a conditional request next time (`ETag`, `Last-Modified`).
    public let etag: String?
    public let lastModified: String?

    public init(requestedURL: String, finalURL: String, status: Int, contentType: String?, body: [UInt8],
                etag: String? = nil, lastModified: String? = nil) {
        self.requestedURL = requestedURL
        self.finalURL = finalURL
        self.status = status
        self.contentType = contentType
        self.body = body
        self.etag = etag
        self.lastModified = lastModified
    }

    /// 304: the copy held (named by the validators sent) is still current; there is no body.
    public var isNotModified: Bool { status == 304 }

    /// The media type without parameters, lowercased ("text/html"), nil when absent.
    public var mediaType: String? { FetchedPage.mediaType(of: contentType) }

    static func mediaType(of contentType: String?) -> String? {
        guard let contentType else { return nil }
        let type = contentType.split(separator: ";", maxSplits: 1).first.map(String.init) ?? contentType
        let trimmed = type.trimmingCharacters(in: .whitespaces).lowercased()
        return trimmed.isEmpty ? nil : trimmed
    }
}
