import XCTest
@testable import BylineCore

final class SpeakerResolutionTests: XCTestCase {
    func testPronounResolvesToTheCurrentSpeaker() {
        let run = AttributionRun("“We are ready,” Lin Wei remarked. He further emphasized that “the talks are open.”")
        XCTAssertEqual(run.quotes.count, 2)
        guard run.quotes.count == 2 else { return }
        XCTAssertEqual(run.quotes[1].speaker?.mention?.text, "He")
        XCTAssertEqual(run.quotes[1].speaker?.name, "Lin Wei")
        XCTAssertEqual(run.quotes[1].kind, .direct)
        XCTAssertEqual(run.quotes[1].content.text, "“the talks are open.”")
    }

    func testPronounAgreesInGender() {
        let text = "Anna Berg said the vote was fair. Tom Reed said the count was slow. She added that turnout was high."
        let run = AttributionRun(text)
        let q = run.quote(containing: "turnout")
        XCTAssertEqual(q?.speaker?.mention?.text, "She")
        XCTAssertEqual(q?.speaker?.name, "Anna Berg")
    }

    func testShortNameExpandsToTheFullName() {
        let run = AttributionRun("Rosa Delgado said the plant would reopen. Later, Delgado said that jobs would return.")
        XCTAssertEqual(run.quote(containing: "jobs")?.speaker?.name, "Rosa Delgado")
    }

    func testAppositionNamesALaterDefiniteDescription() {
        let text = "Marta Silva, the ministry spokeswoman, said the border was open. The spokeswoman added that trucks were waiting."
        let run = AttributionRun(text)
        XCTAssertEqual(run.quote(containing: "border")?.speaker?.name, "Marta Silva")
        let later = run.quote(containing: "trucks")
        XCTAssertEqual(later?.speaker?.mention?.text, "The spokeswoman")
        XCTAssertEqual(later?.speaker?.name, "Marta Silva")
    }

    func testTheSourcesRefersBackToTheAnonymousSource() {
        let text = "According to people familiar with the plan, the merger is close. The people believe that regulators will agree. They also noted that shares rose."
        let run = AttributionRun(text)
        XCTAssertEqual(run.quotes.count, 3)
        guard run.quotes.count == 3 else { return }
        XCTAssertEqual(run.quotes[1].speaker?.name, "people familiar with the plan")
        XCTAssertEqual(run.quotes[2].speaker?.mention?.text, "They")
        XCTAssertEqual(run.quotes[2].speaker?.name, "people familiar with the plan")
        XCTAssertEqual(Set(run.quotes.map(\.source)).count, 1)
    }

    func testEntitiesNameAndTypeTheSpeaker() {
        let text = "Ms. Okafor said the fund was empty."
        let entity = Entity(id: "E1", name: "Adaeze Okafor", type: .person,
                            mentions: [Span(start: 4, end: 10, text: "Okafor")], title: "Ms.")
        let run = AttributionRun(text, entities: [entity])
        XCTAssertEqual(run.quotes.first?.speaker?.name, "Adaeze Okafor")
        XCTAssertEqual(run.quotes.first?.speaker?.entity, "E1")
        XCTAssertEqual(run.source(id: run.quotes.first?.source)?.entity, "E1")
        XCTAssertEqual(run.source(id: run.quotes.first?.source)?.kind, .person)
    }
}
