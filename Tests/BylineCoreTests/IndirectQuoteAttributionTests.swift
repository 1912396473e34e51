import XCTest
@testable import BylineCore

final class IndirectQuoteAttributionTests: XCTestCase {
    func testSpeakerSaidThatClauseDropsThat() {
        let run = AttributionRun("The mayor had said that the tunnel would close for repairs.")
        let q = run.quotes.first
        XCTAssertEqual(q?.kind, .indirect)
        XCTAssertEqual(q?.content.text, "the tunnel would close for repairs")
        XCTAssertEqual(q?.cue?.text, "said")
        XCTAssertEqual(q?.speaker?.mention?.text, "The mayor")
    }

    func testContentFirstThenSpeakerAndCue() {
        let run = AttributionRun("The tunnel will close for repairs in June, Ines Park said.")
        let q = run.quotes.first
        XCTAssertEqual(q?.content.text, "The tunnel will close for repairs in June")
        XCTAssertEqual(q?.speaker?.name, "Ines Park")
    }

    func testAModifiedReportIsANounNotACue() {
        let run = AttributionRun("According to a leaked report, the dam is unsafe.")
        XCTAssertEqual(run.quotes.map(\.content.text), ["the dam is unsafe"])
        XCTAssertEqual(run.quotes.first?.cue?.text, "According to")
        XCTAssertEqual(run.quotes.first?.speaker?.mention?.text, "a leaked report")
    }

    func testAccordingToAtTheStartAndAtTheEnd() {
        let run = AttributionRun("According to two officials, the talks collapsed overnight. The deal is off, according to a senior aide.")
        XCTAssertEqual(run.quotes.count, 2)
        guard run.quotes.count == 2 else { return }
        XCTAssertEqual(run.quotes[0].content.text, "the talks collapsed overnight")
        XCTAssertEqual(run.quotes[0].cue?.text, "According to")
        XCTAssertEqual(run.quotes[0].speaker?.mention?.text, "two officials")
        XCTAssertEqual(run.quotes[1].content.text, "The deal is off")
        XCTAssertEqual(run.quotes[1].speaker?.mention?.text, "a senior aide")
        XCTAssertEqual(run.source(id: run.quotes[1].source)?.kind, .anonymous)
    }

    func testCognitionVerbReportsABelief() {
        let run = AttributionRun("The analysts believe that inflation will ease next year.")
        XCTAssertEqual(run.quotes.first?.content.text, "inflation will ease next year")
        XCTAssertEqual(run.quotes.first?.cue?.text, "believe")
    }

    func testAssessmentIndicatesThatIsADocumentSource() {
        let run = AttributionRun("A Nordic ministry’s assessment indicates that the fleet is probably too small.")
        let q = run.quotes.first
        XCTAssertEqual(q?.content.text, "the fleet is probably too small")
        XCTAssertEqual(q?.cue?.text, "indicates")
        XCTAssertEqual(q?.speaker?.name, "A Nordic ministry’s assessment")
        XCTAssertEqual(run.source(id: q?.source)?.kind, .document)
    }

    func testTwoAttributionsInOneSentenceSplitTheContent() {
        let run = AttributionRun("Vera Kohl said the budget was final, though she acknowledged it was late.")
        XCTAssertEqual(run.quotes.count, 2)
        guard run.quotes.count == 2 else { return }
        XCTAssertEqual(run.quotes[0].content.text, "the budget was final")
        XCTAssertEqual(run.quotes[1].content.text, "it was late")
        XCTAssertEqual(run.quotes[1].speaker?.mention?.text, "she")
    }

    func testParticipleCueKeepsTheSubjectAsSpeaker() {
        let run = AttributionRun("The ministry denied sending troops, insisting that its forces stayed home.")
        XCTAssertEqual(run.quotes.count, 2)
        guard run.quotes.count == 2 else { return }
        XCTAssertEqual(run.quotes[0].content.text, "sending troops")
        XCTAssertEqual(run.quotes[0].cue?.text, "denied")
        XCTAssertEqual(run.quotes[1].content.text, "its forces stayed home")
        XCTAssertEqual(run.quotes[1].cue?.text, "insisting")
        XCTAssertEqual(run.quotes[1].speaker?.mention?.text, "The ministry")
    }

    func testNounReadingsOfCueWordsAreNotCues() {
        let run = AttributionRun("The report was long. His claims about the suing states were dull.")
        XCTAssertEqual(run.quotes, [])
    }
}

/// Speech, stances and intentions reported without quotation marks, one row per pattern:
/// the content the sentence reports, its cue and speaker (nil where the text names none),
/// and fragments that must lie in no content.
final class UnquotedSpeechTests: XCTestCase {
    struct Row {
        let text: String
        let content: String
        let cue: String
        let speaker: String?
        var outside: [String] = []
    }

    static let rows: [Row] = [
        // A lead phrase before the speaker, a clause after the cue: the clause is reported.
        Row(text: "Despite the negative coverage, local officials said they welcome the attention.",
            content: "they welcome the attention", cue: "said", speaker: "local officials", outside: ["Despite"]),
        Row(text: "On the flight home, Ana Ribeiro said the talks had gone better than expected.",
            content: "the talks had gone better than expected", cue: "said", speaker: "Ana Ribeiro", outside: ["flight"]),
        // A short tail after the cue keeps the content before it.
        Row(text: "The plan will fail, the senator said on Thursday.", content: "The plan will fail", cue: "said",
            speaker: "the senator"),
        // A medial attribution: both halves are reported, as two statements.
        Row(text: "If the bill passes, he said, the state would lose millions.", content: "the state would lose millions",
            cue: "said", speaker: "he"),
        // Stances and intentions whose complement is "to" and a verb.
        Row(text: "Several delegates declined to comment on the vote.", content: "to comment on the vote", cue: "declined",
            speaker: "Several delegates"),
        Row(text: "The governor vowed to veto any tax increase.", content: "to veto any tax increase", cue: "vowed",
            speaker: "The governor"),
        Row(text: "The mayor sought to reassure the investors.", content: "to reassure the investors", cue: "sought",
            speaker: "The mayor"),
        // Wants and agreements: the complement is the stance.
        Row(text: "The mayor wants to close the harbour by June.", content: "to close the harbour by June", cue: "wants",
            speaker: "The mayor"),
        Row(text: "Both unions agreed to delay the strike until May.", content: "to delay the strike until May", cue: "agreed",
            speaker: "Both unions"),
        // The progressive is no passive: "is seeking", "was saying".
        Row(text: "The governor is seeking to reassure the investors.", content: "to reassure the investors", cue: "seeking",
            speaker: "The governor"),
        Row(text: "The senator was saying that the levy would fail.", content: "the levy would fail", cue: "saying",
            speaker: "The senator"),
        // The object of the cue's preposition, to the clause's end.
        Row(text: "Ana Ribeiro called on the council to reopen the harbour, a plea it ignored.",
            content: "the council to reopen the harbour", cue: "called", speaker: "Ana Ribeiro", outside: ["plea"]),
        Row(text: "The senator paused, referring to the ruling on the levy.", content: "the ruling on the levy",
            cue: "referring", speaker: "The senator"),
        // The "that" clause of a stance noun, to the clause's end; no possessor, no speaker.
        Row(text: "The levy passed amid concerns that freight would leave the harbour, and the port closed.",
            content: "freight would leave the harbour", cue: "concerns", speaker: nil),
        // A stance whose object is the content.
        Row(text: "Two senators rejected the proposal for a new tax.", content: "the proposal for a new tax", cue: "rejected",
            speaker: "Two senators"),
        // Raising verbs: the subject and its complement, no source.
        Row(text: "The House is expected to pass the bill later this week.", content: "The House is expected to pass the bill",
            cue: "expected", speaker: nil),
        Row(text: "Both objections seemed to carry little weight.", content: "Both objections seemed to carry little weight",
            cue: "seemed", speaker: nil),
    ]

    func testRows() {
        for row in Self.rows {
            let run = AttributionRun(row.text)
            guard let q = run.quote(containing: row.content) else {
                XCTFail("no quote with “\(row.content)” in \(run.quotes.map(\.content.text))")
                continue
            }
            XCTAssertEqual(q.kind, .indirect, row.text)
            XCTAssertEqual(q.cue?.text, row.cue, row.text)
            XCTAssertEqual(q.speaker?.mention?.text, row.speaker, row.text)
            for fragment in row.outside {
                XCTAssertFalse(run.quotes.contains { $0.content.text.contains(fragment) }, "“\(fragment)” reported in \(row.text)")
            }
            run.assertOffsets()
        }
    }

    /// Words that only look like raising verbs or infinitives are no cue: an appearance on
    /// television, "to" before a name or a description.
    func testLookalikesAreNotReported() {
        for text in ["The senator appeared on CNN on Sunday.", "He pointed to China as the regional enforcer.",
                     "The mayor appeared at a rally in Iowa.",
                     // Not every title-case cue or "Name:" speaks: a label before a colon, a possessive before the cue.
                     "The Latest: Ribeiro visits the harbour.\n\nThe minister spoke.",
                     "Watch: Harbour Levy Vote Goes To The Wire.\n\nThe minister spoke.",
                     "Ribeiro’s Claims About The Harbour Inquiry.\n\nThe minister spoke.",
                     // "asked" with neither "about" nor a question word reports no question.
                     "The mayor asked for a recount.",
                     // A noun or a passive before the preposition is no cue.
                     "His calls for a new levy went unheard.",
                     // A stance noun before "that" and no clause.
                     "The minister sent a warning that day.", "Texas was called for Ted Cruz within minutes."] {
            XCTAssertEqual(AttributionRun(text).quotes.map(\.content.text), [], text)
        }
    }

    /// A sentence's first word, capitalised only for opening it, is no antecedent for the
    /// pronoun that speaks later in the sentence.
    func testASentencesFirstWordIsNoAntecedent() {
        let run = AttributionRun("The mayor met the port staff on Thursday. Outright victory is vital, he said after the meeting.")
        let quote = run.quotes.first { $0.content.text.contains("victory is vital") }
        XCTAssertNotNil(quote)
        XCTAssertNotEqual(quote?.speaker?.name, "Outright")
    }

    /// The word that opens a sentence, written in lower case elsewhere, is no name; a noun
    /// that speaks ("Police said") still is.
    func testASentencesCapitalisedFirstWordIsNoName() {
        let run = AttributionRun("Border agents stopped thousands of families at the border, most of them seeking asylum.")
        let quote = run.quotes.first { $0.content.text.contains("asylum") }
        XCTAssertNotNil(quote)
        XCTAssertNil(quote?.speaker?.name)
        let police = AttributionRun("Police said the harbour was closed. The police closed it at noon.")
        XCTAssertEqual(police.quotes.first?.speaker?.name, "Police")
    }

    /// A raising verb inside a clause another cue reports belongs to that report.
    func testRaisingVerbInsideAReportIsPartOfIt() {
        let run = AttributionRun("Ana Ribeiro said the plan seemed to work in most districts.")
        XCTAssertEqual(run.quotes.map(\.cue?.text), ["said"])
        XCTAssertEqual(run.quotes.first?.content.text, "the plan seemed to work in most districts")
    }

    /// A statement split by a medial attribution gives two statements, one cue and one speaker.
    func testMedialAttributionGivesTwoStatements() {
        let run = AttributionRun("The two cities, Xi said, now have a golden opportunity to trade.")
        XCTAssertEqual(run.quotes.map(\.content.text), ["The two cities", "now have a golden opportunity to trade"])
        XCTAssertEqual(Set(run.quotes.compactMap(\.cue?.start)).count, 1)
        XCTAssertEqual(Set(run.quotes.compactMap(\.source)).count, 1)
    }
}
