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

    /// The sieves run in their declared order, each one once.
    func testSieveOrder() {
        XCTAssertEqual(FrameFinder.sieves, [.dashSignature, .colonSpeaker, .accordingTo, .citing, .cueVerb])
        XCTAssertEqual(Set(FrameFinder.sieves).count, FrameFinder.Sieve.allCases.count)
    }
}
