import BylineStore
import XCTest

/// Issue 11.1: which names become one identity across articles, and which never do.
final class PersonLinkerTests: XCTestCase {
    private var directory = MemoryPeopleDirectory()

    /// Links one article's speakers (people unless said otherwise); returns their ids.
    private func article(_ names: [String], kind: PeopleKind = .person) throws -> [Int64?] {
        try PersonLinker().link(names.map { PersonLinker.Name(kind: kind, name: $0) }, in: &directory)
    }

    func testTitlesAreStrippedSoEveryFormOfANameIsOnePerson() throws {
        let a = try article(["Lin Jian"])[0]
        let b = try article(["Chinese Foreign Ministry spokesperson Lin Jian"])[0]
        let c = try article(["Foreign Minister Wang Yi", "Lin"])
        XCTAssertEqual(a, b)
        XCTAssertEqual(c[1], a, "a bare surname known to one person only joins them")
        XCTAssertNotEqual(c[0], a)
        XCTAssertEqual(directory.names[a!], "Lin Jian")
        XCTAssertEqual(PersonName("Chinese Foreign Ministry spokesperson Lin Jian")?.title, "Chinese Foreign Ministry spokesperson")
    }

    func testTitleChangesKeepTheSamePerson() throws {
        let before = try article(["Vice President Kamala Harris"])[0]
        let after = try article(["President Kamala Harris"])[0]
        let plain = try article(["Kamala Harris"])[0]
        XCTAssertEqual(before, after)
        XCTAssertEqual(after, plain)
        XCTAssertEqual(PersonName("Secretary of State Antony Blinken")?.display, "Antony Blinken")
    }

    func testTwoKimsNeverMergeAndABareKimJoinsNeither() throws {
        let un = try article(["Kim Jong Un"])[0]
        let yo = try article(["Kim Yo Jong"])[0]
        XCTAssertNotEqual(un, yo)
        XCTAssertEqual(try article(["North Korean leader Kim Jong-un"])[0], un, "hyphenated romanisation")
        let bare = try article(["Kim"])[0]
        XCTAssertNotEqual(bare, un)
        XCTAssertNotEqual(bare, yo)
        let withSister = try article(["Kim Yo Jong", "Kim"])
        XCTAssertEqual(withSister[1], yo, "in her own article, the bare Kim is the Kim the article names")
    }

    func testSharedSurnamesStayApartAcrossTheLibrary() throws {
        let john = try article(["John Smith"])[0]
        XCTAssertEqual(try article(["Smith"])[0], john, "one Smith in the library")
        let jane = try article(["Jane Smith"])[0]
        XCTAssertNotEqual(john, jane)
        let bare = try article(["Smith"])[0]
        XCTAssertNotEqual(bare, john, "two Smiths now: a bare Smith is neither")
        XCTAssertNotEqual(bare, jane)
    }

    func testInitialsJoinTheOnePersonTheyFit() throws {
        let john = try article(["John Smith"])[0]
        XCTAssertEqual(try article(["J. Smith"])[0], john)
        _ = try article(["Jane Smith"])
        let ambiguous = try article(["J. Smith"])[0]
        XCTAssertEqual(ambiguous, john, "the form once linked stays linked")
        let other = try article(["A. Jones"])[0]
        XCTAssertEqual(try article(["Alan Jones", "A. Jones"])[1], try article(["Alan Jones"])[0], "within an article, the initial is its full name")
        XCTAssertNotNil(other)
    }

    func testTransliterationVariantsAndDiacriticsFold() throws {
        let z = try article(["Volodymyr Zelensky"])[0]
        XCTAssertEqual(try article(["Volodymyr Zelenskyy"])[0], z)
        XCTAssertEqual(try article(["Volodymyr Zelenskiy"])[0], z)
        let m = try article(["Mohammed bin Salman"])[0]
        XCTAssertEqual(try article(["Crown Prince Muhammad bin Salman"])[0], m)
        let i = try article(["Inês Matos"])[0]
        XCTAssertEqual(try article(["Ines Matos"])[0], i)
        XCTAssertEqual(try article(["Ursula von der Leyen"])[0], try article(["Commission President Ursula von der Leyen"])[0],
                       "name particles are not titles")
    }

    func testOrganisationsAndOutletsLinkByFullNameInTheirOwnKind() throws {
        let reuters = try article(["Reuters"], kind: .outlet)[0]
        XCTAssertEqual(try article(["reuters"], kind: .outlet)[0], reuters)
        let ministry = try article(["The Foreign Ministry"], kind: .organisation)[0]
        XCTAssertEqual(try article(["Foreign Ministry"], kind: .organisation)[0], ministry)
        XCTAssertNotEqual(try article(["Reuters"], kind: .person)[0], reuters, "kinds never mix")
    }

    func testANameWithNothingNameLikeIsLeftOut() throws {
        XCTAssertEqual(try article(["", "   "]), [nil, nil])
    }
}
