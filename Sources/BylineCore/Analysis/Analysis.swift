/// The analysis of one article, exactly as `../shared/spec/analysis-json.md` (schema
/// `byline.analysis/1`) lays it out. The JSON writer, the reader's panes and the exports all
/// read this one model, so a field renamed here breaks every consumer: add, never rename.
public struct Analysis: Codable, Sendable, Equatable {
    public static let schemaName = "byline.analysis/1"

    public var schema: String
    public var path: String?
    public var document: DocumentInfo
    public var entities: [Entity]
    public var quotes: [Quote]
    public var sources: [Source]
    public var claims: [Claim]

    public init(path: String?, document: DocumentInfo, entities: [Entity] = [], quotes: [Quote] = [],
                sources: [Source] = [], claims: [Claim] = []) {
        self.schema = Analysis.schemaName
        self.path = path
        self.document = document
        self.entities = entities
        self.quotes = quotes
        self.sources = sources
        self.claims = claims
    }
}

/// Identity and metadata of the analysed text.
public struct DocumentInfo: Codable, Sendable, Equatable {
    /// "sha256:<hex>" of the UTF-8 text: annotations anchor on it.
    public var id: String
    public var title: String?
    public var byline: [String]
    public var publisher: String?
    public var dateline: String?
    /// Fields of version 1.1: what the input was, and what a web page declares about itself.
    public var format: DocumentFormat?
    public var url: String?
    public var published: String?
    public var modified: String?
    public var language: String?
    public var site: String?
    /// Length in Unicode scalars.
    public var length: Int
    /// The text itself, only when asked for (`--include-text`) or extracted from markup.
    public var text: String?

    public init(id: String, metadata: ArticleMetadata, length: Int, text: String? = nil) {
        self.id = id
        self.title = metadata.title
        self.byline = metadata.byline
        self.publisher = metadata.publisher
        self.dateline = metadata.dateline
        self.format = metadata.format
        self.url = metadata.url
        self.published = metadata.published
        self.modified = metadata.modified
        self.language = metadata.language
        self.site = metadata.site
        self.length = length
        self.text = text
    }

}

/// Entity types of the contract: names first, then values.
public enum EntityType: String, Codable, Sendable, CaseIterable {
    case person = "PERSON", org = "ORG", gpe = "GPE", loc = "LOC", norp = "NORP", event = "EVENT", misc = "MISC"
    case date = "DATE", time = "TIME", money = "MONEY", percent = "PERCENT", quantity = "QUANTITY", cardinal = "CARDINAL"

    /// True for the name types, false for values such as dates and money.
    public var isName: Bool {
        switch self {
        case .person, .org, .gpe, .loc, .norp, .event, .misc: return true
        default: return false
        }
    }
}

/// One real-world referent with every named mention of it.
public struct Entity: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var type: EntityType
    public var mentions: [Span]
    /// A title met before a mention ("President", "Foreign Minister"), when there is one.
    public var title: String?

    public init(id: String, name: String, type: EntityType, mentions: [Span], title: String? = nil) {
        self.id = id
        self.name = name
        self.type = type
        self.mentions = mentions
        self.title = title
    }
}

/// One attributed statement.
public struct Quote: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable { case direct, indirect, mixed }

    public var id: String
    public var kind: Kind
    public var content: Span
    public var cue: Span?
    public var speaker: Speaker?
    public var source: String?
    /// The rules that found the quote and resolved its speaker; written only on request
    /// (`byline analyze --explain`).
    public var explanation: Explanation?

    public init(id: String, kind: Kind, content: Span, cue: Span?, speaker: Speaker?, source: String?) {
        self.id = id
        self.kind = kind
        self.content = content
        self.cue = cue
        self.speaker = speaker
        self.source = source
    }

}

/// Who a quote is attributed to: the span the attribution points at and, when resolved,
/// the proper name and entity behind it.
public struct Speaker: Codable, Sendable, Equatable {
    public var name: String?
    public var entity: String?
    public var mention: Span?

    public init(name: String?, entity: String?, mention: Span?) {
        self.name = name
        self.entity = entity
        self.mention = mention
    }

}

/// A node of the source chain; `via` points at the node that relayed it.
public struct Source: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        case publisher, outlet, person, organization, government, anonymous, document, unknown
    }

    public var id: String
    public var name: String
    public var kind: Kind
    public var entity: String?
    public var via: String?
    public var mentions: [Span]
    public var quotes: [String]
    public var claims: [String]
    /// The rule that linked the source to its `via`; written only on request.
    public var explanation: Explanation?

    public init(id: String, name: String, kind: Kind, entity: String?, via: String?,
                mentions: [Span] = [], quotes: [String] = [], claims: [String] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.entity = entity
        self.via = via
        self.mentions = mentions
        self.quotes = quotes
        self.claims = claims
    }

}

/// A checkable statement with its check-worthiness and the reasons for it.
public struct Claim: Codable, Sendable, Equatable {
    public var id: String
    public var span: Span
    public var source: String?
    public var score: Double
    public var signals: [String]

    public init(id: String, span: Span, source: String?, score: Double, signals: [String]) {
        self.id = id
        self.span = span
        self.source = source
        self.score = score
        self.signals = signals
    }

}

/// Why the analyser made a record: the named rules of the attribution stage behind it
/// (`byline analyze --explain`). An extra field the contract allows, absent by default.
public struct Explanation: Codable, Sendable, Equatable {
    /// For a quote, the frame rule that found it ("speaker-first", "according-to", "inherited", …).
    public var frame: String?
    /// For a quote, the rule that resolved its speaker ("entity", "pronoun-recent-speaker", …).
    public var speaker: String?
    /// For a source, the rule that linked it to its parent ("frame-relay", "article", …).
    public var link: String?

    public init(frame: String? = nil, speaker: String? = nil, link: String? = nil) {
        self.frame = frame
        self.speaker = speaker
        self.link = link
    }
}

extension Quote {
    /// Quotes are equal when the contract's fields are: the explanation is a diagnostic,
    /// written only on request, so an analysis read back from default JSON equals the original.
    public static func == (a: Quote, b: Quote) -> Bool {
        a.id == b.id && a.kind == b.kind && a.content == b.content && a.cue == b.cue && a.speaker == b.speaker
            && a.source == b.source
    }
}

extension Source {
    /// Sources are equal when the contract's fields are; see `Quote.==`.
    public static func == (a: Source, b: Source) -> Bool {
        a.id == b.id && a.name == b.name && a.kind == b.kind && a.entity == b.entity && a.via == b.via
            && a.mentions == b.mentions && a.quotes == b.quotes && a.claims == b.claims
    }
}
