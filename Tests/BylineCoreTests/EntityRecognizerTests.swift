import XCTest
@testable import BylineCore

/// The bundled recogniser end to end on the hard cases: titles, possessives, aliases,
/// headlines in capitals, ids and offsets.
final class EntityRecognizerTests: XCTestCase {
    static let recognizer = EntityRecognizer()

    private func entities(_ text: String) -> [Entity] {
        let doc = Document(text)
        let found = EntityRecognizerTests.recognizer.recognize(doc)
        for e in found {
            for m in e.mentions { XCTAssertEqual(doc.text.text(m.start, m.end), m.text, "offsets of \(m.text)") }
        }
        return found
    }

    private func summary(_ e: Entity) -> String {
        "\(e.id) \(e.type.rawValue) \(e.name)" + (e.title.map { " [\($0)]" } ?? "")
            + " " + e.mentions.map { "\($0.start)-\($0.end)" }.joined(separator: ",")
    }

    func testBundledModelLoads() throws {
        let model = try EntityResources.bundledModel()
        XCTAssertEqual(model.tags.labels, ["PER", "ORG", "LOC", "MISC"])
        XCTAssertEqual(model.tags.count, 17)
        XCTAssertEqual(model.weights.count, (1 << model.bucketBits) * 17)
        XCTAssertGreaterThan(model.weights.filter { $0 != 0 }.count, 50_000)
    }

    func testTitlesStayOutsideTheNameAndSurnamesMerge() {
        let found = entities("President Joe Biden met Chinese President Xi Jinping in Lima on Saturday. Biden said the talks were frank.")
        XCTAssertEqual(found.map(summary), [
            "E1 PERSON Joe Biden [President] 10-19,74-79",
            "E2 NORP Chinese 24-31",
            "E3 PERSON Xi Jinping [President] 42-52",
            "E4 GPE Lima 56-60",
            "E5 DATE Saturday 64-72",
        ])
    }

    func testTwoWordTitle() {
        let found = entities("Foreign Minister Sergei Lavrov told Reuters that Russia would respond. Lavrov spoke in Moscow.")
        XCTAssertEqual(found.map(summary), [
            "E1 PERSON Sergei Lavrov [Foreign Minister] 17-30,71-77",
            "E2 ORG Reuters 36-43",
            "E3 GPE Russia 49-55",
            "E4 GPE Moscow 87-93",
        ])
    }

    func testPossessivesAndTheUnitedStates() {
        let found = entities("North Korea’s troops met the United States and the U.S. Navy. The US said so.")
        XCTAssertEqual(found.map(summary), [
            "E1 GPE North Korea 0-11",
            "E2 GPE United States 29-42,66-68",
            "E3 ORG U.S. Navy 51-60",
        ])
        XCTAssertEqual(found[1].mentions.map(\.text), ["United States", "US"])
    }

    func testAllCapsHeadline() {
        let found = entities("""
        SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .
        Japan began the defence of their Asian Cup title with a lucky 2-1 win against Syria on Friday. China lost to Uzbekistan in a surprise defeat.
        """)
        let names = found.filter { $0.type.isName }.map(summary)
        XCTAssertEqual(names, [
            "E1 GPE Japan 9-14,58-63",
            "E2 GPE China 31-36,153-158",
            "E3 EVENT Asian Cup 91-100",
            "E5 GPE Syria 136-141",
            "E7 GPE Uzbekistan 167-177",
        ])
    }

    func testAnalyzerFillsEntities() {
        let analysis = Analyzer().analyze("Lin Jian, a spokesperson, spoke in Beijing. Lin declined to comment.")
        XCTAssertEqual(analysis.entities.map(summary), [
            "E1 PERSON Lin Jian 0-8,44-47",
            "E2 GPE Beijing 35-42",
        ])
    }

    func testTitleCaseHeadlineWordsAreNotNames() {
        let found = entities("""
        Only 24 Percent of Hillary Clinton’s Contributors Are Small Donors

        Less than a quarter of Hillary Clinton’s campaign donors are small donors, The New York Times reports.
        """)
        XCTAssertEqual(found.filter { $0.type.isName }.map(summary), [
            "E2 PERSON Hillary Clinton 19-34,91-106",
            "E3 ORG New York Times 147-161",
        ])
        XCTAssertEqual(found[0].type, .percent)
    }

    func testLowercaseCompoundBeforeANameStaysOutside() {
        let found = entities("The money went to the pro-Clinton Priorities USA Action super PAC, its filings show.")
        let names = found.filter { $0.type.isName }.map(\.name)
        XCTAssertFalse(names.contains { $0.hasPrefix("pro-") })
        XCTAssertTrue(names.contains { $0.hasPrefix("Priorities USA") })
    }

    func testRunOnTextLongerThanADecodingPieceKeepsItsNames() {
        let filler = String(repeating: "and then it went on ", count: 150)
        let text = "Vladimir Putin spoke " + filler + "while Vladimir Putin listened"
        let people = entities(text).filter { $0.type == .person }
        XCTAssertEqual(people.count, 1)
        XCTAssertEqual(people.first?.name, "Vladimir Putin")
        XCTAssertEqual(people.first?.mentions.count, 2)
        XCTAssertGreaterThan(Document(text).sentences[0].tokens.count, EntityTagger.maxChunk)
    }

    func testCurrentSpellingsReadLikeTheOlderOnes() {
        // The training text knows "Kiev" only: "Kyiv" was a person after "said", a company before "'s".
        let found = entities("Kyiv's allies plan to pressure China. Kyiv said it would respond. The Kyiv Post reported it.")
        XCTAssertEqual(found.filter { $0.type.isName }.map(summary), [
            "E1 GPE Kyiv 0-4,38-42",
            "E2 GPE China 31-36",
            "E3 ORG Kyiv Post 70-79",
        ])
        XCTAssertEqual(entities("Officials in Mumbai said so.").filter { $0.type == .gpe }.map(\.name), ["Mumbai"])
    }

    func testRespellingKeepsTheWordsCaseAndLeavesOthersAlone() {
        let variants = SpellingVariants(text: "# comment\nKyiv\tKiev\nbroken line\n")
        let doc = Document("KYIV Kyiv kyiv Paris")
        let p = TokenProfile(doc, gazetteer: Gazetteer(), clusters: WordClusters(), spellings: variants)
        XCTAssertEqual(p.word[0], FeatureHash.string("KIEV", lower: false))
        XCTAssertEqual(p.word[1], FeatureHash.string("Kiev", lower: false))
        XCTAssertEqual(p.word[2], FeatureHash.string("kiev", lower: false))
        XCTAssertEqual(p.lower[1], FeatureHash.string("kiev", lower: true))
        XCTAssertEqual(p.word[3], FeatureHash.string("Paris", lower: false))
    }

    func testAHyphenatedPairOfPeopleIsTwoPeople() {
        let found = entities("Vladimir Putin met Kim Jong Un. The growing Putin-Kim alliance worries Beijing.")
        XCTAssertEqual(found.filter { $0.type.isName }.map(summary), [
            "E1 PERSON Vladimir Putin 0-14,44-49",
            "E2 PERSON Kim Jong Un 19-30,50-53",
            "E3 GPE Beijing 71-78",
        ])
        // Not a pair: a double-barrelled name, and halves the document does not name in full.
        let barrelled = entities("Boutros Boutros-Ghali spoke. Later Boutros-Ghali left.").filter { $0.type == .person }
        XCTAssertEqual(barrelled.map(\.name), ["Boutros Boutros-Ghali"])
        XCTAssertFalse(entities("Vladimir Putin spoke of the Harper-Collins deal.").contains { $0.name == "Harper" || $0.name == "Collins" })
    }
}
