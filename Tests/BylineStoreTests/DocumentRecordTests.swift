import BylineCore
import BylineStore
import Foundation
import XCTest

/// Every command registers an article as the reader does: the text's id, the library's path
/// and the title the analysis shows.
final class DocumentRecordTests: XCTestCase {
    func testAPlainArticleIsKeyedByItsTextAndAbsolutePath() {
        let article = LoadedArticle(path: "notes/../harbour.txt", text: StoreFixture.article)
        let record = DocumentRecord(article: article)
        XCTAssertEqual(record.id, DocumentID.of(StoreFixture.article))
        XCTAssertEqual(record.path, FileManager.default.currentDirectoryPath + "/harbour.txt")
        XCTAssertEqual(record.title, "Harbour town votes on sea wall")
        XCTAssertEqual(record.length, StoreFixture.article.unicodeScalars.count)
    }

    func testStandardInputHasNoPathAndAnAddressIsKeptAsGiven() {
        XCTAssertNil(DocumentRecord(article: LoadedArticle(path: "-", text: "Some text.")).path)
        let page = LoadedArticle(path: "HTTPS://news.example/a", text: "Some text.", format: .html,
                                 metadata: ArticleMetadata(title: "The page's own title"))
        XCTAssertEqual(DocumentRecord(article: page).path, "HTTPS://news.example/a")
    }

    func testAWebPageKeepsTheTitleItDeclares() {
        let page = LoadedArticle(path: "/saved/page.html", text: StoreFixture.article, format: .html,
                                 metadata: ArticleMetadata(title: "The page's own title"))
        let record = DocumentRecord(article: page)
        XCTAssertEqual(record.title, "The page's own title")
        XCTAssertEqual(record.title, Analyzer().analyze(page).document.title)
    }
}
