import BylineCore
import Foundation

/// What the people index keeps of one analysed article: its attributed quotes whose speaker
/// is a named person, organisation or outlet (anonymous and unnamed sources are left to the
/// sourcing profile), with where and when the article appeared.
public struct PeopleArticle: Sendable, Equatable {
    /// One quote and who said it.
    public struct Mention: Sendable, Equatable {
        public var kind: PeopleKind
        /// The resolved name ("Lin Jian").
        public var name: String
        /// The words the article used ("Chinese Foreign Ministry spokesperson Lin Jian").
        public var said: String
        /// The title the analysis found before the name, when it did.
        public var title: String?
        public var quoteID: String
        public var range: Range<Int>
        public var text: String

        public init(kind: PeopleKind, name: String, said: String, title: String? = nil, quoteID: String, range: Range<Int>, text: String) {
            self.kind = kind
            self.name = name
            self.said = said
            self.title = title
            self.quoteID = quoteID
            self.range = range
            self.text = text
        }
    }

    public var documentID: String
    /// The feed, publisher or site the article came from.
    public var outlet: String?
    /// When it was published (or first seen); nil when unknown.
    public var date: Date?
    public var mentions: [Mention]

    public init(documentID: String, outlet: String?, date: Date?, mentions: [Mention]) {
        self.documentID = documentID
        self.outlet = outlet
        self.date = date
        self.mentions = mentions
    }

    /// Longest quote text kept: enough for a line in a list.
    static let textLimit = 400

    /// The article's named speakers from its analysis; `outlet` and `date`, when nil, come from
    /// the analysis's publisher or site and its published date.
    public init(_ analysis: Analysis, outlet: String? = nil, date: Date? = nil) {
        var entities: [String: Entity] = [:]
        for e in analysis.entities { entities[e.id] = e }
        var sources: [String: Source] = [:]
        for s in analysis.sources { sources[s.id] = s }
        // A name the recogniser typed as a person anywhere in the article is a person, even
        // where another mention of it was typed as an organisation.
        let personNames = Set(analysis.entities.filter { $0.type == .person }.map(\.name))
        var mentions: [Mention] = []
        for quote in analysis.quotes {
            guard let speaker = quote.speaker, let name = speaker.name, !name.isEmpty else { continue }
            let source = quote.source.flatMap { sources[$0] }
            let entity = (speaker.entity ?? source?.entity).flatMap { entities[$0] }
            guard entity != nil || source?.kind == .outlet else { continue }
            let kind: PeopleKind
            switch source?.kind {
            case .outlet?, .publisher?: kind = .outlet
            case _ where personNames.contains(name) || entity?.type == .person: kind = .person
            default: kind = .organisation
            }
            var text = Self.bare(quote.content.prefix(scalars: Self.textLimit + 2))
            if text.unicodeScalars.count > Self.textLimit { text = String(text.unicodeScalars.prefix(Self.textLimit)) + "…" }
            mentions.append(Mention(kind: kind, name: name, said: speaker.mention?.text ?? name, title: entity?.title,
                                    quoteID: quote.id, range: quote.content.start..<quote.content.end, text: text))
        }
        self.init(documentID: analysis.document.id,
                  outlet: outlet ?? analysis.document.publisher ?? analysis.document.site ?? analysis.document.url.flatMap { URL(string: $0)?.host },
                  date: date ?? analysis.document.published.flatMap(PublishedDate.parse),
                  mentions: mentions)
    }

    static let quoteMarks: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{201D}", "\u{201E}", "'", "\u{2018}", "\u{2019}", "\u{00AB}", "\u{00BB}"]

    /// A quote's words without the marks around them and the comma that led back to the text:
    /// `"We will act,"` lists as `We will act`.
    static func bare(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars[...]
        while let first = scalars.first, quoteMarks.contains(first) || first == " " || first == "\n" { scalars.removeFirst() }
        while let last = scalars.last, quoteMarks.contains(last) || last == " " || last == "\n" || last == "," { scalars.removeLast() }
        return scalars.isEmpty ? text : String(String.UnicodeScalarView(scalars))
    }
}
