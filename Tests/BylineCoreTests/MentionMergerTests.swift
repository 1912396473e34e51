import XCTest
@testable import BylineCore

/// One entity per referent: aliases, surnames, bracketed acronyms, longest names.
final class MentionMergerTests: XCTestCase {
    private let merger = MentionMerger(aliases: NameAliases(text: "United States|US|USA|America\nGroup of Twenty|G20"))

    /// Mentions of `names` (each the n-th occurrence of its text in order) typed as given.
    private func mentions(_ doc: Document, _ names: [(String, EntityType)]) -> [NameMention] {
        var from = 0
        var out: [NameMention] = []
        for (name, type) in names {
            let target = Array(name.unicodeScalars)
            let s = doc.text.scalars
            var start = from
            while start + target.count <= s.count && Array(s[start..<(start + target.count)]) != target { start += 1 }
            precondition(start + target.count <= s.count, "\(name) not found")
            let end = start + target.count
            let first = doc.tokenIndex(at: start)
            var last = first
            while last < doc.tokens.count && doc.tokens[last].end <= end { last += 1 }
            out.append(NameMention(tokens: first..<last, start: start, end: end, text: name, type: type))
            from = end
        }
        return out
    }

    func testFullNameThenSurnameFirstIsOneEntity() {
        let doc = Document("A briefing by Lin Jian was held. Lin said no. Then Lin left.")
        let entities = merger.merge(mentions(doc, [("Lin Jian", .person), ("Lin", .person), ("Lin", .person)]), doc: doc)
        XCTAssertEqual(entities.count, 1)
        XCTAssertEqual(entities[0].name, "Lin Jian")
        XCTAssertEqual(entities[0].type, .person)
        XCTAssertEqual(entities[0].mentions.map(\.text), ["Lin Jian", "Lin", "Lin"])
        XCTAssertEqual(entities[0].mentions.map(\.start), [14, 33, 51])
    }

    func testSurnameJoinsTheLatestFullNameBeforeItOnATie() {
        let doc = Document("Joe Biden met Hunter Biden. Biden spoke. Vladimir Putin listened; Putin left.")
        let entities = merger.merge(mentions(doc, [("Joe Biden", .person), ("Hunter Biden", .person), ("Biden", .person),
                                                   ("Vladimir Putin", .person), ("Putin", .person)]), doc: doc)
        XCTAssertEqual(entities.map(\.name), ["Joe Biden", "Hunter Biden", "Vladimir Putin"])
        XCTAssertEqual(entities.map { $0.mentions.map(\.text) }, [["Joe Biden"], ["Hunter Biden", "Biden"], ["Vladimir Putin", "Putin"]])
    }

    func testSurnameJoinsTheMostMentionedNamesakeNotAnAside() {
        let doc = Document("Hillary Clinton spoke. Clinton said yes. Her daughter, Chelsea Clinton, listened. Clinton then left.")
        let entities = merger.merge(mentions(doc, [("Hillary Clinton", .person), ("Clinton", .person), ("Chelsea Clinton", .person),
                                                   ("Clinton", .person)]), doc: doc)
        XCTAssertEqual(entities.map(\.name), ["Hillary Clinton", "Chelsea Clinton"])
        XCTAssertEqual(entities.map { $0.mentions.map(\.text) }, [["Hillary Clinton", "Clinton", "Clinton"], ["Chelsea Clinton"]])
    }

    func testSurnameMetBeforeTheFullNameJoinsIt() {
        let doc = Document("BIDEN SAYS NO\nJoe Biden said no on Monday.")
        let entities = merger.merge(mentions(doc, [("BIDEN", .person), ("Joe Biden", .person)]), doc: doc)
        XCTAssertEqual(entities.count, 1)
        XCTAssertEqual(entities[0].name, "Joe Biden")
        XCTAssertEqual(entities[0].mentions.map(\.text), ["BIDEN", "Joe Biden"])
    }

    func testUnitedStatesAliasesAreOneEntityWithTheLongestName() {
        let doc = Document("The US and the U.S. Army. Later the United States said so, and America agreed.")
        let entities = merger.merge(mentions(doc, [("US", .gpe), ("U.S.", .gpe), ("United States", .gpe), ("America", .gpe)]), doc: doc)
        XCTAssertEqual(entities.count, 1)
        XCTAssertEqual(entities[0].name, "United States")
        XCTAssertEqual(entities[0].type, .gpe)
        XCTAssertEqual(entities[0].mentions.map(\.text), ["US", "U.S.", "United States", "America"])
    }

    func testBracketedAcronymJoinsTheNameBeforeIt() {
        let doc = Document("at the Group of Twenty (G20) summit, the G20 will meet")
        let entities = merger.merge(mentions(doc, [("Group of Twenty", .org), ("G20", .org), ("G20", .org)]), doc: doc)
        XCTAssertEqual(entities.count, 1)
        XCTAssertEqual(entities[0].name, "Group of Twenty")
        XCTAssertEqual(entities[0].mentions.count, 3)
    }

    func testDifferentPeopleSharingNoNameStayApart() {
        let doc = Document("Xi Jinping and Kim Jong Un met. Xi spoke, then Kim.")
        let entities = merger.merge(mentions(doc, [("Xi Jinping", .person), ("Kim Jong Un", .person), ("Xi", .person), ("Kim", .person)]), doc: doc)
        XCTAssertEqual(entities.map(\.name), ["Xi Jinping", "Kim Jong Un"])
        XCTAssertEqual(entities.map { $0.mentions.map(\.text) }, [["Xi Jinping", "Xi"], ["Kim Jong Un", "Kim"]])
    }

    func testTypeIsTheMajorityOfMentionsAndClassesStayApart() {
        let doc = Document("Jordan won. Jordan lost. Jordan drew. Jordan said.")
        let entities = merger.merge(mentions(doc, [("Jordan", .loc), ("Jordan", .gpe), ("Jordan", .gpe), ("Jordan", .person)]), doc: doc)
        XCTAssertEqual(entities.count, 2)
        XCTAssertEqual(entities[0].type, .gpe)
        XCTAssertEqual(entities[0].mentions.map(\.start), [0, 12, 25])
        XCTAssertEqual(entities[1].type, .person)
    }

    /// Names meet on a normal form: lowercase, no full stops, spaces and hyphens as single
    /// spaces, no leading "the"; ASCII names and others alike.
    func testNormalFormOfNames() {
        XCTAssertEqual(NameAliases.normalize("The U.S.-led  Coalition "), "us led coalition")
        XCTAssertEqual(NameAliases.normalize("the "), "the")
        XCTAssertEqual(NameAliases.normalize("THE\tHague"), "hague")
        XCTAssertEqual(NameAliases.normalize("-Theresa May-"), "theresa may")
        XCTAssertEqual(NameAliases.normalize(""), "")
        XCTAssertEqual(NameAliases.normalize("The Élysée  Palace"), "élysée palace")
        XCTAssertEqual(NameAliases.normalize("Jean‐Luc"), "jean luc")
    }
}
