/// A speaker's name is a name, a title-led description or a group: never a function word,
/// an adverb, a number or a bare demonym. Capitalisation alone cannot tell: "That", "How"
/// and "However" open sentences, "Five" is a number, and "The Russian added" or "A
/// Conservative spokeswoman" name a nationality or a party, not who spoke.
extension SpeakerResolver {
    /// The tokens of `proper` that can be a name: an opening adverbial ("However Trump") dropped;
    /// nil when what is left is a single function word, number or bare demonym.
    func nameTokens(_ proper: Range<Int>) -> Range<Int>? {
        var r = proper
        while r.count > 1, view.has(.introduction, at: r.lowerBound) { r = (r.lowerBound + 1)..<r.upperBound }
        guard r.count == 1 else { return r }
        let k = r.lowerBound
        if view.token(k).kind == .number || isFunctionWord(k) || isBareAffiliation(k) { return nil }
        // "Maybe he figures …", "Back at the bungalow, he …": the word that opens a sentence,
        // written in lower case elsewhere in the article, is capitalised for opening it, not as
        // a name. A plural ("Critics say") or a noun that speaks ("Police said", "Poll: …") is
        // a group or a document, not such a word.
        if opensItsSentence(k), view.layer.isWrittenInLowercase(k), !view.lower(k).hasSuffix("s"),
           !Self.speakingNouns.contains(where: { view.has($0, at: k) }) { return nil }
        return r
    }

    /// Nouns that name who or what speaks: a capitalised one opening a sentence may still speak.
    static let speakingNouns: [WordClass] = [.personHead, .anonymousHead, .governmentWord, .organizationWord,
                                             .outletWord, .documentHead, .pollWord, .respondentWord, .audienceWord]

    /// Whether token `k` is the first word of its sentence (after an opening mark, if any).
    func opensItsSentence(_ k: Int) -> Bool {
        guard let n = view.doc.sentenceIndex(at: view.token(k).start) else { return false }
        let first = view.doc.sentences[n].tokens.lowerBound
        return k == first || (k == first + 1 && !view.isWord(first))
    }

    /// A closed-class word (pronoun, determiner, conjunction, preposition, auxiliary, sentence
    /// adverb, number word) that is not also a given name, a month or a title ("May", "Will").
    func isFunctionWord(_ k: Int) -> Bool {
        let w = view.lower(k)
        if view.lexicon.gender(ofGivenName: w) != nil || view.has(.month, at: k) || view.has(.title, at: k) { return false }
        let classes: [WordClass] = [.phraseBreaker, .determiner, .introduction, .numberWord, .objectPronoun, .betweenSubjectAndCue,
                                    .notAName]
        return view.lexicon.pronouns[w] != nil || classes.contains { view.has($0, at: k) }
    }

    /// A singular nationality or party on its own ("Russian", "Tory"), from the gazetteers:
    /// a plural ("Russians", "Democrats") is a group and may speak.
    func isBareAffiliation(_ k: Int) -> Bool {
        let unit = view.layer.unitGazetteerLists(k)
        let affiliations = Gazetteer.List.demonym.bit | Gazetteer.List.group.bit
        return unit & affiliations != 0 && !view.lower(k).hasSuffix("s")
    }

    /// What a phrase that names no one stands for: a description ("two union leaders", "A
    /// Conservative spokeswoman", the bare word `proper` aside), or nothing when only function
    /// words, numbers and bare demonyms are left ("The Russian", "That", "each", "2010").
    func unnamed(_ m: Range<Int>, proper: Range<Int>, head: String) -> Resolved {
        let described = m.contains {
            !proper.contains($0) && view.isWord($0) && !view.has(.determiner, at: $0) && !isFunctionWord($0) && !isBareAffiliation($0)
        }
        let personLike = view.lexicon.contains(head, .personHead) || view.lexicon.contains(String(head.dropLast()), .personHead)
        return Resolved(name: nil, entity: nil, mention: scalarRange(m), kind: personLike ? .person : .unknown,
                        plural: head.hasSuffix("s"), relay: nil, description: described ? text(m) : nil,
                        rule: .unresolvedDescription)
    }
}
