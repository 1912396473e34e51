@testable import BylineFetch
import XCTest

/// PageFetcher against the local test server: what arrives, and one clear error for each way
/// a fetch fails.
final class PageFetcherTests: XCTestCase {
    var server: LocalWebServer!

    override func setUpWithError() throws {
        server = try .started(for: self)
    }

    private func fetch(_ path: String, _ options: FetchOptions = FetchOptions(timeout: 5)) throws(FetchError) -> FetchedPage {
        try PageFetcher(options: options).fetch(server.url(path))
    }

    private func failure(_ address: String, _ options: FetchOptions = FetchOptions(timeout: 5)) -> FetchError? {
        do {
            _ = try PageFetcher(options: options).fetch(address)
            return nil
        } catch {
            return error
        }
    }

    func testFetchesAPageWithItsTypeAndStatus() throws {
        let page = try fetch("/article")
        XCTAssertEqual(page.status, 200)
        XCTAssertEqual(page.mediaType, "text/html")
        XCTAssertEqual(page.finalURL, server.url("/article"))
        XCTAssertTrue(String(decoding: page.body, as: UTF8.self).contains("Harbour council approves"))
    }

    func testDecodesGzipAndDeflate() throws {
        let plain = try fetch("/article").body
        XCTAssertEqual(try fetch("/gzip").body, plain)
        XCTAssertEqual(try fetch("/deflate").body, plain)
    }

    func testSendsAnHonestUserAgentAndAcceptsCompression() throws {
        let options = FetchOptions(timeout: 5, userAgent: FetchOptions.userAgent(version: "9.9"))
        let headers = String(decoding: try fetch("/headers", options).body, as: UTF8.self)
        XCTAssertTrue(headers.contains("User-Agent: Byline/9.9 (+terminal news reader)"), headers)
        XCTAssertTrue(headers.lowercased().contains("accept-encoding:"), headers)
        XCTAssertTrue(headers.contains("gzip"), headers)
    }

    func testFollowsRedirectsUpToTheLimit() throws {
        // /redirect/N takes N + 1 redirects to reach /article.
        let page = try fetch("/redirect/9")
        XCTAssertEqual(page.finalURL, server.url("/article"))
        XCTAssertEqual(page.requestedURL, server.url("/redirect/9"))
        XCTAssertEqual(failure(server.url("/redirect/10")), .tooManyRedirects(url: server.url("/redirect/10"), limit: 10))
    }

    func testRefusesARedirectLoop() {
        let error = failure(server.url("/loop/a"))
        XCTAssertEqual(error, .redirectLoop(url: server.url("/loop/a"), at: server.url("/loop/a")))
        XCTAssertEqual(error?.description, "\(server.url("/loop/a")): redirect loop (back to \(server.url("/loop/a")))")
    }

    func testHTTPErrorsReadAsStatusAndPhrase() {
        XCTAssertEqual(failure(server.url("/status/404"))?.description, "\(server.url("/status/404")): HTTP 404 Not Found")
        XCTAssertEqual(failure(server.url("/status/500"))?.description, "\(server.url("/status/500")): HTTP 500 Internal Server Error")
    }

    func testGivesUpOnAServerThatNeverAnswers() {
        let started = Date()
        XCTAssertEqual(failure(server.url("/slow"), FetchOptions(timeout: 1)), .timedOut(url: server.url("/slow"), seconds: 1))
        XCTAssertLessThan(Date().timeIntervalSince(started), 10, "the timeout must end the fetch, not the server")
    }

    func testRefusesBodiesOverTheCap() {
        let capped = FetchOptions(timeout: 5, maxBytes: 1_048_576)
        XCTAssertEqual(failure(server.url("/huge"), capped), .tooLarge(url: server.url("/huge"), limit: 1_048_576))
        XCTAssertEqual(failure(server.url("/chunked-huge"), capped), .tooLarge(url: server.url("/chunked-huge"), limit: 1_048_576))
        XCTAssertEqual(failure(server.url("/huge"), capped)?.reason, "page larger than the 1 MiB limit; not read")
    }

    /// The fetcher refuses by the header only; what the bytes are is for the loader to say,
    /// which knows gzip and UTF-16 (see WebCommandTests).
    func testRefusesImagesByTypeAndLeavesTheBodyToTheLoader() throws {
        XCTAssertEqual(failure(server.url("/image.png")), .notAPage(url: server.url("/image.png"), mediaType: "image/png"))
        XCTAssertEqual(Array(try fetch("/binary-as-html").body.prefix(4)), [0x00, 0x01, 0x02, 0x03])
        XCTAssertEqual(Array(try fetch("/gzip-unlabelled").body.prefix(2)), [0x1F, 0x8B])
    }

    /// A failed name lookup is translated without making one: a lookup would ask the machine's
    /// resolver, and tests never send anything past 127.0.0.1.
    func testNamesUnknownHostsAndRefusedConnections() throws {
        let address = "http://byline-test.invalid/article"
        for code in [URLError.Code.cannotFindHost, .dnsLookupFailed] {
            let error = URLError(code, userInfo: [NSURLErrorFailingURLErrorKey: URL(string: address)!])
            XCTAssertEqual(PageTransfer.translate(error, address: address, options: FetchOptions()),
                           .hostNotFound(url: address, host: "byline-test.invalid"))
        }
        XCTAssertEqual(FetchError.hostNotFound(url: address, host: "byline-test.invalid").description,
                       "\(address): host byline-test.invalid not found (DNS)")
        let closed = try Self.closedPort()
        XCTAssertEqual(failure("http://127.0.0.1:\(closed)/"), .connectionRefused(url: "http://127.0.0.1:\(closed)/"))
    }

    func testOfflineAndBadAddressesSendNothing() {
        XCTAssertEqual(failure(server.url("/article"), FetchOptions(offline: true)), .offline(url: server.url("/article")))
        XCTAssertEqual(failure("ftp://example.invalid/x"), .unsupportedScheme(url: "ftp://example.invalid/x", scheme: "ftp"))
        XCTAssertEqual(failure("http://"), .invalidURL(url: "http://"))
    }

    /// A local port nobody listens on: bound, read, and closed again.
    static func closedPort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw XCTSkip("no socket") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw XCTSkip("cannot bind a local port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
