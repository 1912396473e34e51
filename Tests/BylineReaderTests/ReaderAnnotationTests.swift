import BylineCore
@testable import BylineReader
import BylineStore
import Foundation
import XCTest

/// The reader with a real store: `a` opens the editor inline, Enter saves through the store,
/// the badge shows after the commit, a new reader on the same store finds it, `Enter` opens
/// it again, Ctrl-X deletes and `u` undoes.
final class ReaderAnnotationTests: XCTestCase {
    static let text = """
        Sea wall approved

        The council approved a sea wall costing 40 million pounds on Tuesday. Critics said the wall would harm the beach.

        Tourism fell by 12 percent last year, according to the regional office.
        """

    private var folder = ""

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "byline-reader-annotations-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Self.text.write(toFile: folder + "/wall.txt", atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func openApp(_ store: AnnotationStore, text: String = ReaderAnnotationTests.text) -> ReaderApp {
        var app = ReaderApp(articles: [LoadedArticle(path: folder + "/wall.txt", text: text)], width: 100, height: 30,
                            annotations: StoreAnnotationBackend(store: store))
        _ = app.handle(.resize(width: 100, height: 30))
        settle(&app)
        return app
    }

    /// Lets the store finish what the reader queued and applies the results.
    private func settle(_ app: inout ReaderApp) {
        repeat { usleep(1_000) } while app.poll() || app.isBusy
    }

    private func type(_ s: String, _ app: inout ReaderApp) {
        for c in s.unicodeScalars { _ = app.handle(.char(c)) }
    }

    /// The first screen row showing `needle`.
    private func row(containing needle: String, in buffer: Buffer) -> Int? {
        buffer.lines.firstIndex { $0.contains(needle) }
    }

    func testAnnotateSaveReopenEditDeleteUndo() throws {
        let store = try AnnotationStore(path: folder + "/a.sqlite")
        var app = openApp(store)
        XCTAssertTrue(app.state.annotationEditorAvailable)
        let claim = try XCTUnwrap(app.state.article?.analysis?.claims.first, "the analysis finds the council's decision checkable")

        _ = app.handle(.char("a"))
        let editing = try XCTUnwrap(app.state.editorSession)
        XCTAssertEqual(editing.range, claim.span.range)
        XCTAssertEqual(editing.claim, 0)
        XCTAssertNil(editing.editor.annotationID)
        var screen = app.render(width: 100, height: 30)
        XCTAssertNotNil(row(containing: "Annotate “" + claim.span.text.prefix(20), in: screen))

        _ = app.handle(.tab)
        _ = app.handle(.char("j"))
        XCTAssertEqual(app.state.editorSession?.editor.note.text, "j", "keys go to the editor while it is open")
        _ = app.handle(.backspace)
        _ = app.handle(.up)
        XCTAssertEqual(app.state.editorSession?.editor.focus, .verdict)
        _ = app.handle(.char("d"))
        _ = app.handle(.tab)
        type("Cost is 46 million", &app)
        _ = app.handle(.tab)
        type("cost", &app)
        _ = app.handle(.enter)
        XCTAssertNil(app.state.editorSession)
        XCTAssertEqual(app.state.message, "Saving…")
        settle(&app)
        XCTAssertEqual(app.state.message, "Saved")
        let saved = try XCTUnwrap(try store.allAnnotations().first)
        XCTAssertEqual(saved.verdict, .disputed)
        XCTAssertEqual(saved.note, "Cost is 46 million")
        XCTAssertEqual(saved.anchor.exact, claim.span.text)
        XCTAssertEqual(app.state.article?.placements.map(\.annotation), [saved])

        screen = app.render(width: 100, height: 30)
        let claimRow = try XCTUnwrap(row(containing: "The council approved a sea wall", in: screen))
        let badgeColumn = try XCTUnwrap((0..<100).first { screen[$0, claimRow].text == "!" })
        XCTAssertEqual(screen[badgeColumn, claimRow].role, .claimDisputed)

        var reopened = openApp(try AnnotationStore(path: folder + "/a.sqlite"))
        XCTAssertEqual(reopened.state.article?.placements.map(\.annotation), [saved])
        _ = reopened.handle(.enter)
        XCTAssertEqual(reopened.state.editorSession?.editor.annotationID, saved.id)
        type(".", &reopened)
        _ = reopened.handle(.ctrl("s"))
        settle(&reopened)
        XCTAssertEqual(try store.annotation(saved.id)?.note, "Cost is 46 million.")

        _ = reopened.handle(.enter)
        _ = reopened.handle(.ctrl("x"))
        settle(&reopened)
        XCTAssertEqual(reopened.state.message, "Annotation deleted (u undoes)")
        XCTAssertEqual(try store.allAnnotations(), [])
        XCTAssertEqual(reopened.state.article?.placements.count, 0)

        _ = reopened.handle(.char("u"))
        XCTAssertEqual(reopened.state.message, "Undoing…")
        settle(&reopened)
        XCTAssertEqual(reopened.state.message, "Undone: the annotation is back (Disputed)")
        XCTAssertEqual(try store.annotation(saved.id)?.note, "Cost is 46 million.")
        XCTAssertEqual(reopened.state.article?.placements.count, 1)
        _ = reopened.handle(.char("u"))
        settle(&reopened)
        XCTAssertEqual(try store.annotation(saved.id)?.note, "Cost is 46 million", "the edit is undone next")
    }

    func testAResizeMidEditKeepsTheDraftAndItStillSaves() throws {
        let store = try AnnotationStore(path: folder + "/a.sqlite")
        var app = openApp(store)
        _ = app.handle(.char("a"))
        _ = app.handle(.char("f"))
        _ = app.handle(.tab)
        type("Checked with the council", &app)
        _ = app.handle(.resize(width: 20, height: 6))
        XCTAssertTrue(app.render(width: 20, height: 6).lines.joined().contains("too small"))
        XCTAssertEqual(app.state.editorSession?.editor.note.text, "Checked with the council")
        _ = app.handle(.resize(width: 60, height: 20))
        type(" minutes", &app)
        XCTAssertNotNil(row(containing: "Annotate", in: app.render(width: 60, height: 20)))
        _ = app.handle(.enter)
        settle(&app)
        XCTAssertEqual(app.state.message, "Saved")
        let saved = try XCTUnwrap(try store.allAnnotations().first)
        XCTAssertEqual(saved.verdict, .false)
        XCTAssertEqual(saved.note, "Checked with the council minutes")
    }

    func testASearchMatchThatIsNoClaimCanBeAnnotated() throws {
        let store = try AnnotationStore(path: folder + "/m.sqlite")
        var app = openApp(store)
        _ = app.handle(.char("/"))
        type("harm the beach", &app)
        _ = app.handle(.enter)
        let match = try XCTUnwrap(app.state.search.match)
        _ = app.handle(.char("a"))
        XCTAssertEqual(app.state.editorSession?.range, match)
        XCTAssertNil(app.state.editorSession?.claim)
        _ = app.handle(.char("u"))
        _ = app.handle(.ctrl("s"))
        settle(&app)
        XCTAssertEqual(try store.allAnnotations().map(\.anchor.exact), ["harm the beach"])
        XCTAssertEqual(try store.allAnnotations().map(\.verdict), [.unverifiable])
        XCTAssertEqual(app.state.article?.placements.map(\.range), [match])
    }

    func testWithNoClaimInViewTheTopSentenceIsAnnotated() throws {
        var app = openApp(try AnnotationStore(path: folder + "/n.sqlite"), text: "A quiet day\n\nNothing much happened in the village.")
        XCTAssertEqual(app.state.article?.analysis?.claims.count, 0)
        let sentence = try XCTUnwrap(app.state.article?.document?.sentences.first)
        _ = app.handle(.char("a"))
        XCTAssertEqual(app.state.editorSession?.range, sentence.start..<sentence.end)
        XCTAssertNil(app.state.editorSession?.claim)
    }

    func testEscapeWithChangesAsksBeforeDiscarding() throws {
        var app = openApp(try AnnotationStore(path: folder + "/b.sqlite"))
        _ = app.handle(.char("a"))
        _ = app.handle(.char("f"))
        _ = app.handle(.escape)
        XCTAssertEqual(app.state.editorSession?.editor.isConfirmingDiscard, true)
        let screen = app.render(width: 100, height: 30)
        XCTAssertNotNil(row(containing: "Discard your changes?", in: screen))
        _ = app.handle(.char("y"))
        XCTAssertNil(app.state.editorSession)
        settle(&app)
        XCTAssertEqual(try AnnotationStore(path: folder + "/b.sqlite").allAnnotations(), [])
    }

    func testWithoutAStoreAnnotatingSaysSo() {
        var app = ReaderApp(articles: [LoadedArticle(path: "wall.txt", text: Self.text)], width: 100, height: 30)
        _ = app.handle(.char("a"))
        XCTAssertNil(app.state.editorSession)
        XCTAssertEqual(app.state.message, "Annotations are off: no annotation store is open")
    }

    func testRevisedFileShowsReattachedAnnotations() throws {
        let store = try AnnotationStore(path: folder + "/c.sqlite")
        var app = openApp(store)
        _ = app.handle(.char("a"))
        _ = app.handle(.char("s"))
        _ = app.handle(.enter)
        settle(&app)
        let revised = "Update: corrected.\n\n" + Self.text
        try revised.write(toFile: folder + "/wall.txt", atomically: true, encoding: .utf8)
        let original = try XCTUnwrap(app.state.article?.placements.first?.range)
        let again = openApp(store, text: revised)
        let placed = try XCTUnwrap(again.state.article?.placements.first)
        XCTAssertEqual(placed.range, (original.lowerBound + 20)..<(original.upperBound + 20))
        XCTAssertEqual(again.state.article?.text.text.text(placed.range), app.state.article?.text.text.text(original))
    }
}

final class ReaderOrphanTests: XCTestCase {
    func testAnnotationsOfARemovedPassageAreReportedAsOrphans() throws {
        let folder = NSTemporaryDirectory() + "byline-reader-orphans-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/wall.txt"
        let store = try AnnotationStore(path: folder + "/s.sqlite")
        let old = ScalarText(ReaderAnnotationTests.text)
        let quote = "Tourism fell by 12 percent last year, according to the regional office."
        let start = old.count - quote.unicodeScalars.count
        try store.add(AnnotationDraft(verdict: .false, note: "", tags: []), anchor: TextAnchor(range: start..<old.count, in: old),
                      document: DocumentRecord(id: DocumentID.of(old.string), path: path, title: nil, length: old.count))
        let revised = ReaderAnnotationTests.text.replacingOccurrences(of: "\n\n" + quote, with: "")
        var app = ReaderApp(articles: [LoadedArticle(path: path, text: revised)], width: 100, height: 30,
                            annotations: StoreAnnotationBackend(store: store))
        repeat { usleep(1_000) } while app.poll() || app.isBusy
        XCTAssertEqual(app.state.article?.placements.count, 0)
        XCTAssertEqual(app.state.article?.orphanAnnotations.map(\.anchor.exact), [quote])
        XCTAssertEqual(app.state.message, "1 annotation of an earlier version could not be placed: byline annotations list shows it")
    }
}
