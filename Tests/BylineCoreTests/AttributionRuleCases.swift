@testable import BylineCore

/// One sentence (or two) per named rule of the attribution stage, with what the rule must
/// make of it. `AttributionRuleTests` runs every row; a rule with no row fails the suite.
enum AttributionRuleCases {
    struct FrameCase {
        let rule: AttributionRule
        let text: String
        /// A fragment of the quote's content that picks the quote out.
        let content: String
        /// The speaker's resolved name, or its mention when no name is resolved.
        let speaker: String?
        /// The cue's text, when the case pins it.
        var cue: String? = nil
    }

    static let frames: [FrameCase] = [
        FrameCase(rule: .dashSignature, text: "“Hope is not a plan.” ― Julie Diaz", content: "Hope is not", speaker: "Julie Diaz"),
        FrameCase(rule: .colonSpeaker, text: "Kerry: “By law, the ships must stay in port.”", content: "ships must stay", speaker: "Kerry"),
        FrameCase(rule: .accordingTo, text: "According to two officials, the talks collapsed on Friday.", content: "talks collapsed",
                  speaker: "two officials"),
        FrameCase(rule: .citing, text: "The ministry raised its growth forecast, citing Reuters.", content: "raised its growth",
                  speaker: "Reuters"),
        FrameCase(rule: .asReportedBy, text: "The plant will close in June, as reported by the Herald.", content: "plant will close",
                  speaker: "Herald"),
        FrameCase(rule: .inverted, text: "“We are not done,” said Maria Lopez.", content: "We are not done", speaker: "Maria Lopez"),
        FrameCase(rule: .inverted, text: "“The levy will not hold,” said former harbour master Tom Bell.", content: "levy will not hold",
                  speaker: "Tom Bell"),
        FrameCase(rule: .inverted, text: "“Prices fell again this morning,” said one dealer.", content: "Prices fell again",
                  speaker: "one dealer"),
        FrameCase(rule: .contentLast, text: "“We will comply with the order,” State spokesman Tom Bell said on Friday.",
                  content: "comply with the order", speaker: "Tom Bell"),
        FrameCase(rule: .participle, text: "Tom Bell defended the plan on Tuesday, saying it would cut flooding in half.",
                  content: "cut flooding", speaker: "Tom Bell"),
        FrameCase(rule: .coordinatedVerb, text: "Tom Bell bemoaned the unrest and said the city needed more police officers.",
                  content: "city needed", speaker: "Tom Bell"),
        FrameCase(rule: .apposition, text: "Michael McFaul, a senior fellow at the Hoover Institution, said the sanctions would bite.",
                  content: "sanctions would bite", speaker: "Michael McFaul"),
        FrameCase(rule: .apposition, text: "Rosa Delgado, of Dayton, Ohio, said the plant would close by June.", content: "plant would close",
                  speaker: "Rosa Delgado"),
        FrameCase(rule: .apposition, text: "Ana Ruiz, speaking to reporters on her plane, said the board had settled the matter.",
                  content: "board had settled", speaker: "Ana Ruiz"),
        FrameCase(rule: .apposition, text: "Tom Bell, ex-chief economic adviser to the Treasury, said the plan was “simply not credible.”",
                  content: "simply not credible", speaker: "Tom Bell"),
        // A described source or document speaks across a relative clause ("which", "who") after it.
        FrameCase(rule: .apposition,
                  text: "The Daybreak tracking poll, which tracks support for the candidates daily, showed that Ruiz is leading Ortiz.",
                  content: "Ruiz is leading", speaker: "The Daybreak tracking poll"),
        FrameCase(rule: .apposition,
                  text: "The Harbor State University Daybreak tracking poll, which tracks voters, showed that Ruiz is leading Ortiz.",
                  content: "Ruiz is leading", speaker: "The Harbor State University Daybreak tracking poll"),
        FrameCase(rule: .apposition,
                  text: "A White House official, who requested anonymity to discuss a private talk, said the vote would come in April.",
                  content: "vote would come", speaker: "A White House official"),
        FrameCase(rule: .absoluteConstruction, text: "Averages show Ruiz with a narrow lead, with Harborview showing her ahead 3 points.",
                  content: "her ahead 3 points", speaker: "Harborview"),
        // A roundup that leaves out the repeated participle: each name with its figure.
        FrameCase(rule: .absoluteConstruction,
                  text: "Averages show Ruiz with a narrow lead, with Harborview showing her ahead 3 points, Polltrack 4.3 points and Vantage 2.1 points.",
                  content: "4.3 points", speaker: "Polltrack"),
        FrameCase(rule: .absoluteConstruction, text: "With the ministry saying the dam is safe, the town stayed put on Monday night.",
                  content: "dam is safe", speaker: "the ministry"),
        // An anonymous source before a restrictive "who" speaks for the relative clause's cue.
        FrameCase(rule: .speakerFirst, text: "Tom Bell said that he had a well-placed source who told him the mill would close.",
                  content: "mill would close", speaker: "a well-placed source"),
        FrameCase(rule: .documentParticiple, text: "A Quinnipiac University poll released on Monday found that most voters oppose the plan.",
                  content: "most voters oppose", speaker: "A Quinnipiac University poll"),
        // A capitalised word inside the participle's phrase is not the subject.
        FrameCase(rule: .documentParticiple, text: "A Gallup poll released in late August found that most voters oppose the plan.",
                  content: "most voters oppose", speaker: "A Gallup poll"),
        FrameCase(rule: .contentLast, text: "The barrier will be finished by 2030, Ana Ribeiro said.", content: "barrier will be finished",
                  speaker: "Ana Ribeiro"),
        // A manner of speaking after the quotation ("shot back", "pressed", "went on"): a weak cue.
        FrameCase(rule: .contentLast, text: "“They are all here for the free food,” Ana Ruiz shot back with a laugh.",
                  content: "free food", speaker: "Ana Ruiz"),
        FrameCase(rule: .previousQuotation, text: "“How long must we wait?” Ben Ortiz asked.", content: "How long", speaker: "Ben Ortiz"),
        FrameCase(rule: .speakerFirst, text: "Ana Ribeiro said the cabinet would vote on the project in April.", content: "cabinet would vote",
                  speaker: "Ana Ribeiro"),
        // The clause running into a quotation is part of the content; a tail before the mark is not.
        FrameCase(rule: .speakerFirst, text: "Ana Ribeiro said river towns have been “galvanized and mobilized” by the floods.",
                  content: "river towns have been “galvanized", speaker: "Ana Ribeiro", cue: "said"),
        // "A review of court records indicates": the document, not what it reviewed.
        FrameCase(rule: .speakerFirst, text: "A review of court records indicates that the firm paid no tax.", content: "firm paid no tax",
                  speaker: "A review of court records"),
        FrameCase(rule: .speakerFirst, text: "Ana Ribeiro said it would tell the story of the valley and its people.",
                  content: "it would tell", speaker: "Ana Ribeiro"),
        FrameCase(rule: .speakerFirst, text: "The mayor told voters this week he would consider it “a personal insult” if they stayed home.",
                  content: "he would consider", speaker: "The mayor"),
        FrameCase(rule: .speakerFirst, text: "Tom Bell on Monday said the dam would be finished by 2030.", content: "dam would be finished",
                  speaker: "Tom Bell"),
        FrameCase(rule: .speakerFirst, text: "Ana Ruiz in a statement said the levy would rise in April.", content: "levy would rise",
                  speaker: "Ana Ruiz"),
        FrameCase(rule: .speakerFirst, text: "A Conservative think tank said the levy would be “a disaster for small firms.”",
                  content: "levy would be “a disaster", speaker: "A Conservative think tank"),
        // "As X, a description, put it:": "as" opens the clause before the name.
        FrameCase(rule: .apposition, text: "Or, as Tom Bell, a former harbour master, put it: “The tide no longer waits for anyone.”",
                  content: "tide no longer waits", speaker: "Tom Bell"),
        FrameCase(rule: .apposition, text: "As Ana Ruiz, a geologist at the harbour board, noted, “The dam was never meant to last.”",
                  content: "never meant to last", speaker: "Ana Ruiz"),
        FrameCase(rule: .speakerFirst, text: "As the Herald's Ana Ruiz puts it, “The council is unmoved and the voters are tired.”",
                  content: "council is unmoved", speaker: "Ana Ruiz"),
        // Stance verbs (stance-lemmas.txt): the object is the attributed content.
        FrameCase(rule: .speakerFirst, text: "Tom Bell cited a new poll of river towns on Tuesday.", content: "a new poll",
                  speaker: "Tom Bell", cue: "cited"),
        FrameCase(rule: .speakerFirst, text: "Ana Ruiz blasted the council over the budget.", content: "the council over",
                  speaker: "Ana Ruiz", cue: "blasted"),
        FrameCase(rule: .speakerFirst, text: "Most river voters prefer Ana Ruiz to Tom Bell.", content: "Ana Ruiz to",
                  speaker: "Most river voters", cue: "prefer"),
        FrameCase(rule: .speakerFirst, text: "Tom Bell discussed the levy with reporters.", content: "the levy",
                  speaker: "Tom Bell", cue: "discussed"),
        FrameCase(rule: .speakerFirst, text: "Ana Ruiz mocked the plan on Friday.", content: "the plan",
                  speaker: "Ana Ruiz", cue: "mocked"),
        FrameCase(rule: .speakerFirst, text: "Tom Bell encouraged residents to vote early.", content: "residents to vote",
                  speaker: "Tom Bell", cue: "encouraged"),
        FrameCase(rule: .speakerFirst, text: "Ana Ruiz favors a higher levy.", content: "a higher levy",
                  speaker: "Ana Ruiz", cue: "favors"),
        FrameCase(rule: .speakerFirst, text: "Tom Bell outlined a plan to rebuild the dam.", content: "a plan to rebuild",
                  speaker: "Tom Bell", cue: "outlined"),
        FrameCase(rule: .possessiveDescription, text: "“The port will open in May,” Mayor Ana Ruiz's spokesman, Tom Bell, wrote on Twitter.",
                  content: "port will open", speaker: "Tom Bell"),
        FrameCase(rule: .possessiveDescription, text: "“We had hoped for more,” Ana Ruiz's campaign manager, Ben Ortiz, said in an interview.",
                  content: "hoped for more", speaker: "Ben Ortiz"),
        FrameCase(rule: .possessiveDescription, text: "The harbour board's chief engineer, Lin Jian, said the dam would hold.",
                  content: "dam would hold", speaker: "Lin Jian"),
        FrameCase(rule: .documentNoun, text: "“We need every vote in the valley this week,” the email said.", content: "every vote",
                  speaker: "the email"),
        FrameCase(rule: .documentNoun, text: "One tweet said: “The levy is a disgrace and the council knows it.”", content: "levy is a disgrace",
                  speaker: "One tweet"),
        FrameCase(rule: .documentNoun, text: "The internal report stated that the dam had not been inspected since 2010.",
                  content: "dam had not been inspected", speaker: "The internal report"),
        FrameCase(rule: .leadIn, text: "“The dam is safe,” Ana Ruiz said on Monday. But, she added, “the levy will have to rise next year.”",
                  content: "levy will have to rise", speaker: "Ana Ruiz"),
        FrameCase(rule: .leadIn, text: "“We are ready,” Tom Bell said. After all, he says, “nobody else wanted the job in the first place.”",
                  content: "nobody else wanted", speaker: "Tom Bell"),
        FrameCase(rule: .medial, text: "The two cities, Ana Ribeiro said, now have a chance to share the new port.",
                  content: "now have a chance", speaker: "Ana Ribeiro"),
        FrameCase(rule: .raisingVerb, text: "The council seemed ready to approve the new budget.", content: "approve the new budget",
                  speaker: nil),
        FrameCase(rule: .headlineColon, text: "Ribeiro: No outside influence on the harbour inquiry.\n\nThe minister spoke on Monday.",
                  content: "No outside influence", speaker: "Ribeiro"),
        FrameCase(rule: .headlineCue, text: "Ana Ribeiro Says The Harbour Will Reopen In June.\n\nThe minister spoke on Monday.",
                  content: "The Harbour Will Reopen", speaker: "Ana Ribeiro"),
        FrameCase(rule: .reportedQuestion, text: "When asked about the new levy, the minister said it was fair.",
                  content: "the new levy", speaker: nil),
        FrameCase(rule: .reportedQuestion, text: "A reporter asked Ribeiro whether the harbour would reopen in June.",
                  content: "the harbour would reopen", speaker: "A reporter"),
        FrameCase(rule: .reportedQuestion, text: "Asked how the levy would be paid, the minister left the room.",
                  content: "how the levy would be paid", speaker: nil),
        FrameCase(rule: .prepositionalCue, text: "The mayor called for a new levy on harbour freight.",
                  content: "a new levy on harbour freight", speaker: "The mayor"),
        FrameCase(rule: .nounComplement, text: "Ribeiro's insistence that the harbour will reopen in June worried the council.",
                  content: "the harbour will reopen in June", speaker: "Ribeiro"),
        FrameCase(rule: .distantSubject,
                  text: "Six newspapers in the valley, including the Harbour Herald, said the levy was unfair.",
                  content: "the levy was unfair", speaker: "Six newspapers in the valley"),
        FrameCase(rule: .embeddedQuotation, text: "Tom Bell recited “the hateful ideology of the gunman” on Monday.",
                  content: "hateful ideology", speaker: "Tom Bell"),
        FrameCase(rule: .inherited, text: "“This is wrong,” Lin Jian remarked. “We will keep talking to all sides until it ends.”",
                  content: "keep talking", speaker: "Lin Jian", cue: "remarked"),
        // A quotation going on sentences or a paragraph later keeps the cue that opened it.
        FrameCase(rule: .inherited,
                  text: "“This is wrong,” Lin Jian remarked. The talks resumed on Monday.\n\n“We will keep talking to all sides until it ends.”",
                  content: "keep talking", speaker: "Lin Jian", cue: "remarked"),
        FrameCase(rule: .inheritedFromQuotation,
                  text: "“Prices are up a little,” said Tom Bell, who noted that sales had been slow for years. “Things are moving in the right direction.”",
                  content: "moving in the right", speaker: "Tom Bell", cue: "said"),
        // A nested frame with no quotation before it leaves the plain inheritance.
        FrameCase(rule: .inherited,
                  text: "Tom Bell said on Monday that sales had been slow for years. “Things are moving in the right direction.”",
                  content: "moving in the right", speaker: "Tom Bell", cue: "said"),
        FrameCase(rule: .unattributed, text: "“Nothing in this report will change the way the city floods every single winter.”",
                  content: "Nothing in this", speaker: nil),
    ]

    struct SpeakerCase {
        let rule: SpeakerRule
        let text: String
        let content: String
        let speaker: String?
        /// Run the whole analyser (the recogniser's entities matter to the rule) instead of the attribution stage alone.
        var withEntities = false
    }

    static let speakers: [SpeakerCase] = [
        SpeakerCase(rule: .pronounRecentSpeaker, text: "Ana Ribeiro said the plan was ready. She said the vote would come in April.",
                    content: "vote would come", speaker: "Ana Ribeiro"),
        // A topic set off before the pronoun ("Loyalty, he said, …") is not whom it names.
        SpeakerCase(rule: .pronounRecentSpeaker,
                    text: "“The port is ready,” Tom Bell said. Loyalty, he said, has long been “the first rule” of the harbour board.",
                    content: "first rule", speaker: "Tom Bell"),
        SpeakerCase(rule: .pronounNearestPerson, text: "Ana Ribeiro visited the dam on Monday. She said the barrier was safe for now.",
                    content: "barrier was safe", speaker: "Ana Ribeiro", withEntities: true),
        SpeakerCase(rule: .pronounAntecedent, text: "Ban Ki-moon condemned what he called “a brutal and senseless attack” on Monday.",
                    content: "brutal and senseless", speaker: "Ban Ki-moon"),
        SpeakerCase(rule: .pluralPronoun, text: "Two officials said the plan was ready. They said the vote would come in April.",
                    content: "vote would come", speaker: "Two officials"),
        SpeakerCase(rule: .thingPronoun, text: "The ministry said the data was public. It said the full report would follow in May.",
                    content: "full report would", speaker: "The ministry"),
        SpeakerCase(rule: .unresolvedPronoun, text: "She said the vote would come in April.", content: "vote would come", speaker: "She"),
        SpeakerCase(rule: .possessorOutlet, text: "Bloomberg's article said the deal was close to being signed.", content: "deal was close",
                    speaker: "Bloomberg"),
        SpeakerCase(rule: .possessedDocument, text: "A G7 nation's assessment indicates that the strikes were planned in advance.",
                    content: "strikes were planned", speaker: "A G7 nation's assessment"),
        SpeakerCase(rule: .quantity, text: "Twelve percent of voters said the economy was their top concern.", content: "economy was",
                    speaker: "Twelve percent of voters"),
        SpeakerCase(rule: .entity, text: "Ana Ribeiro said the cabinet would vote on the project in April.", content: "cabinet would vote",
                    speaker: "Ana Ribeiro", withEntities: true),
        SpeakerCase(rule: .description, text: "The Trump campaign said the report was false and misleading.", content: "report was false",
                    speaker: "The Trump campaign"),
        SpeakerCase(rule: .properName, text: "Ana Ribeiro said the cabinet would vote on the project in April.", content: "cabinet would vote",
                    speaker: "Ana Ribeiro"),
        // An organisation's whole name, words like "for" and "of" included.
        SpeakerCase(rule: .properName, text: "According to the Center for Rural Affairs, the mill will close in May.", content: "mill will close",
                    speaker: "Center for Rural Affairs"),
        SpeakerCase(rule: .earlierAnonymous, text: "Two officials said the plan was ready. The officials said the vote would come in April.",
                    content: "vote would come", speaker: "Two officials"),
        SpeakerCase(rule: .anonymous, text: "Two sources said the talks had stalled.", content: "talks had stalled",
                    speaker: "Two sources"),
        SpeakerCase(rule: .anonymous, text: "Sources familiar with the matter said the bid was far too low.", content: "bid was far",
                    speaker: "Sources familiar with the matter"),
        SpeakerCase(rule: .outlet, text: "In Moscow, media commentators said that the talks had stalled again.", content: "talks had stalled",
                    speaker: "media commentators"),
        SpeakerCase(rule: .learnedDescription,
                    text: "Josh Earnest, the White House spokesman, said the talks went well. The spokesman said more talks were planned.",
                    content: "more talks", speaker: "Josh Earnest"),
        SpeakerCase(rule: .unresolvedDescription, text: "Two union leaders said the strike would go on for weeks.", content: "strike would go",
                    speaker: "Two union leaders"),
    ]

    struct LinkCase {
        let rule: LinkRule
        let text: String
        let publisher: String?
        /// The source whose link the rule made, and the name of its parent (nil for a root).
        let source: String
        let parent: String?
    }

    static let links: [LinkCase] = [
        LinkCase(rule: .publisher, text: "Ana Ribeiro said the plan was ready for a vote.", publisher: "Byline Wire",
                 source: "Byline Wire", parent: nil),
        LinkCase(rule: .article, text: "Ana Ribeiro said the plan was ready for a vote.", publisher: "Byline Wire",
                 source: "Ana Ribeiro", parent: "Byline Wire"),
        LinkCase(rule: .publisherRelay, text: "Byline Wire reports via Russian media that the talks had stalled.", publisher: "Byline Wire",
                 source: "Russian media", parent: "Byline Wire"),
        LinkCase(rule: .citedBy, text: "Reuters reported that the talks had stalled, citing two diplomats.", publisher: nil,
                 source: "two diplomats", parent: "Reuters"),
        LinkCase(rule: .containingAttribution,
                 text: "A G7 nation's assessment indicates the strikes were planned, according to the same sources.",
                 publisher: nil, source: "A G7 nation's assessment", parent: "the same sources"),
        // The statement cut where an anonymous source's relative clause opens: the source is the speaker's.
        LinkCase(rule: .containingAttribution,
                 text: "Tom Bell defended the plan, claiming that he had a well-placed source who told him the mill would close.",
                 publisher: nil, source: "a well-placed source", parent: "Tom Bell"),
        LinkCase(rule: .frameRelay, text: "Ana Ribeiro told Reuters that the plan was ready for a vote.", publisher: nil,
                 source: "Ana Ribeiro", parent: "Reuters"),
        LinkCase(rule: .relayAffiliation, text: "Ana Ribeiro told Bill Reilly of Fox News that the plan was ready for a vote.",
                 publisher: nil, source: "Bill Reilly", parent: "Fox News"),
        LinkCase(rule: .speakerOutlet, text: "NBC's Dante Chinni said the race was close in every state.", publisher: nil,
                 source: "Dante Chinni", parent: "NBC"),
        LinkCase(rule: .pollRespondents,
                 text: "A Bloomberg poll found that most voters oppose the plan. Twelve percent of voters said the economy was their top concern.",
                 publisher: nil, source: "Twelve percent of voters", parent: "A Bloomberg poll"),
        LinkCase(rule: .documentOutlet,
                 text: "Bloomberg reported that the deal was close. A Bloomberg poll found that most voters oppose the plan.",
                 publisher: nil, source: "A Bloomberg poll", parent: "Bloomberg"),
        LinkCase(rule: .outletReach,
                 text: "Reuters reported that the talks had stalled. Two sources said no date was set.",
                 publisher: nil, source: "Two sources", parent: "Reuters"),
        LinkCase(rule: .reportAccordingTo,
                 text: "Reuters reported that the mill would close, according to the Center for Rural Affairs.",
                 publisher: nil, source: "Center for Rural Affairs", parent: "Reuters"),
        // The outlet runs its poll wherever the article names it, before or after.
        LinkCase(rule: .documentOutlet,
                 text: "A Bloomberg poll shows that most voters oppose the plan. Bloomberg reported that the gap was widening.",
                 publisher: nil, source: "A Bloomberg poll", parent: "Bloomberg"),
        LinkCase(rule: .documentOutlet, text: "In a Chicago Tribune essay last week, Rosa Delgado argued that the plan would fail.",
                 publisher: nil, source: "a Chicago Tribune essay", parent: "Chicago Tribune"),
        // Relays named away from the cue: a comma tail, an opening meeting, an audience, a passive speaker.
        LinkCase(rule: .frameRelay, text: "Ana Ruiz said the plan would fail, in an interview with The Denver Post last week.",
                 publisher: nil, source: "Ana Ruiz", parent: "The Denver Post"),
        LinkCase(rule: .frameRelay,
                 text: "Tom Bell said the tax was unfair. A week ago in an interview with the Russian network RT he said the press was dishonest.",
                 publisher: nil, source: "Tom Bell", parent: "RT"),
        LinkCase(rule: .frameRelay,
                 text: "In a March meeting with the editorial board of the Denver Post, Carl Ito said the plan would fail.",
                 publisher: nil, source: "Carl Ito", parent: "Denver Post"),
        LinkCase(rule: .frameRelay, text: "In an interview with the Miami Herald Nora Vance said the plan would fail.",
                 publisher: nil, source: "Nora Vance", parent: "Miami Herald"),
        LinkCase(rule: .frameRelay, text: "“We will not stop,” Tom Bell told the CNN audience.",
                 publisher: nil, source: "Tom Bell", parent: "CNN"),
        LinkCase(rule: .frameRelay, text: "The rule was mentioned by Iris Lam in an interview with Harbor magazine.",
                 publisher: nil, source: "Iris Lam", parent: "Harbor magazine"),
        LinkCase(rule: .frameRelay, text: "In a Chicago Tribune essay last week, Rosa Delgado argued that the plan would fail.",
                 publisher: nil, source: "Rosa Delgado", parent: "a Chicago Tribune essay"),
        LinkCase(rule: .relayAffiliation, text: "In an interview with MSNBC's Lena Park, Omar Haddad said that the tax was unfair.",
                 publisher: nil, source: "Lena Park", parent: "MSNBC"),
        LinkCase(rule: .relayAffiliation, text: "“We will win,” Omar Haddad told CNN anchor Lena Park on Monday.",
                 publisher: nil, source: "Lena Park", parent: "CNN"),
        // The relay's name stops where the name does: "in an NBC interview" is NBC.
        LinkCase(rule: .frameRelay, text: "“We will win,” Omar Haddad said in an NBC interview.",
                 publisher: nil, source: "Omar Haddad", parent: "NBC"),
        LinkCase(rule: .frameRelay, text: "“We will win,” Omar Haddad told USA TODAY on Monday.",
                 publisher: nil, source: "Omar Haddad", parent: "USA TODAY"),
        // A month or a day before "interview" names no outlet.
        LinkCase(rule: .article, text: "In a July interview, Paul Kerr said the plan would fail.", publisher: nil,
                 source: "Paul Kerr", parent: nil),
    ]
}
