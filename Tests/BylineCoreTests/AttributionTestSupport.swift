import XCTest
@testable import BylineCore

/// Runs the attribution stage on a text the test writes itself.
struct AttributionRun {
    let doc: Document
    let quotes: [Quote]
    let sources: [Source]
    let claims: [Claim]

    init(_ text: String, publisher: String? = nil, entities: [Entity] = []) {
        doc = Document(text)
        let result = AttributionAnalyzer().analyze(doc, entities: entities, metadata: ArticleMetadata(publisher: publisher))
        quotes = result.quotes
        sources = result.sources
        claims = result.claims
    }

    /// The innermost quote holding `fragment`: a statement reported inside another's content is its own quote.
    func quote(containing fragment: String) -> Quote? {
        quotes.filter { $0.content.text.contains(fragment) }.min { $0.content.end - $0.content.start < $1.content.end - $1.content.start }
    }

    func source(named name: String) -> Source? { sources.first { $0.name == name } }

    func source(id: String?) -> Source? { sources.first { $0.id == id } }

    /// Every span must match the text at its offsets.
    func assertOffsets(file: StaticString = #filePath, line: UInt = #line) {
        let spans = quotes.flatMap { [$0.content, $0.cue, $0.speaker?.mention].compactMap { $0 } } + claims.map(\.span)
            + sources.flatMap(\.mentions)
        for s in spans {
            XCTAssertEqual(doc.text.text(s.start, s.end), s.text, "span \(s.start)..<\(s.end)", file: file, line: line)
        }
    }
}
