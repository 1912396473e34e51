import BylineCore
import Foundation
import XCTest
@testable import BylineReader

/// Golden-file screen snapshots: the text of each row and the style role of each cell, so a
/// reviewer reads a diff of what the user would see. `UPDATE_SNAPSHOTS=1 swift test` rewrites
/// them. Snapshots of the seed article keep only a digest of the text (the seed is shared data
/// that is never committed); its full snapshot is written under .build/snapshots for review.
enum Snapshot {
    static let directory = Fixtures.root.appendingPathComponent("Tests/BylineReaderTests/Snapshots")
    static let reviewDirectory = Fixtures.root.appendingPathComponent(".build/snapshots")
    static var updating: Bool { ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1" }

    private static let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

    static func letter(_ role: StyleRole) -> Character {
        if role == .text { return "." }
        guard let n = StyleRole.known.firstIndex(of: role), n < letters.count else { return "?" }
        return letters[n]
    }

    static func textSection(_ b: Buffer) -> String {
        b.lines.map { "|\($0)|" }.joined(separator: "\n")
    }

    static func roleSection(_ b: Buffer) -> String {
        var used = Set<StyleRole>()
        var rows: [String] = []
        for y in 0..<b.height {
            let roles = b.roles(y)
            used.formUnion(roles)
            rows.append("|" + String(roles.map(letter)) + "|")
        }
        let legend = used.sorted { String(letter($0)) < String(letter($1)) }.map { "\(letter($0)) \($0.rawValue)" }
        return rows.joined(separator: "\n") + "\nlegend\n" + legend.joined(separator: "\n")
    }

    static func render(_ b: Buffer, privateText: Bool) -> String {
        let text = privateText ? "text \(DocumentID.of(textSection(b)))" : "text\n" + textSection(b)
        return "size \(b.width)x\(b.height)\n\(text)\nroles\n\(roleSection(b))\n"
    }

    static func assertMatches(_ buffer: Buffer, _ name: String, privateText: Bool = false,
                              file: StaticString = #filePath, line: UInt = #line) {
        let url = directory.appendingPathComponent(name + ".txt")
        let actual = render(buffer, privateText: privateText)
        if privateText {
            try? FileManager.default.createDirectory(at: reviewDirectory, withIntermediateDirectories: true)
            try? render(buffer, privateText: false).write(to: reviewDirectory.appendingPathComponent(name + ".txt"),
                                                         atomically: true, encoding: .utf8)
        }
        if updating {
            try! FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try! actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            XCTFail("no snapshot \(name).txt: run UPDATE_SNAPSHOTS=1 swift test --filter SnapshotTests", file: file, line: line)
            return
        }
        if expected != actual {
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }
            let detail = first.map { "line \($0.offset + 1):\n  expected \($0.element.0)\n  actual   \($0.element.1)" }
                ?? "different line counts \(e.count) and \(a.count)"
            XCTFail("snapshot \(name) differs at \(detail)\n(UPDATE_SNAPSHOTS=1 rewrites it; review the diff)", file: file, line: line)
        }
    }
}
