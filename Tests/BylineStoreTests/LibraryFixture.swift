import BylineCore
import BylineStore
import Foundation

/// A library in a fresh store, with helpers that make feed entries and texts of our own.
final class LibraryFixture {
    let base: StoreFixture
    let store: AnnotationStore
    let library: LibraryStore
    static let analyzerVersion = "test-analyzer/1"

    init(keep: Int = LibraryStore.standardKeep) throws {
        base = try StoreFixture()
        store = try base.open()
        library = LibraryStore(store: store, defaultKeep: keep)
    }

    /// An entry dated `day` days into November 2026 (nil: undated).
    static func entry(_ n: Int, day: Int? = nil, guid: String? = nil, link: String? = nil) -> ItemDraft {
        ItemDraft(guid: guid ?? "g\(n)", link: link ?? "https://news.example/\(n).html", title: "Story \(n)", authors: ["Reporter \(n)"],
                  published: day.map { Date(timeIntervalSince1970: 1_793_491_200 + Double($0) * 86_400) }, summary: "Summary \(n)")
    }

    static func text(_ body: String, source: ArticleText.Source = .feed) -> ArticleText {
        ArticleText(documentID: DocumentID.of(body), text: body, title: nil, length: body.unicodeScalars.count, source: source)
    }

    static func analysis(of text: ArticleText, quotes: Int, claims: Int) -> CachedAnalysis {
        CachedAnalysis(documentID: text.documentID, analyzerVersion: analyzerVersion, json: "{}", quotes: quotes, claims: claims)
    }

    static func fetched(_ entries: [ItemDraft], etag: String? = nil) -> FeedOutcome {
        .fetched(title: "News", siteLink: "https://news.example/", format: "RSS 2.0", entries: entries, etag: etag, lastModified: nil)
    }

    /// An annotation on `text`, as the reader would save it.
    func annotate(_ text: ArticleText) throws {
        let scalars = ScalarText(text.text)
        try store.add(AnnotationDraft(verdict: .disputed, note: "check", tags: []), anchor: TextAnchor(range: 0..<min(5, scalars.count), in: scalars),
                      document: DocumentRecord(id: text.documentID, path: nil, title: nil, length: scalars.count))
    }
}
