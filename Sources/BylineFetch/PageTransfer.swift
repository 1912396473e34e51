import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The URLSession delegate of one fetch: counts redirects, checks the response before reading
/// the body, enforces the size cap while bytes arrive, and turns URLSession's errors into
/// `FetchError`s. Its state is behind a lock because URLSession calls it on its own queue.
final class PageTransfer: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    let finished = DispatchSemaphore(value: 0)
    private let address: String
    private let options: FetchOptions
    private let acceptsNotModified: Bool
    private let lock = NSLock()
    private var visited: Set<String>
    private var redirects = 0
    private var response: HTTPURLResponse?
    private var body: [UInt8] = []
    private var failure: FetchError?

    init(address: String, url: URL, options: FetchOptions, acceptsNotModified: Bool = false) {
        self.address = address
        self.options = options
        self.acceptsNotModified = acceptsNotModified
        self.visited = [url.absoluteString]
    }

    /// Records the first failure; later ones (the cancellation it causes) are ignored.
    func fail(_ error: FetchError) {
        lock.lock()
        if failure == nil { failure = error }
        lock.unlock()
    }

    /// The page, or the first failure, once `finished` has been signalled.
    func outcome() throws(FetchError) -> FetchedPage {
        lock.lock()
        defer { lock.unlock() }
        if let failure { throw failure }
        guard let response else { throw .network(url: address, reason: "no response") }
        return FetchedPage(requestedURL: address, finalURL: response.url?.absoluteString ?? address,
                           status: response.statusCode, contentType: response.value(forHTTPHeaderField: "Content-Type"),
                           body: body, etag: response.value(forHTTPHeaderField: "ETag"),
                           lastModified: response.value(forHTTPHeaderField: "Last-Modified"))
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        guard let next = request.url else {
            fail(.network(url: address, reason: "redirect without a location"))
            return completionHandler(nil)
        }
        let scheme = next.scheme?.lowercased() ?? ""
        lock.lock()
        redirects += 1
        let count = redirects
        let seen = !visited.insert(next.absoluteString).inserted
        lock.unlock()
        if scheme != "http" && scheme != "https" {
            fail(.unsupportedScheme(url: address, scheme: scheme))
        } else if seen {
            fail(.redirectLoop(url: address, at: next.absoluteString))
        } else if count > options.maxRedirects {
            fail(.tooManyRedirects(url: address, limit: options.maxRedirects))
        } else {
            return completionHandler(request)
        }
        completionHandler(nil)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        guard let http = response as? HTTPURLResponse else {
            fail(.network(url: address, reason: "not an HTTP response"))
            return completionHandler(.cancel)
        }
        lock.lock()
        self.response = http
        lock.unlock()
        if let refusal = refusal(of: http) {
            fail(refusal)
            return completionHandler(.cancel)
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.lock()
        let over = failure == nil && body.count + data.count > options.maxBytes
        if !over && failure == nil { body.append(contentsOf: data) }
        lock.unlock()
        if over {
            fail(.tooLarge(url: address, limit: options.maxBytes))
            dataTask.cancel()
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        if let error { fail(Self.translate(error, address: address, options: options)) }
        finished.signal()
    }

    /// Why a response is refused before its body is read: an HTTP error, an unfinished
    /// redirect, a body announced too large or of a type that is not a page.
    private func refusal(of http: HTTPURLResponse) -> FetchError? {
        if http.statusCode == 304 && acceptsNotModified { return nil }
        if http.statusCode == 429 || http.statusCode == 503,
           let wait = RetryAfter.seconds(http.value(forHTTPHeaderField: "Retry-After"), now: Date()) {
            return .rateLimited(url: address, status: http.statusCode, retryAfter: wait)
        }
        if http.statusCode >= 300 {
            lock.lock()
            let pending = failure
            lock.unlock()
            return pending ?? .http(url: address, status: http.statusCode)
        }
        if http.expectedContentLength > Int64(options.maxBytes) {
            return .tooLarge(url: address, limit: options.maxBytes)
        }
        if let type = FetchedPage.mediaType(of: http.value(forHTTPHeaderField: "Content-Type")), !Self.isPageType(type) {
            return .notAPage(url: address, mediaType: type)
        }
        return nil
    }

    /// Text of any kind can be read as an article; images, audio, archives and the like not.
    static func isPageType(_ mediaType: String) -> Bool {
        mediaType.hasPrefix("text/") || mediaType == "application/xhtml+xml" || mediaType == "application/xml"
            || (mediaType.hasPrefix("application/") && (mediaType.hasSuffix("+xml") || mediaType.hasSuffix("json")))
    }

    /// What a URLSession error means for the user, as one `FetchError`.
    static func translate(_ error: any Error, address: String, options: FetchOptions) -> FetchError {
        guard let urlError = error as? URLError else {
            return .network(url: address, reason: error.localizedDescription)
        }
        switch urlError.code {
        case .cannotFindHost, .dnsLookupFailed:
            return .hostNotFound(url: address, host: urlError.failingURL?.host ?? URL(string: address)?.host ?? address)
        case .cannotConnectToHost:
            return .connectionRefused(url: address)
        case .timedOut:
            return .timedOut(url: address, seconds: options.timeout)
        case .httpTooManyRedirects:
            return .tooManyRedirects(url: address, limit: options.maxRedirects)
        case .networkConnectionLost:
            return .network(url: address, reason: "the connection was closed before the page was complete")
        case .notConnectedToInternet:
            return .network(url: address, reason: "no network connection")
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
             .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot:
            return .network(url: address, reason: "secure connection failed (TLS)")
        default:
            // libcurl, under FoundationNetworking, reports a body cut short by its own words.
            if urlError.localizedDescription.hasPrefix("transfer closed with") {
                return .network(url: address, reason: "the connection was closed before the page was complete")
            }
            return .network(url: address, reason: urlError.localizedDescription)
        }
    }
}
