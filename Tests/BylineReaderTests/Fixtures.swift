import BylineCore
import Foundation
@testable import BylineReader

/// Articles and hand-built analyses for the reader tests: the panes are tested on analyses we
/// construct, independent of how far the analysis stages have come.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static var sampleText: String {
        try! String(contentsOf: root.appendingPathComponent("Sources/byline/Resources/sample.txt"), encoding: .utf8)
    }

    /// The span of the `occurrence`-th (0-based) appearance of `needle` in `text`, in scalars.
    static func span(_ text: String, _ needle: String, _ occurrence: Int = 0) -> Span {
        let hay = Array(text.unicodeScalars), n = Array(needle.unicodeScalars)
        var seen = 0
        var i = 0
        while i + n.count <= hay.count {
            if Array(hay[i..<i + n.count]) == n {
                if seen == occurrence { return Span(start: i, end: i + n.count, text: needle) }
                seen += 1
            }
            i += 1
        }
        fatalError("\(needle) not found")
    }

    /// The bundled sample with entities, quotes (three speakers and one unattributed), a source
    /// chain and claims placed by hand.
    static func sampleAnalysis() -> Analysis {
        let t = sampleText
        func s(_ n: String, _ k: Int = 0) -> Span { span(t, n, k) }
        let doc = Document(t)
        let meta = MetadataExtractor.extract(doc)
        let entities = [
            Entity(id: "e1", name: "Ana Ribeiro", type: .person, mentions: [s("Ana Ribeiro")], title: "Environment Minister"),
            Entity(id: "e2", name: "Rui Tavares", type: .person, mentions: [s("Rui Tavares")]),
            Entity(id: "e3", name: "Inês Matos", type: .person, mentions: [s("Inês Matos")]),
            Entity(id: "e4", name: "Carlos Moedas", type: .person, mentions: [s("Carlos Moedas")]),
            Entity(id: "e5", name: "Lisbon Port Authority", type: .org, mentions: [s("Lisbon Port Authority")]),
            Entity(id: "e6", name: "Quercus", type: .org, mentions: [s("Quercus")]),
            Entity(id: "e7", name: "Público", type: .org, mentions: [s("Público"), s("Público", 1)]),
            Entity(id: "e8", name: "Portugal", type: .gpe, mentions: [s("Portugal")]),
            Entity(id: "e9", name: "Tagus", type: .loc, mentions: [s("Tagus")]),
            Entity(id: "e10", name: "2.3 billion euros", type: .money, mentions: [s("2.3 billion euros")]),
        ]
        let ana = Speaker(name: "Ana Ribeiro", entity: "e1", mention: s("Ana Ribeiro"))
        let quotes = [
            Quote(id: "q1", kind: .direct, content: s("“We cannot keep sandbagging the old town every winter and calling it a strategy,”"),
                  cue: s("said"), speaker: ana, source: "s3"),
            Quote(id: "q2", kind: .direct, content: s("“The barrier is expensive, but doing nothing is far more expensive.”"),
                  cue: s("said"), speaker: ana, source: "s3"),
            Quote(id: "q3", kind: .indirect, content: s("that shipping would not be disrupted during construction"),
                  cue: s("said", 1), speaker: Speaker(name: "Lisbon Port Authority", entity: "e5", mention: s("Lisbon Port Authority")),
                  source: "s4"),
            Quote(id: "q4", kind: .direct, content: s("“Nobody has shown us the hydrological models,”"), cue: s("said", 2),
                  speaker: Speaker(name: "Inês Matos", entity: "e3", mention: s("Inês Matos")), source: "s5"),
            Quote(id: "q5", kind: .indirect, content: s("the ministry had refused three requests to publish them"), cue: s("said", 3),
                  speaker: Speaker(name: "Inês Matos", entity: "e3", mention: nil), source: "s5"),
            Quote(id: "q6", kind: .mixed, content: s("“once the peer review is complete,”"), cue: s("said", 4),
                  speaker: nil, source: nil),
        ]
        let sources = [
            Source(id: "s1", name: "Byline Wire", kind: .publisher, entity: nil, via: nil, mentions: [s("Byline Wire")]),
            Source(id: "s2", name: "Público", kind: .outlet, entity: "e7", via: "s1", mentions: [s("Público")], quotes: []),
            Source(id: "s3", name: "Ana Ribeiro", kind: .person, entity: "e1", via: "s1", mentions: [s("Ana Ribeiro")],
                   quotes: ["q1", "q2"]),
            Source(id: "s4", name: "Lisbon Port Authority", kind: .organization, entity: "e5", via: "s1",
                   mentions: [s("Lisbon Port Authority")], quotes: ["q3"]),
            Source(id: "s5", name: "Inês Matos", kind: .person, entity: "e3", via: "s1", mentions: [s("Inês Matos")],
                   quotes: ["q4", "q5"]),
            Source(id: "s6", name: "leaked report", kind: .document, entity: nil, via: "s2", mentions: [s("a leaked report")],
                   claims: ["c2"]),
            Source(id: "s7", name: "Rui Tavares", kind: .person, entity: "e2", via: "s2", mentions: [s("Rui Tavares")]),
        ]
        let claims = [
            Claim(id: "c1", span: s("the projected cost has risen to 2.3 billion euros"), source: "s1", score: 0.81,
                  signals: ["money"]),
            Claim(id: "c2", span: s("sea levels in the estuary could rise by 40 centimetres by 2070"), source: "s6", score: 0.9,
                  signals: ["quantity", "date"]),
            Claim(id: "c3", span: s("the city had spent more than 60 million euros on emergency flood repairs since 2019"),
                  source: nil, score: 0.74, signals: ["money"]),
        ]
        let info = DocumentInfo(id: DocumentID.of(t), metadata: meta, length: doc.length)
        return Analysis(path: "sample.txt", document: info, entities: entities, quotes: quotes, sources: sources, claims: claims)
    }

    static func sampleArticle() -> ArticleState {
        let text = sampleText
        return ArticleState(text: ArticleText(path: "sample.txt", text: text), analysis: sampleAnalysis(), document: Document(text))
    }

    static func sampleState(width: Int = 80, height: Int = 24) -> ReaderState {
        var s = ReaderState(articles: [sampleArticle()], width: width, height: height)
        s.keyHelp = Keymap.default.help
        return s
    }

    /// A long article: the sample's paragraphs repeated, analysed only for structure.
    static func longState(repeats: Int = 40, width: Int = 80, height: Int = 24) -> ReaderState {
        let text = Array(repeating: sampleText, count: repeats).joined(separator: "\n")
        let doc = Document(text)
        let info = DocumentInfo(id: "x", metadata: ArticleMetadata(title: "Long"), length: doc.length)
        let a = ArticleState(text: ArticleText(path: "long.txt", text: text), analysis: Analysis(path: nil, document: info),
                             document: doc)
        return ReaderState(articles: [a], width: width, height: height)
    }

    /// The seed article and an analysis made from its hand-made gold, or nil when the shared
    /// corpus is not beside the checkout (../shared; it is never committed).
    static func seed() -> (text: String, analysis: Analysis)? {
        let dir = root.deletingLastPathComponent().appendingPathComponent("shared/corpus/seed")
        guard let text = try? String(contentsOf: dir.appendingPathComponent("caliber-china-ukraine.txt"), encoding: .utf8),
              let data = try? Data(contentsOf: dir.appendingPathComponent("caliber-china-ukraine.gold.json")),
              let gold = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        return (text, SeedGold.analysis(text: text, gold: gold))
    }
}
