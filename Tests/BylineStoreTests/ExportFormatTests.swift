import BylineStore
import Foundation
import XCTest

final class ExportFormatTests: XCTestCase {
    func testTimestampDayIsTheUTCDate() {
        XCTAssertEqual(Timestamp.day(Date(timeIntervalSince1970: 0)), "1970-01-01")
        XCTAssertEqual(Timestamp.day(Date(timeIntervalSince1970: 951_868_799.9)), "2000-02-29")
        XCTAssertEqual(Timestamp.day(Date(timeIntervalSince1970: -1)), "1969-12-31")
        XCTAssertEqual(Timestamp.day(Date(timeIntervalSince1970: 1_796_083_199)), "2026-11-30")
    }

    func testTimestampFormatsAndParsesMilliseconds() {
        XCTAssertEqual(Timestamp.format(Date(timeIntervalSince1970: 0)), "1970-01-01T00:00:00.000Z")
        XCTAssertEqual(Timestamp.format(Date(timeIntervalSince1970: 951_782_400.5)), "2000-02-29T00:00:00.500Z")
        XCTAssertEqual(Timestamp.format(Date(timeIntervalSince1970: -1)), "1969-12-31T23:59:59.000Z")
        XCTAssertEqual(Timestamp.parse("2000-02-29T00:00:00.5Z"), Date(timeIntervalSince1970: 951_782_400.5))
        XCTAssertEqual(Timestamp.parse("2000-02-29T00:00:00.123456Z"), Date(timeIntervalSince1970: 951_782_400.123))
        XCTAssertEqual(Timestamp.parse("2000-02-29T02:30:00+02:30"), Date(timeIntervalSince1970: 951_782_400))
        XCTAssertNil(Timestamp.parse("2000-02-29"))
        XCTAssertNil(Timestamp.parse("2000-13-01T00:00:00Z"))
        XCTAssertNil(Timestamp.parse("2000-01-01T00:00:00"))
    }

    func testCSVQuotesOnlyWhatNeedsIt() {
        var w = CSVWriter()
        w.writeRow(["plain", "a,b", "say \"hi\"", "two\nlines", ""])
        XCTAssertEqual(w.output, "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n")
    }

    func testCSVExportHasOneRowPerAnnotation() {
        let a = Annotation(id: UUID(uuidString: "11111111-2222-4333-8444-555555555555")!, documentID: "sha256:x", verdict: .false,
                           note: "No, it was 3%", tags: ["a", "b"], created: Date(timeIntervalSince1970: 0), modified: Date(timeIntervalSince1970: 0),
                           anchor: TextAnchor(exact: "rose 4%", prefix: "", suffix: "", start: 3, end: 10))
        XCTAssertEqual(CSVExport.render([a]),
                       "id,document,verdict,note,tags,quote,start,end,created,modified\r\n"
                       + "11111111-2222-4333-8444-555555555555,sha256:x,false,\"No, it was 3%\",a; b,rose 4%,3,10,1970-01-01T00:00:00.000Z,1970-01-01T00:00:00.000Z\r\n")
    }

    func testMarkdownReportQuotesEachPassageWithItsVerdictAndListsOrphans() {
        let d = Date(timeIntervalSince1970: 0)
        let a = Annotation(documentID: "sha256:x", verdict: .disputed, note: "Figures differ.", tags: ["cost"], created: d, modified: d,
                           anchor: TextAnchor(exact: "costs 40 million", prefix: "", suffix: "", start: 0, end: 16))
        let o = Annotation(documentID: "sha256:x", verdict: nil, note: "", tags: ["gone"], created: d, modified: Date(timeIntervalSince1970: 60),
                           anchor: TextAnchor(exact: "old line\nsecond", prefix: "", suffix: "", start: 0, end: 15))
        let report = MarkdownReport.render([.init(title: "Sea wall", documentID: "sha256:x", path: "/a.txt", annotations: [a], orphans: [o])])
        XCTAssertEqual(report, """
            # Fact-check report

            ## Sea wall

            File: `/a.txt`  
            Document: `sha256:x`

            2 passages checked. Disputed: 1 · No verdict: 1

            ### 1. Disputed

            > costs 40 million

            Figures differ.

            Tags: `cost`  
            Checked 1970-01-01T00:00:00.000Z

            ### Not found in the current text

            These passages were checked in an earlier version of the article and could not be found again.

            ### 2. No verdict

            > old line
            > second

            Tags: `gone`  
            Checked 1970-01-01T00:00:00.000Z, revised 1970-01-01T00:01:00.000Z

            """)
    }

    func testStoreLocationPrecedence() {
        XCTAssertEqual(StoreLocation.resolve(explicit: "/x.sqlite", environment: ["BYLINE_STORE": "/y", "XDG_DATA_HOME": "/d"]), "/x.sqlite")
        XCTAssertEqual(StoreLocation.resolve(explicit: nil, environment: ["BYLINE_STORE": "/y", "XDG_DATA_HOME": "/d"]), "/y")
        XCTAssertEqual(StoreLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "/d/", "HOME": "/h"]), "/d/byline/annotations.sqlite")
        XCTAssertEqual(StoreLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "rel", "HOME": "/h"]), "/h/.local/share/byline/annotations.sqlite")
        XCTAssertEqual(StoreLocation.resolve(explicit: nil, environment: ["HOME": "/h"]), "/h/.local/share/byline/annotations.sqlite")
    }
}
