import BylineCore
import BylineStore
import Foundation

/// Analyses written by hand for the people index: an article is a list of (speaker, kind,
/// quote) lines, laid out one sentence each, so what is linked is exactly what is said here.
enum PeopleFixture {
    struct Line {
        var speaker: String
        var said: String
        var type: EntityType
        var source: Source.Kind

        init(_ speaker: String, _ said: String? = nil, type: EntityType = .person, source: Source.Kind = .person) {
            self.speaker = speaker
            self.said = said ?? speaker
            self.type = type
            self.source = source
        }
    }

    /// The article's text and its analysis: one quote per line, the speaker an entity of its own.
    static func article(_ body: String, _ lines: [Line], publisher: String? = nil) -> (text: ArticleText, analysis: Analysis) {
        var text = body + "\n"
        var entities: [Entity] = [], quotes: [Quote] = [], sources: [Source] = []
        for (n, line) in lines.enumerated() {
            let quoted = "Quote \(n + 1) of \(body)"
            let start = text.unicodeScalars.count
            text += "\"\(quoted),\" \(line.said) said.\n"
            let content = Span(start: start + 1, end: start + 1 + quoted.unicodeScalars.count, text: quoted)
            let mentionStart = start + quoted.unicodeScalars.count + 4
            let mention = Span(start: mentionStart, end: mentionStart + line.said.unicodeScalars.count, text: line.said)
            let entity = entities.first { $0.name == line.speaker }?.id ?? "E\(entities.count + 1)"
            if !entities.contains(where: { $0.id == entity }) { entities.append(Entity(id: entity, name: line.speaker, type: line.type, mentions: [mention])) }
            let source = "S\(n + 1)"
            sources.append(Source(id: source, name: line.speaker, kind: line.source, entity: entity, via: nil, quotes: ["Q\(n + 1)"]))
            quotes.append(Quote(id: "Q\(n + 1)", kind: .direct, content: content, cue: nil,
                                speaker: Speaker(name: line.speaker, entity: entity, mention: mention), source: source))
        }
        let id = DocumentID.of(text)
        let info = DocumentInfo(id: id, metadata: ArticleMetadata(title: body, publisher: publisher), length: text.unicodeScalars.count)
        let analysis = Analysis(path: nil, document: info, entities: entities, quotes: quotes, sources: sources)
        return (ArticleText(documentID: id, text: text, title: body, length: text.unicodeScalars.count, source: .feed), analysis)
    }

    static func cached(_ analysis: Analysis, version: String = LibraryFixture.analyzerVersion) -> CachedAnalysis {
        CachedAnalysis(documentID: analysis.document.id, analyzerVersion: version, json: AnalysisJSON.encode(analysis, pretty: false),
                       quotes: analysis.quotes.count, claims: 0)
    }

    /// Five articles from three outlets: Lin Jian under three forms, two Kims, a title change
    /// and an initial.
    static let articles: [(outlet: String, day: Int, body: String, lines: [Line])] = [
        ("wire", 1, "Beijing responds", [Line("Lin Jian", "Chinese Foreign Ministry spokesperson Lin Jian"), Line("Lin Jian", "Lin"),
                                         Line("Kim Jong Un", "North Korean leader Kim Jong Un")]),
        ("herald", 2, "Pyongyang statement", [Line("Kim Yo Jong", "Kim Yo Jong, the leader's sister"), Line("Kim Yo Jong", "Kim"),
                                              Line("Lin Jian", "Lin Jian")]),
        ("gazette", 3, "Talks stall", [Line("Kim Jong-un", "Kim Jong-un"), Line("John Smith", "Deputy Minister John Smith")]),
        ("wire", 4, "Ministers meet", [Line("J. Smith", "J. Smith"), Line("John Smith", "Minister John Smith"), Line("Lin", "Lin")]),
        ("herald", 5, "Reuters reports", [Line("Reuters", type: .org, source: .outlet), Line("Jane Smith", "Jane Smith")]),
    ]
}
