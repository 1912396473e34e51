import XCTest
@testable import BylineCore

/// CoNLL files rebuilt as the scorer rebuilds them.
final class LabeledCorpusTests: XCTestCase {
    func testRebuildsTextAndSpans() {
        let conll = """
        -DOCSTART- -X- -X- O

        EU NNP B-NP B-ORG
        rejects VBZ B-VP O
        German JJ B-NP B-MISC
        call NN I-NP O

        Peter NNP B-NP B-PER
        Blackburn NNP I-NP I-PER

        -DOCSTART- -X- -X- O

        BRUSSELS NNP B-NP B-LOC
        """
        let docs = LabeledCorpus.parseCoNLL(conll)
        XCTAssertEqual(docs.count, 2)
        XCTAssertEqual(docs[0].text, "EU rejects German call\nPeter Blackburn\n")
        XCTAssertEqual(docs[0].spans, [.init(start: 0, end: 2, label: "ORG"), .init(start: 11, end: 17, label: "MISC"),
                                       .init(start: 23, end: 38, label: "PER")])
        XCTAssertEqual(docs[1].text, "BRUSSELS\n")
        XCTAssertEqual(docs[1].spans, [.init(start: 0, end: 8, label: "LOC")])
    }
}
