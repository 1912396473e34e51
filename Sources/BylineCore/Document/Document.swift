/// The text of one article with its structure: paragraphs, sentences and tokens, all in
/// scalar offsets. Built once per article; every analysis stage and the reader read it.
public struct Document: Sendable {
    public let text: ScalarText
    public let tokens: [Token]
    public let sentences: [Sentence]
    public let paragraphs: [Paragraph]

    public init(_ string: String) {
        self.init(text: ScalarText(string))
    }

    public init(text: ScalarText) {
        self.text = text
        let s = text.scalars
        let blocks = ParagraphSplitter.split(s)
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 5)
        var sentences: [Sentence] = []
        var paragraphs: [Paragraph] = []
        paragraphs.reserveCapacity(blocks.count)
        for block in blocks {
            let firstToken = tokens.count
            Tokenizer.tokenize(s, in: block, into: &tokens)
            let firstSentence = sentences.count
            SentenceSplitter.split(s, tokens: tokens, tokenRange: firstToken..<tokens.count,
                                   paragraph: paragraphs.count, into: &sentences)
            paragraphs.append(Paragraph(start: block.lowerBound, end: block.upperBound,
                                        sentences: firstSentence..<sentences.count))
        }
        self.tokens = tokens
        self.sentences = sentences
        self.paragraphs = paragraphs
    }

    public var length: Int { text.count }

    /// The text of a token.
    public func string(_ t: Token) -> String { text.text(t.start, t.end) }

    /// The index of the sentence holding scalar offset `offset`, by binary search.
    public func sentenceIndex(at offset: Int) -> Int? {
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < sentences.count && sentences[lo].start <= offset ? lo : nil
    }

    /// The index of the first token that ends after `offset`, by binary search.
    public func tokenIndex(at offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
