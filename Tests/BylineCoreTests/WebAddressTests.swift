import BylineCore
import XCTest

/// One rule tells a web address from a file name for the command line, the store and the reader.
final class WebAddressTests: XCTestCase {
    func testHTTPAndHTTPSInAnyCaseAreWebAddresses() {
        XCTAssertTrue(WebAddress.isWebAddress("http://example.com/a"))
        XCTAssertTrue(WebAddress.isWebAddress("HTTPS://example.invalid"))
        XCTAssertTrue(WebAddress.isWebAddress("Https://x"))
    }

    func testFileNamesAndOtherSchemesAreNot() {
        XCTAssertFalse(WebAddress.isWebAddress("https.html"))
        XCTAssertFalse(WebAddress.isWebAddress("http:/one-slash"))
        XCTAssertFalse(WebAddress.isWebAddress("ftp://example.com/a"))
        XCTAssertFalse(WebAddress.isWebAddress("notes/http://x"))
        XCTAssertFalse(WebAddress.isWebAddress(""))
    }

    func testAPageLinkOpensOnlyWhenItsAddressIsOnTheWeb() {
        XCTAssertTrue(PageLink(start: 0, end: 1, text: "a", href: "https://example.com/").isWebAddress)
        XCTAssertFalse(PageLink(start: 0, end: 1, text: "a", href: "mailto:someone@example.com").isWebAddress)
    }
}
