import XCTest
@testable import BylineCore

/// The JSON contract: field order, explicit nulls, escaping, round trip through Codable.
final class AnalysisJSONTests: XCTestCase {
    private func sample() -> Analysis {
        let text = "Lin said “no.”\tOK"
        let scalars = ScalarText(text)
        var a = Analyzer().analyze(text, path: "a/b.txt")
        a.entities = [Entity(id: "E1", name: "Lin", type: .person, mentions: [scalars.span(0, 3)])]
        a.quotes = [Quote(id: "Q1", kind: .direct, content: scalars.span(9, 14), cue: scalars.span(4, 8),
                          speaker: Speaker(name: "Lin", entity: "E1", mention: scalars.span(0, 3)), source: "S1")]
        a.sources = [Source(id: "S1", name: "Lin", kind: .person, entity: "E1", via: nil, quotes: ["Q1"])]
        a.claims = [Claim(id: "C1", span: scalars.span(0, 17), source: "S1", score: 0.725, signals: ["attributed"])]
        return a
    }

    func testCompactLineHasContractOrderAndNulls() {
        let line = AnalysisJSON.encode(Analyzer().analyze("", path: nil), pretty: false)
        XCTAssertEqual(line, #"{"schema":"byline.analysis/1","path":null,"document":{"id":"sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855","title":null,"byline":[],"publisher":null,"dateline":null,"format":"text","url":null,"published":null,"modified":null,"language":null,"site":null,"length":0},"entities":[],"quotes":[],"sources":[],"claims":[]}"#)
    }

    func testRoundTripAndEscaping() throws {
        let a = sample()
        let json = AnalysisJSON.encode(a, pretty: false)
        XCTAssertTrue(json.contains(#""span":{"start":0,"end":17,"text":"Lin said “no.”\tOK"}"#), json)
        XCTAssertTrue(json.contains(#""via":null"#))
        XCTAssertTrue(json.contains(#""score":0.725"#))
        XCTAssertFalse(json.contains("\n"))
        XCTAssertEqual(try AnalysisJSON.decode(json), a)
        XCTAssertEqual(try AnalysisJSON.decode(AnalysisJSON.encode(a, pretty: true)), a)
    }

    func testIncludeTextEscapesControls() throws {
        let a = Analyzer(options: .init(includeText: true)).analyze("a\"b\\c\u{1}\n", path: "x")
        let json = AnalysisJSON.encode(a, pretty: false)
        XCTAssertTrue(json.contains(#""text":"a\"b\\c\u0001\n""#), json)
        XCTAssertEqual(try AnalysisJSON.decode(json).document.text, "a\"b\\c\u{1}\n")
    }

    func testEscapesLineSeparatorsButNotOtherThreeByteScalars() {
        let message = "\u{2028}a\u{2029}–€\u{2026}\u{1F600}\"\t\u{1F}"
        let line = AnalysisJSON.errorLine(path: "\\", message: message)
        XCTAssertEqual(line, #"{"path":"\\","error":"\u2028a\u2029–€…😀\"\t\u001f"}"#)
    }

    func testScalarTextSlicesEncodeEveryUTF8Length() {
        let text = ScalarText("aé–😀z")
        XCTAssertEqual(text.text(0, 5), "aé–😀z")
        XCTAssertEqual(text.text(1, 4), "é–😀")
        XCTAssertEqual(text.text(3, 3), "")
        XCTAssertEqual(text.text(4, 99), "z")
    }

    /// Streaming gives the same bytes as building the whole string, in blocks near the block
    /// size: a large analysis is never held whole as JSON.
    func testStreamedJSONIsTheSameInBlocks() {
        let text = String(repeating: "Officials met in the city and Smith said according to Jones the plan works.\n", count: 2_000)
        let a = Analyzer().analyze(text, path: "dense.txt")
        for pretty in [false, true] {
            var blocks: [[UInt8]] = []
            AnalysisJSON.write(a, pretty: pretty) { blocks.append(Array($0)) }
            XCTAssertEqual(String(decoding: blocks.joined(), as: UTF8.self), AnalysisJSON.encode(a, pretty: pretty))
            XCTAssertGreaterThan(blocks.count, 2)
            XCTAssertLessThanOrEqual(blocks.map(\.count).max() ?? 0, 2 * JSONWriter.blockBytes)
        }
    }

    func testTextReportClipsToOneLineOfAtMostNScalars() {
        XCTAssertEqual(TextReport.clip("a\nb", 10), "a b")
        XCTAssertEqual(TextReport.clip("abcde", 5), "abcde")
        XCTAssertEqual(TextReport.clip("abcdef", 5), "abcd…")
        XCTAssertEqual(TextReport.clip("", 5), "")
        XCTAssertEqual(TextReport.clip(String(repeating: "é\r\n", count: 100_000), 4), "é  …")
    }

    func testErrorLine() {
        XCTAssertEqual(AnalysisJSON.errorLine(path: "x.bin", message: "x.bin: binary"),
                       #"{"path":"x.bin","error":"x.bin: binary"}"#)
    }

    func testDocumentIdIsSHA256OfUTF8() {
        XCTAssertEqual(DocumentID.of("abc"), "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
