import BylineCore
import BylineStore
import Foundation
import XCTest

/// Imported annotations come from other people: bad ranges, NULs and malformed items are
/// refused with one line naming the item and the field; nothing half-valid is stored.
final class ImportValidationTests: XCTestCase {
    private static let uuid = "urn:uuid:11111111-2222-4333-8444-555555555555"

    private func item(id: String = uuid, body: String = #"{"type": "TextualBody", "purpose": "assessing", "value": "false"}"#,
                      source: String = "sha256:abc", exact: String = "fully funded", position: String? = nil) -> String {
        let positionSelector = position.map { #", {"type": "TextPositionSelector", \#($0)}"# } ?? ""
        return #"{"id": "\#(id)", "type": "Annotation", "body": [\#(body)], "target": {"source": "\#(source)", "selector": [{"type": "TextQuoteSelector", "exact": "\#(exact)"}\#(positionSelector)]}}"#
    }

    private func decodeError(_ json: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            _ = try WebAnnotationCodec.decode(Data(json.utf8))
            XCTFail("decoded: \(json)", file: file, line: line)
            return ""
        } catch {
            return "\(error)"
        }
    }

    func testNegativeAndInvertedPositionsAreRefused() {
        XCTAssertEqual(decodeError("[\(item(position: #""start": -5, "end": 7"#))]"),
                       "invalid annotation: item 1: TextPositionSelector: negative position (start -5, end 7)")
        XCTAssertEqual(decodeError("[\(item()), \(item(position: #""start": 9, "end": 2"#))]"),
                       "invalid annotation: item 2: TextPositionSelector: end 2 comes before start 9")
    }

    func testAPositionOfAnotherLengthKeepsOnlyItsStartAsAHint() throws {
        let a = try XCTUnwrap(try WebAnnotationCodec.decode(Data("[\(item(position: #""start": 40, "end": 400"#))]".utf8)).first)
        XCTAssertEqual(a.anchor.range, 40..<52)
        XCTAssertEqual(a.anchor.exact, "fully funded")
    }

    func testPositionsPastTheEndOfAKnownDocumentAreRefusedAndNothingIsStored() throws {
        let f = try StoreFixture()
        let store = try f.open()
        try store.register(f.document)
        let inside = item(source: f.document.id, exact: "sea wall", position: #""start": 60, "end": 68"#)
        let beyond = item(id: "urn:uuid:22222222-2222-4333-8444-555555555555", source: f.document.id, exact: "sea wall",
                          position: #""start": \#(f.text.count + 10), "end": \#(f.text.count + 18)"#)
        let annotations = try WebAnnotationCodec.decode(Data("[\(inside), \(beyond)]".utf8))
        XCTAssertThrowsError(try store.importAnnotations(annotations)) { error in
            XCTAssertEqual("\(error)", "item 2: position \(f.text.count + 10)-\(f.text.count + 18) is past the end of its document (\(f.text.count) characters); nothing was imported")
        }
        XCTAssertEqual(try store.allAnnotations(), [])
        XCTAssertEqual(try store.importAnnotations([annotations[0]]).added, 1)
    }

    func testAnInvertedAnchorIsNeverStored() throws {
        let f = try StoreFixture()
        let store = try f.open()
        var a = try XCTUnwrap(try WebAnnotationCodec.decode(Data("[\(item())]".utf8)).first)
        a.anchor.start = 9
        a.anchor.end = 2
        XCTAssertThrowsError(try store.importAnnotations([a]))
        XCTAssertEqual(try store.allAnnotations(), [])
        a.anchor.start = 0
        a.anchor.end = 12
        a.note = "cut\u{0}here"
        XCTAssertThrowsError(try store.importAnnotations([a])) { error in
            XCTAssertEqual("\(error)", "item 1: a NUL character (U+0000) in the note or a tag; nothing was imported")
        }
        XCTAssertEqual(try store.allAnnotations(), [])
    }

    /// SQLite would hand back a note cut at its NUL; byline refuses it instead of losing text.
    func testANulInANoteIsRefusedNotCut() {
        let nul = item(body: #"{"type": "TextualBody", "purpose": "commenting", "value": "before\u0000after"}"#)
        XCTAssertEqual(decodeError("[\(nul)]"),
                       "invalid annotation: item 1: the note holds a NUL character (U+0000), which byline does not store")
        let tag = item(body: #"{"type": "TextualBody", "purpose": "tagging", "value": "t\u0000"}"#)
        XCTAssertTrue(decodeError("[\(tag)]").contains("item 1: the tag holds a NUL"))
    }

    func testDecodingErrorsSayWhereAndWhatWasExpected() {
        let good = Array(repeating: item(), count: 11)
        let badValue = item(body: #"{"type": "TextualBody", "purpose": "commenting", "value": 12}"#)
        XCTAssertEqual(decodeError("[\((good + [badValue]).joined(separator: ", "))]"),
                       "invalid annotation: item 12: body[0].value: expected a string")
        let noSource = #"[{"id": "\#(Self.uuid)", "type": "Annotation", "body": [], "target": {"selector": []}}]"#
        XCTAssertEqual(decodeError(noSource), "invalid annotation: item 1: target.source: missing")
        let nullID = #"[{"id": null, "type": "Annotation", "body": [], "target": {"source": "s", "selector": []}}]"#
        XCTAssertEqual(decodeError(nullID), "invalid annotation: item 1: id: expected a string, found null")
        let targetString = #"[{"id": "\#(Self.uuid)", "type": "Annotation", "body": [], "target": "s"}]"#
        XCTAssertEqual(decodeError(targetString), "invalid annotation: item 1: target: expected an object")
        let badStart = item(position: #""start": "ten", "end": 3"#)
        XCTAssertEqual(decodeError("[\(badStart)]"), "invalid annotation: item 1: target.selector[1].start: expected an integer")
    }

    func testAHugeIdIsEchoedShort() {
        let huge = String(repeating: "x", count: 1_000_000)
        let message = decodeError("[\(item(id: huge))]")
        XCTAssertTrue(message.hasPrefix("invalid annotation: item 1: id xxx"), String(message.prefix(80)))
        XCTAssertLessThan(message.unicodeScalars.count, 300)
    }
}
