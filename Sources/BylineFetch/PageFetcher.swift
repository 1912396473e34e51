import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches one web page with URLSession: follows redirects up to a limit and refuses loops,
/// lets the transport decode gzip and deflate, gives up after a timeout, stops reading past a
/// size cap, and refuses bodies that are not pages. Blocks its caller; the reader calls it on
/// a background queue.
public struct PageFetcher: Sendable {
    public var options: FetchOptions

    public init(options: FetchOptions = FetchOptions()) {
        self.options = options
    }

    public func fetch(_ address: String) throws(FetchError) -> FetchedPage {
        try fetch(address, conditions: nil)
    }

    /// A conditional GET: with validators from an earlier fetch, a server whose copy has not
    /// changed answers 304, returned as a page with `isNotModified` and no body.
    public func fetch(_ address: String, conditions: FetchConditions?) throws(FetchError) -> FetchedPage {
        if options.offline { throw .offline(url: address) }
        let url = try Self.validate(address)
        let transfer = PageTransfer(address: address, url: url, options: options, acceptsNotModified: conditions != nil)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = options.timeout
        configuration.timeoutIntervalForResource = options.timeout
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpAdditionalHeaders = [
            "User-Agent": options.userAgent,
            "Accept": options.accept,
        ]
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 1
        let session = URLSession(configuration: configuration, delegate: transfer, delegateQueue: queue)
        defer { session.invalidateAndCancel() }
        var request = URLRequest(url: url)
        if let etag = conditions?.etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let lastModified = conditions?.lastModified { request.setValue(lastModified, forHTTPHeaderField: "If-Modified-Since") }
        let task = session.dataTask(with: request)
        task.resume()
        // URLSession's own timeouts are the rule; this bound only guarantees no hang.
        if transfer.finished.wait(timeout: .now() + options.timeout + 2) == .timedOut {
            transfer.fail(.timedOut(url: address, seconds: options.timeout))
            task.cancel()
        }
        return try transfer.outcome()
    }

    /// The address as a URL with an http or https scheme and a host, else why not, before
    /// any traffic.
    static func validate(_ address: String) throws(FetchError) -> URL {
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased() else {
            throw .invalidURL(url: address)
        }
        guard scheme == "http" || scheme == "https" else { throw .unsupportedScheme(url: address, scheme: scheme) }
        guard let host = url.host, !host.isEmpty else { throw .invalidURL(url: address) }
        return url
    }
}
