import XCTest
@testable import BylineCore

final class DirectQuoteAttributionTests: XCTestCase {
    func testQuoteSplitByItsAttributionIsTwoQuotesWithOneSpeaker() {
        let run = AttributionRun("“The bridge will open in May,” Mara Ilves remarked. “Nobody should expect delays.”")
        XCTAssertEqual(run.quotes.count, 2)
        guard run.quotes.count == 2 else { return }
        let first = run.quotes[0], second = run.quotes[1]
        XCTAssertEqual(first.kind, .direct)
        XCTAssertEqual(first.content.text, "“The bridge will open in May,”")
        XCTAssertEqual(first.cue?.text, "remarked")
        XCTAssertEqual(first.speaker?.mention?.text, "Mara Ilves")
        XCTAssertEqual(first.speaker?.name, "Mara Ilves")
        XCTAssertEqual(second.content.text, "“Nobody should expect delays.”")
        XCTAssertEqual(second.speaker?.name, "Mara Ilves")
        XCTAssertEqual(second.cue?.text, "remarked")
        XCTAssertEqual(first.source, second.source)
        run.assertOffsets()
    }

    func testInvertedAttributionWithADescription() {
        let run = AttributionRun("“We have no further comment,” said the spokesperson.")
        let q = run.quotes.first
        XCTAssertEqual(q?.content.text, "“We have no further comment,”")
        XCTAssertEqual(q?.cue?.text, "said")
        XCTAssertEqual(q?.speaker?.mention?.text, "the spokesperson")
        XCTAssertNil(q?.speaker?.name)
    }

    func testDescriptionOfAnOutletBeforeTheCue() {
        let run = AttributionRun("“The plan is doomed,” the influential US daily wrote on Sunday.")
        let q = run.quotes.first
        XCTAssertEqual(q?.cue?.text, "wrote")
        XCTAssertEqual(q?.speaker?.mention?.text, "the influential US daily")
        XCTAssertEqual(run.source(id: q?.source)?.kind, .outlet)
    }

    func testTitleAndDescriptionBeforeANameKeepTheName() {
        let run = AttributionRun("Longtime Democratic pollster Pat Caddell told reporters that the race was over.")
        let q = run.quotes.first
        XCTAssertEqual(q?.kind, .indirect)
        XCTAssertEqual(q?.content.text, "the race was over")
        XCTAssertEqual(q?.cue?.text, "told")
        XCTAssertEqual(q?.speaker?.name, "Pat Caddell")
    }

    func testPartialQuoteInsideASentenceIsMixed() {
        let run = AttributionRun("The minister called the proposal “a hypothetical issue” on Monday.")
        let q = run.quotes.first
        XCTAssertEqual(q?.kind, .mixed)
        XCTAssertEqual(q?.content.text, "the proposal “a hypothetical issue” on Monday")
        XCTAssertEqual(q?.cue?.text, "called")
        XCTAssertEqual(q?.speaker?.mention?.text, "The minister")
    }

    /// PolNeAR gives a quotation continued in the next paragraph the cue that opened it.
    func testQuoteInTheNextParagraphInheritsTheSpeakerAndCue() {
        let text = "“Prices will fall,” Jonas Meyer said.\n“We have seen this before, many times over.”\nThe market closed lower."
        let run = AttributionRun(text)
        XCTAssertEqual(run.quotes.count, 2)
        guard run.quotes.count == 2 else { return }
        XCTAssertEqual(run.quotes[1].content.text, "“We have seen this before, many times over.”")
        XCTAssertEqual(run.quotes[1].speaker?.name, "Jonas Meyer")
        XCTAssertEqual(run.quotes[1].cue?.text, "said")
    }

    /// Words after the cue that are a time or a setting, not a clause, stay out of the content.
    func testTailBeforeAQuotationIsNotContent() {
        for text in ["Ana Ribeiro said in a statement “the plan is dead and buried.”",
                     "Ana Ribeiro said Tuesday “the plan is dead and buried.”"] {
            let q = AttributionRun(text).quotes.first
            XCTAssertEqual(q?.content.text, "“the plan is dead and buried.”", text)
            XCTAssertEqual(q?.cue?.text, "said", text)
        }
    }

    func testDashSignatureNamesTheSpeaker() {
        let run = AttributionRun("“I will vote early this year.” ― Dana Whitfield")
        XCTAssertEqual(run.quotes.first?.speaker?.name, "Dana Whitfield")
        XCTAssertEqual(run.quotes.first?.cue?.text, "―")
    }

    func testScareQuotesAloneAreNotQuotes() {
        let run = AttributionRun("The so-called “reform” stalled in committee.\nNo one commented.")
        XCTAssertEqual(run.quotes, [])
    }

    func testNobodyToFindLeavesTheSpeakerNameNull() {
        let run = AttributionRun("“This will pass,” he said.")
        let q = run.quotes.first
        XCTAssertEqual(q?.speaker?.mention?.text, "he")
        XCTAssertNil(q?.speaker?.name)
        XCTAssertNil(q?.source)
    }

    /// "On ABC’s “This Week,” Rubio said …": the show's title is not what the speaker said.
    func testTitleBeforeTheSpeakerIsNotTheContent() {
        let run = AttributionRun("Sunday on Harbor TV’s “Morning Tide,” Ana Ruiz said the levy would be “a disaster for small firms.”")
        XCTAssertNil(run.quote(containing: "Morning Tide"), "\(run.quotes.map(\.content.text))")
        XCTAssertEqual(run.quote(containing: "a disaster")?.speaker?.name, "Ana Ruiz")
        run.assertOffsets()
    }
}
