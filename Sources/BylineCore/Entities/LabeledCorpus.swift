/// Annotated text for training and measuring the recogniser: documents with labelled
/// scalar-offset spans. CoNLL files are rebuilt as the scorer rebuilds them (tokens joined
/// by spaces, sentences by newlines), so the model trains on the text it is judged on.
public struct LabeledDocument: Sendable, Equatable {
    public struct Span: Sendable, Equatable {
        public var start: Int
        public var end: Int
        public var label: String
    }

    public var text: String
    public var spans: [Span]

    public init(text: String, spans: [Span]) {
        self.text = text
        self.spans = spans
    }
}

public enum LabeledCorpus {
    /// Parses CoNLL-2003 style columns (token first, IOB tag last; `-DOCSTART-` between documents).
    public static func parseCoNLL(_ content: String) -> [LabeledDocument] {
        var docs: [LabeledDocument] = []
        var text = String.UnicodeScalarView()
        var spans: [LabeledDocument.Span] = []
        var position = 0
        var sentenceTokens = 0
        var open: LabeledDocument.Span? = nil

        func closeSpan() {
            if let o = open { spans.append(o) }
            open = nil
        }
        func endSentence() {
            guard sentenceTokens > 0 else { return }
            closeSpan()
            text.append("\n")
            position += 1
            sentenceTokens = 0
        }
        func endDocument() {
            endSentence()
            if !text.isEmpty { docs.append(LabeledDocument(text: String(text), spans: spans)) }
            text = String.UnicodeScalarView()
            spans = []
            position = 0
        }

        for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-DOCSTART-") {
                endDocument()
                continue
            }
            let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            guard let token = parts.first, let tag = parts.last else {
                endSentence()
                continue
            }
            if sentenceTokens > 0 {
                text.append(" ")
                position += 1
            }
            let start = position
            text.append(contentsOf: token.unicodeScalars)
            position += token.unicodeScalars.count
            sentenceTokens += 1
            let label = tag.count > 2 ? String(tag.dropFirst(2)) : ""
            if tag.hasPrefix("B-") || (tag.hasPrefix("I-") && open?.label != label) {
                closeSpan()
                open = LabeledDocument.Span(start: start, end: position, label: label)
            } else if tag.hasPrefix("I-") {
                open?.end = position
            } else {
                closeSpan()
            }
        }
        endDocument()
        return docs
    }
}
