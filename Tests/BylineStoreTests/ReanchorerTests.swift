import BylineCore
import BylineStore
import XCTest

final class ReanchorerTests: XCTestCase {
    static let original = """
        Rail fares to rise in March

        The transport ministry said fares would rise by 4 percent in March.
        Unions said the increase was the largest in a decade.

        A goverment spokesman said the money would pay for new signalling on the northern line.
        Passenger numbers fell by 8 percent last year, according to the regulator.

        Opposition leaders called the rise “a tax on commuters” and demanded a vote.
        The ministry declined to comment further.
        """

    /// The same article revised: a sentence inserted up top, a typo fixed inside an annotated
    /// sentence, and the third paragraph removed.
    static let revised = """
        Rail fares to rise in March

        Commuters face higher costs from next spring.
        The transport ministry said fares would rise by 4 percent in March.
        Unions said the increase was the largest in a decade.

        A government spokesman said the money would pay for new signalling on the northern line.
        Passenger numbers fell by 8 percent last year, according to the regulator.
        """

    private func anchor(_ quote: String, in text: ScalarText) throws -> TextAnchor {
        let range = try XCTUnwrap(find(quote, in: text))
        return TextAnchor(range: range, in: text)
    }

    private func find(_ quote: String, in text: ScalarText) -> Range<Int>? {
        let hay = text.scalars, needle = Array(quote.unicodeScalars)
        guard needle.count <= hay.count else { return nil }
        for i in 0...(hay.count - needle.count) where hay[i..<(i + needle.count)].elementsEqual(needle) {
            return i..<(i + needle.count)
        }
        return nil
    }

    func testAnchorKeepsThirtyTwoScalarsOfContext() throws {
        let text = ScalarText(Self.original)
        let a = try anchor("Unions said the increase", in: text)
        XCTAssertEqual(a.exact, "Unions said the increase")
        XCTAssertEqual(a.prefix, "uld rise by 4 percent in March.\n")
        XCTAssertEqual(a.prefix.unicodeScalars.count, 32)
        XCTAssertEqual(a.suffix, " was the largest in a decade.\n\nA")
        let title = try anchor("Rail fares", in: text)
        XCTAssertEqual(title.prefix, "")
        XCTAssertEqual(title.start, 0)
    }

    func testUnchangedTextReattachesByPosition() throws {
        let text = ScalarText(Self.original)
        let a = try anchor("Passenger numbers fell by 8 percent last year", in: text)
        XCTAssertEqual(Reanchorer().resolve(a, in: text), AnchorResolution(range: a.range, method: .position, similarity: 1))
    }

    func testRevisedArticleKeepsEveryAnnotationWhoseTextSurvives() throws {
        let old = ScalarText(Self.original), new = ScalarText(Self.revised)
        let title = try anchor("Rail fares to rise in March", in: old)
        let moved = try anchor("The transport ministry said fares would rise by 4 percent in March.", in: old)
        let typo = try anchor("A goverment spokesman said the money would pay for new signalling on the northern line.", in: old)
        let removed = try anchor("Opposition leaders called the rise “a tax on commuters” and demanded a vote.", in: old)
        let lastKept = try anchor("according to the regulator", in: old)
        let r = Reanchorer()

        XCTAssertEqual(r.resolve(title, in: new), AnchorResolution(range: title.range, method: .position, similarity: 1))

        let m = try XCTUnwrap(r.resolve(moved, in: new))
        XCTAssertEqual(m.method, .quote)
        XCTAssertEqual(m.range, find("The transport ministry said fares would rise by 4 percent in March.", in: new))

        let t = try XCTUnwrap(r.resolve(typo, in: new))
        XCTAssertEqual(t.method, .fuzzy)
        XCTAssertEqual(new.text(t.range), "A government spokesman said the money would pay for new signalling on the northern line.")
        XCTAssertEqual(t.similarity, 1 - 1.0 / Double(typo.exact.unicodeScalars.count), accuracy: 1e-9)

        XCTAssertNil(r.resolve(removed, in: new))

        let k = try XCTUnwrap(r.resolve(lastKept, in: new))
        XCTAssertEqual(k.method, .quote)
        XCTAssertEqual(new.text(k.range), "according to the regulator")
    }

    func testOrphansAreListedNotDropped() throws {
        let old = ScalarText(Self.original), new = ScalarText(Self.revised)
        let doc = DocumentID.of(Self.original)
        let date = Date(timeIntervalSince1970: 0)
        func annotation(_ quote: String) throws -> Annotation {
            Annotation(documentID: doc, verdict: .disputed, note: quote, tags: [], created: date, modified: date, anchor: try anchor(quote, in: old))
        }
        let kept = try annotation("Unions said the increase was the largest in a decade.")
        let gone = try annotation("The ministry declined to comment further.")
        let located = LocatedAnnotations.locate([gone, kept], in: new)
        XCTAssertEqual(located.attached.map(\.annotation), [kept])
        XCTAssertEqual(located.attached.first?.resolution.method, .quote)
        XCTAssertEqual(located.orphans, [gone])
    }

    func testRepeatedQuoteIsChosenByItsContext() throws {
        let old = ScalarText("Fares rose. The minister said no. Taxes rose. The minister said no. Wages fell.")
        let second = TextAnchor(range: 46..<67, in: old)
        XCTAssertEqual(second.exact, "The minister said no.")
        let new = ScalarText("Intro. Fares rose. The minister said no. Taxes rose. The minister said no. Wages fell.")
        let r = try XCTUnwrap(Reanchorer().resolve(second, in: new))
        XCTAssertEqual(r.method, .quote)
        XCTAssertEqual(r.range, 53..<74)
    }

    func testFuzzyMatchBelowThresholdIsAnOrphan() throws {
        let old = ScalarText("The ministry expects ridership to recover by the end of next year, officials said.")
        let a = TextAnchor(range: 0..<old.count, in: old)
        let new = ScalarText("Completely different reporting replaced the paragraph about ridership entirely here.")
        XCTAssertNil(Reanchorer().resolve(a, in: new))
    }

    func testShiftedTextWithEditsFarFromOldPositionIsFound() throws {
        let sentence = "Officials said the barrier would cost 2.3 billion euros over ten years."
        let old = ScalarText("Intro.\n" + sentence)
        let a = TextAnchor(range: 7..<old.count, in: old)
        let filler = String(repeating: "Unrelated filler sentence about the weather. ", count: 200)
        let newSentence = "Officials said the barrier would cost 2.4 billion euros over ten years."
        let new = ScalarText("Intro.\n" + filler + newSentence)
        let r = try XCTUnwrap(Reanchorer().resolve(a, in: new))
        XCTAssertEqual(r.method, .fuzzy)
        XCTAssertEqual(new.text(r.range), newSentence)
    }

    func testEmptyOrOutOfRangeAnchors() {
        let text = ScalarText("Short.")
        XCTAssertNil(Reanchorer().resolve(TextAnchor(exact: "", prefix: "", suffix: "", start: 40, end: 40), in: text))
        XCTAssertNil(Reanchorer().resolve(TextAnchor(exact: "Long gone sentence", prefix: "", suffix: "", start: 90, end: 108), in: ScalarText("")))
    }
}

final class ReanchorerEdgeTests: XCTestCase {
    func testVeryShortQuotesReattachOrOrphanWithoutTrouble() {
        let old = ScalarText("A b. Cd ef.")
        let a = TextAnchor(range: 5..<7, in: old)
        XCTAssertEqual(a.exact, "Cd")
        XCTAssertEqual(Reanchorer().resolve(a, in: ScalarText("Intro. A b. Cd ef.")), AnchorResolution(range: 12..<14, method: .quote, similarity: 1))
        XCTAssertNil(Reanchorer().resolve(a, in: ScalarText("Nothing alike here.")))
        let fuzzy = Reanchorer().resolve(a, in: ScalarText("A b. Cx ef."))
        XCTAssertNil(fuzzy, "one change in two scalars is below the similarity threshold")
    }

    func testLongQuoteInLargeTextIsFoundAfterAnEdit() {
        let sentence = String(repeating: "The committee reviewed each contract line by line. ", count: 20)
        let filler = String(repeating: "Weather was mild across the region today. ", count: 5_000)
        let old = ScalarText(filler + sentence + filler)
        let start = filler.unicodeScalars.count
        let a = TextAnchor(range: start..<(start + sentence.unicodeScalars.count), in: old)
        let edited = sentence.replacingOccurrences(of: "each contract line by line. The", with: "every contract line by line. The")
        let new = ScalarText("Added lead paragraph.\n\n" + filler + edited + filler)
        let r = Reanchorer().resolve(a, in: new)
        XCTAssertEqual(r?.method, .fuzzy)
        XCTAssertEqual(r.map { new.text($0.range) }, edited)
    }
}
