import BylineCore
import XCTest

final class DocumentIDTests: XCTestCase {
    func testIDIsTheSHA256OfTheUTF8Text() {
        XCTAssertEqual(DocumentID.of(""), "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(DocumentID.of("abc"), "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertNotEqual(DocumentID.of("Café"), DocumentID.of("Cafe\u{301}"))
    }
}
