import XCTest
@testable import BylineCore

/// The frame finder passes over tokens no sieve can apply at (`mayOpenFrame`); the filter
/// must keep every token where a sieve decides, or frames would be lost.
final class FrameSieveFilterTests: XCTestCase {
    private func finder(_ text: String) -> FrameFinder {
        let doc = Document(text)
        return FrameFinder(TokenView(doc), stretches: QuoteMarkPairer.pair(doc))
    }

    func testFramingWordsColonsAndDashesMayOpenAFrame() {
        let f = finder("According to aides, the senator said the claim was false, citing a report: it ended \u{2014} and Ruiz put it plainly.")
        let words = (0..<f.doc.tokens.count).map { f.view.text($0) }
        func may(_ w: String) -> Bool { f.mayOpenFrame(words.firstIndex(of: w)!) }
        for w in ["According", "said", "citing", ":", "\u{2014}", "put"] { XCTAssertTrue(may(w), w) }
        for w in ["to", "aides", ",", "the", "senator", "was", "ended", "Ruiz", "."] { XCTAssertFalse(may(w), w) }
    }

    func testEveryTokenWhereASieveDecidesMayOpenAFrame() {
        let text = """
        “We will win,” said Ana Ruiz, a teacher. According to Reuters, the plan failed. \
        The minister, citing a report, warned of cuts. Kerry: “By law, we must.” \
        “It is over” \u{2015} Julie Diaz. She called for calm and put it plainly: no. \
        The claim that taxes rose was false. He asked whether it mattered. Officials say the deal is done.
        """
        let f = finder(text)
        var decided = 0
        for (n, sentence) in f.doc.sentences.enumerated() {
            for k in sentence.tokens {
                for sieve in FrameFinder.sieves {
                    guard case .decided = f.apply(sieve, at: k, sentence, n, previous: nil) else { continue }
                    decided += 1
                    XCTAssertTrue(f.mayOpenFrame(k), "\(sieve) decides at “\(f.view.text(k))” but the filter skips it")
                }
            }
        }
        XCTAssertGreaterThan(decided, 8)
    }
}
