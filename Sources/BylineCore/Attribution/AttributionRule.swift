/// The named rules of the attribution stage. Like the sieves of CoreNLP's quote attribution,
/// each is one way of deciding, tried in a fixed order, and each attribution, speaker and
/// source link records the rule that made it, so `byline analyze --explain` can say why.
///
/// The frame rules, in the order `FrameFinder` tries them at each token: a dash signature,
/// a colon after a name (with a quotation, or in a headline), "according to", "citing",
/// raising verbs, reported questions, title-case headline cues, prepositional cues, stance
/// nouns, then the cue verbs (inverted order after the content, participles, coordinated
/// verbs, appositions, content last, speaker first);
/// a sentence with a quotation and no cue falls back to its subject; a quotation no frame
/// covers inherits the last speaker.
enum AttributionRule: String, CaseIterable, Sendable {
    /// "“…” ― Julie Diaz": a quotation signed with a dash and a name.
    case dashSignature = "dash-signature"
    /// "Kerry: “…”": a name and a colon before a quotation.
    case colonSpeaker = "colon-speaker"
    /// "According to X, …" and "…, according to X."
    case accordingTo = "according-to"
    /// "At the heart of it, according to X, was …": the clause going on after a medial "according to".
    case accordingToContinued = "according-to-continued"
    /// "…, citing X": X backs or relays the statement.
    case citing = "citing"
    /// "…, as reported by X".
    case asReportedBy = "as-reported-by"
    /// "“…,” said the spokesperson.": the speaker after the cue.
    case inverted = "inverted"
    /// "…, saying …": the subject of the sentence (or of the previous frame) speaks again.
    case participle = "participle"
    /// "…, and he has battled the firm, at one point calling …": the participle's own clause
    /// has a pronoun subject nearer than the sentence's subject; that pronoun speaks.
    case participleClauseSubject = "participle-clause-subject"
    /// "After saying the plan would fail, she left": a participle opening the sentence; the main
    /// clause's subject speaks, and what it says runs to the phrase's comma.
    case openingParticiple = "opening-participle"
    /// "Trump bemoaned the unrest and said …": the first verb's subject.
    case coordinatedVerb = "coordinated-verb"
    /// "Michael McFaul, a senior fellow at the Hoover Institution, said": the name before the apposition.
    case apposition = "apposition"
    /// "Ms. Merkel's spokesman, Steffen Seibert, wrote": the name after a description that says whose it is.
    case possessiveDescription = "possessive-description"
    /// "the email said", "One tweet said:": a document noun that is also a cue word, as the subject.
    case documentNoun = "document-noun"
    /// "But, she added, “…”": a short connective, the speaker and cue, then the quotation.
    case leadIn = "lead-in"
    /// "…, with Gallup showing her ahead": the subject of an absolute construction speaks.
    case absoluteConstruction = "absolute-construction"
    /// "A poll released on Monday found …": a document before a reduced relative clause.
    case documentParticiple = "document-participle"
    /// "“…,” a spokesman for committee Democrats said.": a speaker phrase with a prepositional
    /// modifier between the closing quotation mark and the cue.
    case postmodifiedSpeaker = "postmodified-speaker"
    /// "…, X said." and "“…,” X said.": the content before the speaker and the cue.
    case contentLast = "content-last"
    /// "“…?” Clinton said." with the quotation in the sentence before.
    case previousQuotation = "previous-quotation"
    /// "X said (that) …": the speaker, the cue, then the content.
    case speakerFirst = "speaker-first"
    /// "The two nations, Xi said, now have …": the clause going on after a medial attribution.
    case medial = "medial"
    /// "Sanders seemed to reap the benefits": a raising verb; the subject and complement, no source.
    case raisingVerb = "raising-verb"
    /// "Lynch: No outside influence on FBI probe": a headline's speaker before a colon, no quotation.
    case headlineColon = "headline-colon"
    /// "Clinton released the following statement:" closing a paragraph: the quotation opening
    /// the next paragraph, spoken by the statement's issuer.
    case statementColon = "statement-colon"
    /// "Trump Says He Never Pledged To …": a capitalised cue in a title-case headline.
    case headlineCue = "headline-cue"
    /// "When asked about her vote, …", "asked whether the plan would pass": the question reported.
    case reportedQuestion = "reported-question"
    /// "Trump called for a ban on …", "referring to the ruling": the object of the cue's preposition.
    case prepositionalCue = "prepositional-cue"
    /// "his insistence that the plan will work": the "that" clause of a stance noun.
    case nounComplement = "noun-complement"
    /// "Large majorities of voters in six states said they …": a speech cue whose subject the
    /// phrase scans cannot find; the clause after it, and the sentence's subject as speaker.
    case distantSubject = "distant-subject"
    /// "Tom Fitton, the president of Judicial Watch, …, said that “the damage is done.”": the
    /// same with the quotation after the cue, so the quotation does not inherit an earlier speaker.
    case quotedDistantSubject = "quoted-distant-subject"
    /// "Forbes, however, says that …": the sentence's opening phrase before an aside set off by commas or dashes.
    case setOffSubject = "set-off-subject"
    /// "Some say they …", "Two in three said …", "47% say …": a quantifier alone as the subject.
    case quantifierSubject = "quantifier-subject"
    /// "75 percent of Democrats said yes", "he said no": a one-word answer is the whole content.
    case shortAnswer = "short-answer"
    /// "Graham called both candidates “crazy”": after a naming verb (`naming-cues.txt`), its
    /// object, the quotation that labels it and the rest of the clause are what is said.
    case namingQuotation = "naming-quotation"
    /// "He went on to say that …", "Trump was quick to add that …": a cue in the infinitive; its verb's subject speaks.
    case infinitiveCue = "infinitive-cue"
    /// "Trump attacked “…”": a quotation after the subject's verb, no cue from the lexicon.
    case embeddedQuotation = "embedded-quotation"
    /// A quotation with no cue of its own, given to the speaker and the cue of the attribution
    /// before it, in the same paragraph or the next two.
    case inherited = "inherited"
    /// "“A,” said Ekovich, who noted that prices fell. “B.”": a quotation with no cue after a
    /// nested indirect frame takes the cue of the quotation's frame in that sentence.
    case inheritedFromQuotation = "inherited-from-quotation"
    /// A long quotation with no cue and no speaker within reach.
    case unattributed = "unattributed"
}

/// How `SpeakerResolver` tied a speaker phrase to whom it names.
enum SpeakerRule: String, CaseIterable, Sendable {
    /// "he", "she": the most recent speaker of that gender.
    case pronounRecentSpeaker = "pronoun-recent-speaker"
    /// "he", "she": the nearest person the recogniser found before, of that gender.
    case pronounNearestPerson = "pronoun-nearest-person"
    /// "Ban Ki-moon condemned what he called …": a pronoun given its sentence's named subject.
    case pronounAntecedent = "pronoun-antecedent"
    /// "they": the most recent plural or collective speaker.
    case pluralPronoun = "plural-pronoun"
    /// "it": the most recent speaker that is not a person.
    case thingPronoun = "thing-pronoun"
    /// A pronoun (or "who") that nothing before agrees with.
    case unresolvedPronoun = "unresolved-pronoun"
    /// "Bloomberg's article": the outlet behind a possessed document.
    case possessorOutlet = "possessor-outlet"
    /// "A G7 nation's assessment": the document itself.
    case possessedDocument = "possessed-document"
    /// "12 percent of voters", "a majority of Republicans": a share of a group.
    case quantity = "quantity"
    /// A name the entity recogniser found inside the phrase.
    case entity = "entity"
    /// "the influential US daily", "the Trump campaign": a description named by itself.
    case description = "description"
    /// The capitalised words of the phrase, with no entity behind them.
    case properName = "proper-name"
    /// "the sources": the anonymous source named just before.
    case earlierAnonymous = "earlier-anonymous"
    /// "sources familiar with the matter".
    case anonymous = "anonymous"
    /// "the newspaper", "Russian media".
    case outlet = "outlet"
    /// "the spokesperson" after "Josh Earnest, the White House spokesperson".
    case learnedDescription = "learned-description"
    /// A description that names no one ("two union leaders"): a source of its own.
    case unresolvedDescription = "unresolved-description"
}

/// How `SourceChainBuilder` linked a source to the one that relayed it.
enum LinkRule: String, CaseIterable, Sendable {
    /// The article's publisher, the root.
    case publisher = "publisher"
    /// Speaks to the article itself: under the publisher, or the outlet it names for the whole article.
    case article = "article"
    /// "Caliber.Az reports via Russian media": an outlet the publisher relays throughout.
    case publisherRelay = "publisher-relay"
    /// "X reported …, citing Y": Y under X.
    case citedBy = "cited-by"
    /// "Bloomberg reports that …, according to the Roper Center": the cited source under the outlet's report.
    case reportAccordingTo = "report-according-to"
    /// "A G7 nation's assessment indicates …, according to the same sources": under the attribution holding it.
    case containingAttribution = "containing-attribution"
    /// "told Reuters", "said on CNBC", "In an interview with X": the outlet the frame names.
    case frameRelay = "frame-relay"
    /// "told Bill Reilly of Fox News": the person under the outlet that employs them.
    case relayAffiliation = "relay-affiliation"
    /// "NBC's Dante Chinni", "Bill Fox of the Daily Herald": the outlet the speaker phrase names.
    case speakerOutlet = "speaker-outlet"
    /// "74 percent of likely voters": the poll named just before.
    case pollRespondents = "poll-respondents"
    /// "A Bloomberg poll": the outlet whose name it carries, named before or after it.
    case documentOutlet = "document-outlet"
    /// Anonymous sources and documents within a few paragraphs after an outlet's report.
    case outletReach = "outlet-reach"
}
