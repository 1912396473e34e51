import XCTest
@testable import BylineCore

/// A quoted title inside a running sentence (a show, a book, a campaign) inherits no speaker;
/// a quoted sentence, a chant in capitals or a title opening its own sentence still do.
final class QuotedTitleTests: XCTestCase {
    private let opening = "“We will rebuild every single house in the valley,” Ana Ruiz said on Monday. "

    func testTitlesInRunningTextInheritNoSpeaker() {
        let titles: [(text: String, title: String)] = [
            ("Her plan borrows from the book “The Art of the River,” which she wrote in 2001.", "Art of the River"),
            ("In 2015, on a three-day “Ruiz Will Fix It” bus tour, she visited every town.", "Ruiz Will Fix It"),
        ]
        for c in titles {
            let run = AttributionRun(opening + c.text)
            XCTAssertNil(run.quote(containing: c.title), c.text)
            XCTAssertNotNil(run.quote(containing: "rebuild every"), c.text)
        }
    }

    func testQuotationsThatAreSpeechStillInherit() {
        let kept: [(text: String, fragment: String)] = [
            ("“The Army Corps Will Not Help Us Now,” she added in the same breath.", "Army Corps"),
            ("The crowd chanted “REBUILD THE VALLEY NOW” as she left.", "REBUILD THE VALLEY"),
            ("Then she warned that “the next flood will be worse than this one,” and left.", "next flood will be worse"),
        ]
        for c in kept {
            let run = AttributionRun(opening + c.text)
            XCTAssertNotNil(run.quote(containing: c.fragment), c.text)
        }
    }
}
