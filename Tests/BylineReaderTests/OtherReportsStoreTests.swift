import BylineCore
@testable import BylineReader
import BylineStore
import Foundation
import XCTest

/// The copy offer with a real store: two library articles report one claim; the reader opens
/// one, an annotation saved on the claim brings the offer, `c` copies it to the other article.
final class OtherReportsStoreTests: XCTestCase {
    static let seoul = """
        Troops for Moscow

        North Korea has deployed over 10,000 troops to Russia to support its war in Ukraine, South Korea's spy agency said on Friday.
        """
    static let harbor = """
        Pyongyang sends troops

        Over 10 thousand North Korean troops have been deployed to Russia to support its war in Ukraine, according to South Korea's spy agency.
        """

    private var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "byline-other-reports-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func settle(_ app: inout ReaderApp) {
        repeat { usleep(1_000) } while app.poll() || app.isBusy
    }

    /// Saves `text` into the library with its analysis; returns its document id.
    private func save(_ text: String, link: String, _ library: LibraryStore, _ analyzer: Analyzer) throws -> String {
        let id = DocumentID.of(text)
        let analysis = analyzer.analyze(text)
        let cached = CachedAnalysis(documentID: id, analyzerVersion: "test/1", json: AnalysisJSON.encode(analysis, pretty: false),
                                    quotes: analysis.quotes.count, claims: analysis.claims.count)
        try library.save(ItemDraft(link: link, title: "t"), text: ArticleText(documentID: id, text: text, title: nil,
                                                                              length: text.unicodeScalars.count, source: .page),
                         analysis: cached)
        return id
    }

    func testAnAnnotationOnAClaimIsOfferedToTheOtherReportAndCopied() throws {
        let store = try AnnotationStore(path: folder + "/library.sqlite")
        let library = LibraryStore(store: store)
        let analyzer = Analyzer()
        _ = try save(Self.seoul, link: "https://seoul.example/1", library, analyzer)
        let harbor = try save(Self.harbor, link: "https://harbor.example/1", library, analyzer)
        XCTAssertEqual(try ClaimIndex(store: store).indexPending(analyzerVersion: "test/1").matched, 1)

        var app = ReaderApp(articles: [LoadedArticle(path: folder + "/seoul.txt", text: Self.seoul)], width: 100, height: 30,
                            analyzer: analyzer, annotations: StoreAnnotationBackend(store: store))
        _ = app.handle(.resize(width: 100, height: 30))
        settle(&app)
        _ = app.handle(.char("5"))
        _ = app.handle(.char("G"))
        _ = app.handle(.char("a"))
        XCTAssertEqual(app.state.editorSession?.editor.quote.hasPrefix("North Korea has deployed"), true)
        _ = app.handle(.char("d"))
        _ = app.handle(.enter)
        settle(&app)
        XCTAssertEqual(app.state.message, "Saved. 1 other article reports this claim (harbor.example): c copies the annotation to them")
        _ = app.handle(.char("c"))
        settle(&app)
        XCTAssertEqual(app.state.message, "Copied to 1 other report of the claim")
        let copied = try store.annotations(documentID: harbor)
        XCTAssertEqual(copied.map(\.verdict), [.disputed])
        XCTAssertEqual(copied.first?.anchor.exact.hasPrefix("Over 10 thousand North Korean troops"), true)
    }
}
