/// Why a page could not be fetched. Each message is one line that starts with the address,
/// so a batch of URLs tells which one failed: "https://…: HTTP 404 Not Found".
public enum FetchError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `--offline` was given; nothing was sent.
    case offline(url: String)
    case invalidURL(url: String)
    case unsupportedScheme(url: String, scheme: String)
    case http(url: String, status: Int)
    /// 429 or 503 with a `Retry-After`: the server names when to ask again (seconds from now).
    case rateLimited(url: String, status: Int, retryAfter: Double)
    case hostNotFound(url: String, host: String)
    case connectionRefused(url: String)
    case timedOut(url: String, seconds: Double)
    case tooManyRedirects(url: String, limit: Int)
    case redirectLoop(url: String, at: String)
    case tooLarge(url: String, limit: Int)
    /// The server says the body is not a page (an image, a PDF, an archive…).
    case notAPage(url: String, mediaType: String)
    case network(url: String, reason: String)

    public var url: String {
        switch self {
        case .offline(let u), .invalidURL(let u), .unsupportedScheme(let u, _), .http(let u, _), .rateLimited(let u, _, _),
             .hostNotFound(let u, _),
             .connectionRefused(let u), .timedOut(let u, _), .tooManyRedirects(let u, _), .redirectLoop(let u, _),
             .tooLarge(let u, _), .notAPage(let u, _), .network(let u, _):
            return u
        }
    }

    public var description: String {
        "\(url): " + reason
    }

    /// The message without the address.
    public var reason: String {
        switch self {
        case .offline:
            return "not fetched: --offline forbids network access"
        case .invalidURL:
            return "not a valid web address"
        case .unsupportedScheme(_, let scheme):
            return "\(scheme): addresses are not supported; only http and https"
        case .http(_, let status):
            return "HTTP \(status) \(HTTPStatus.phrase(status))"
        case .rateLimited(_, let status, let seconds):
            return "HTTP \(status) \(HTTPStatus.phrase(status)); the server asks to wait \(FetchError.format(seconds.rounded(.up))) s"
        case .hostNotFound(_, let host):
            return "host \(host) not found (DNS)"
        case .connectionRefused:
            return "connection refused"
        case .timedOut(_, let seconds):
            return "no answer within \(FetchError.format(seconds)) s (timed out)"
        case .tooManyRedirects(_, let limit):
            return "more than \(limit) redirects"
        case .redirectLoop(_, let at):
            return "redirect loop (back to \(at))"
        case .tooLarge(_, let limit):
            return "page larger than the \(FetchError.byteCount(limit)) limit; not read"
        case .notAPage(_, let mediaType):
            return "not a web page (\(mediaType))"
        case .network(_, let reason):
            return reason
        }
    }

    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }

    static func byteCount(_ bytes: Int) -> String {
        if bytes >= 1_048_576, bytes % 1_048_576 == 0 { return "\(bytes / 1_048_576) MiB" }
        if bytes >= 1024, bytes % 1024 == 0 { return "\(bytes / 1024) KiB" }
        return "\(bytes)-byte"
    }
}
