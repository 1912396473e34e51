import BylineCore
@testable import BylineReader
import BylineStore
import Foundation
import XCTest

/// Saving an annotation on a claim asks for the claim's other reports; when there are some the
/// status line offers them, `c` copies the annotation onto them, any other key withdraws the offer.
final class OtherReportsTests: XCTestCase {
    var state = Fixtures.sampleState(width: 100, height: 30)
    var effects: [Effect] = []

    private func send(_ actions: Action...) {
        for action in actions {
            let (next, out) = reduce(state, action)
            state = next
            effects = out
        }
    }

    private var analysis: Analysis { state.article!.analysis! }

    private func annotation(onClaim n: Int) -> Annotation {
        let when = Date(timeIntervalSince1970: 1_000)
        return Annotation(documentID: analysis.document.id, verdict: .disputed, note: "n", tags: ["t"], created: when, modified: when,
                          anchor: TextAnchor(range: analysis.claims[n].span.range, in: state.article!.text.text))
    }

    private func report(_ outlet: String, _ n: Int) -> ClaimReport {
        ClaimReport(documentID: "sha256:\(n)", outlet: outlet, title: nil, location: nil, claimID: "C1", text: "The same claim.",
                    range: 0..<15, published: nil, firstSeen: nil, sequence: n, via: [])
    }

    func testASaveOnAClaimAsksForItsOtherReports() {
        let note = annotation(onClaim: 2)
        send(.annotationSaved(article: 0, claimID: "c3", note))
        XCTAssertEqual(effects, [.findOtherReports(article: 0, documentID: analysis.document.id, range: analysis.claims[2].span.range, note)])
        send(.annotationSaved(article: 0, claimID: nil, note))
        XCTAssertEqual(effects, [], "a passage that is no claim has no other reports")
    }

    func testOtherReportsAreOfferedAndCAcceptsTheOffer() {
        let note = annotation(onClaim: 0)
        let reports = [report("Seoul Daily", 1), report("Harbor Times", 2), report("Seoul Daily", 3)]
        send(.annotationSaved(article: 0, claimID: "c1", note), .otherReportsFound(article: 0, note, reports))
        XCTAssertEqual(state.message, "Saved. 3 other articles report this claim (Seoul Daily, Harbor Times): c copies the annotation to them")
        XCTAssertEqual(state.copyOffer, CopyOffer(annotation: note, reports: reports))
        send(.copyToOtherReports)
        XCTAssertEqual(effects, [.copyAnnotation(note, to: reports)])
        XCTAssertEqual(state.message, "Copying to 3 other reports…")
        XCTAssertNil(state.copyOffer)
        send(.annotationCopied(count: 3))
        XCTAssertEqual(state.message, "Copied to 3 other reports of the claim")
        send(.annotationCopied(count: 0))
        XCTAssertEqual(state.message, "Those reports already had this annotation")
    }

    func testAnyOtherKeyWithdrawsTheOffer() {
        let note = annotation(onClaim: 0)
        send(.otherReportsFound(article: 0, note, [report("Capital Post", 1)]))
        XCTAssertEqual(state.message, "Saved. 1 other article reports this claim (Capital Post): c copies the annotation to them")
        send(.moveDown)
        XCTAssertNil(state.copyOffer)
        send(.copyToOtherReports)
        XCTAssertEqual(effects, [])
        XCTAssertEqual(state.message, "Nothing to copy: c follows saving an annotation on a claim other articles report")
    }

    func testBackgroundResultsKeepTheOfferAndNoReportsOffersNothing() {
        let note = annotation(onClaim: 0)
        send(.otherReportsFound(article: 0, note, []))
        XCTAssertNil(state.copyOffer)
        send(.otherReportsFound(article: 0, note, [report("Capital Post", 1)]), .resize(width: 90, height: 30))
        XCTAssertNotNil(state.copyOffer, "a resize is no answer to the offer")
        XCTAssertEqual(Keymap.default.help["copy-annotation"], "c")
    }
}
