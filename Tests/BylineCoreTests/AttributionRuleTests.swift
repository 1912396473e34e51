import XCTest
@testable import BylineCore

/// Table-driven: every named rule has its sentence in `AttributionRuleCases`, and the
/// analysis of that sentence records the rule beside the quote or source it made.
final class AttributionRuleTests: XCTestCase {
    func testEveryRuleHasACase() {
        XCTAssertEqual(Set(AttributionRuleCases.frames.map(\.rule)), Set(AttributionRule.allCases))
        XCTAssertEqual(Set(AttributionRuleCases.speakers.map(\.rule)), Set(SpeakerRule.allCases))
        XCTAssertEqual(Set(AttributionRuleCases.links.map(\.rule)), Set(LinkRule.allCases))
    }

    func testFrameRules() {
        for c in AttributionRuleCases.frames {
            let run = AttributionRun(c.text)
            guard let q = run.quote(containing: c.content) else {
                XCTFail("\(c.rule): no quote with “\(c.content)” in \(run.quotes.map(\.content.text))")
                continue
            }
            XCTAssertEqual(q.explanation?.frame, c.rule.rawValue, c.text)
            XCTAssertEqual(q.speaker?.name ?? q.speaker?.mention?.text, c.speaker, "\(c.rule)")
            if let cue = c.cue { XCTAssertEqual(q.cue?.text, cue, c.text) }
            run.assertOffsets()
        }
    }

    func testSpeakerRules() {
        for c in AttributionRuleCases.speakers {
            let quotes = c.withEntities ? Analyzer().analyze(c.text).quotes : AttributionRun(c.text).quotes
            guard let q = quotes.first(where: { $0.content.text.contains(c.content) }) else {
                XCTFail("\(c.rule): no quote with “\(c.content)” in \(quotes.map(\.content.text))")
                continue
            }
            XCTAssertEqual(q.explanation?.speaker, c.rule.rawValue, c.text)
            XCTAssertEqual(q.speaker?.name ?? q.speaker?.mention?.text, c.speaker, "\(c.rule)")
        }
    }

    func testLinkRules() {
        for c in AttributionRuleCases.links {
            let run = AttributionRun(c.text, publisher: c.publisher)
            guard let s = run.source(named: c.source) else {
                XCTFail("\(c.rule): no source “\(c.source)” in \(run.sources.map(\.name))")
                continue
            }
            XCTAssertEqual(s.explanation?.link, c.rule.rawValue, c.text)
            XCTAssertEqual(run.source(id: s.via)?.name, c.parent, "\(c.rule)")
        }
    }

    /// The explanation is written only on request, reads back when written, and is no part
    /// of what makes two quotes or sources equal.
    func testExplanationIsWrittenOnlyOnRequest() throws {
        let analysis = Analyzer().analyze("Ana Ribeiro told Reuters that the plan was ready for a vote.")
        XCTAssertEqual(analysis.quotes.first?.explanation, Explanation(frame: "speaker-first", speaker: "entity"))
        let plain = AnalysisJSON.encode(analysis, pretty: false)
        XCTAssertFalse(plain.contains("explanation"))
        XCTAssertEqual(try AnalysisJSON.decode(plain), analysis)
        var explained = ""
        AnalysisJSON.write(analysis, pretty: false, explain: true) { explained += String(decoding: $0, as: UTF8.self) }
        let back = try AnalysisJSON.decode(explained)
        XCTAssertEqual(back.quotes.first?.explanation?.frame, "speaker-first")
        XCTAssertEqual(back.sources.map { $0.explanation?.link }, analysis.sources.map { $0.explanation?.link })
    }

    /// The sieves run in their declared order, each one once.
    func testSieveOrder() {
        XCTAssertEqual(FrameFinder.sieves, [.dashSignature, .colonSpeaker, .headlineColon, .statementColon, .accordingTo, .citing, .raisingVerb,
                                             .reportedQuestion, .headlineCue, .prepositionalCue, .nounComplement, .cueVerb])
        XCTAssertEqual(Set(FrameFinder.sieves).count, FrameFinder.Sieve.allCases.count)
    }
}
