import Foundation
import XCTest

/// Issue 11.3's "an annotation on one is offered on the others", in a terminal (tmux): two
/// articles saved into the library report one claim in different words; the reader opens one,
/// an annotation saved on the claim brings the status-line offer, `c` copies it, and
/// `byline annotations list` shows it on the other article's sentence.
final class ClaimCopyOfferEndToEndTests: TmuxTestCase {
    override var terminalSize: (width: Int, height: Int) { (100, 30) }

    static let seoul = """
        Troops for Moscow

        North Korea has deployed over 10,000 troops to Russia to support its war in Ukraine, South Korea's spy agency said on Friday.
        """
    static let harbor = """
        Pyongyang sends troops

        Over 10 thousand North Korean troops have been deployed to Russia to support its war in Ukraine, according to South Korea's spy agency.
        """

    private func byline(_ arguments: [String]) throws -> String {
        let result = try BylineExecutable.run(arguments)
        XCTAssertEqual(result.status, 0, "byline \(arguments.joined(separator: " ")): \(result.stderr)")
        return result.stdout
    }

    func testAnAnnotationOnAClaimIsOfferedAndCopiedToTheOtherReport() throws {
        let seoul = try write("seoul.txt", Self.seoul)
        let harbor = try write("harbor.txt", Self.harbor)
        let store = tmux.folder.appendingPathComponent("annotations.sqlite").path
        _ = try byline(["save", "--offline", "--store", store, seoul, harbor])
        let grouped = try byline(["claims", "--grouped", "--store", store])
        XCTAssertTrue(grouped.hasPrefix("group 1: 2 articles"), grouped)
        XCTAssertEqual(try byline(["annotations", "list", harbor, "--store", store]).contains("disputed"), false)

        tmux.startByline([seoul])
        tmux.waitForStatus("· Body ·")
        tmux.send("5")
        tmux.send("G")
        tmux.send("a")
        XCTAssertTrue(tmux.waitFor("Annotate “North Korea has deployed"), tmux.screen)
        tmux.send("d")
        XCTAssertTrue(tmux.waitFor("Tab: note"), tmux.screen)
        tmux.send("Enter")
        // A file saved without a feed or publisher has no outlet's name.
        XCTAssertTrue(tmux.waitFor("Saved. 1 other article reports this claim (unknown outlet): c copies"), tmux.screen)
        tmux.send("c")
        XCTAssertTrue(tmux.waitFor("Copied to 1 other report of the claim"), tmux.screen)
        tmux.send("q")
        XCTAssertTrue(tmux.waitFor("exit=0"), tmux.screen)

        let listed = try byline(["annotations", "list", harbor, "--store", store])
        XCTAssertTrue(listed.contains("disputed"), listed)
        XCTAssertTrue(listed.contains("Over 10 thousand North Korean troops"), listed)
    }
}
