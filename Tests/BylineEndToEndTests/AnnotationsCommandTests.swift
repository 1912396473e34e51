import Foundation
import XCTest

/// `byline annotations …` end to end through the built binary, against a store in a temp folder.
final class AnnotationsCommandTests: TemporaryFolderTestCase {
    static let article = """
        Council backs sea wall

        The council approved a sea wall costing 40 million pounds on Tuesday.
        Critics said the wall would harm the beach and its goverment grant was late.

        Tourism fell by 12 percent last year, according to the regional office.
        """

    private func run(_ args: [String], store: String) throws -> BylineExecutable.Result {
        try BylineExecutable.run(["annotations"] + args + ["--store", store])
    }

    func testAddListExportImportRoundTrip() throws {
        let file = try write(Self.article, "wall.txt")
        let store = folder + "/one.sqlite"
        let added = try run(["add", file, "--quote", "costing 40 million pounds", "--verdict", "disputed",
                             "--note", "The budget says 46, “not 40”.", "--tag", "cost", "--tag", "budget"], store: store)
        XCTAssertEqual(added.status, 0, added.stderr)
        let id = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertNotNil(UUID(uuidString: id))
        XCTAssertEqual(try run(["add", file, "--sentence", "4", "--verdict", "needs-context"], store: store).status, 0)

        let list = try run(["list", file], store: store)
        XCTAssertEqual(list.status, 0)
        let lines = list.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 3)
        XCTAssertEqual(String(lines[0]), "Council backs sea wall  (\(file))", "the article's title and path head its annotations")
        XCTAssertTrue(lines[1].hasPrefix("  " + String(id.prefix(8)) + "  56-81 (position)  disputed  \"costing 40 million pounds\""), String(lines[1]))
        XCTAssertTrue(lines[1].hasSuffix("#cost #budget"))
        let all = try run(["list"], store: store).stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(all.count, 3)
        XCTAssertEqual(all[0], "Council backs sea wall  (\(file))")
        XCTAssertTrue(all[1].hasPrefix("  " + String(id.prefix(8)) + "  56-81  disputed"), all[1])

        let exported = try run(["export", "--format", "w3c"], store: store)
        XCTAssertEqual(exported.status, 0)
        let jsonld = try write(exported.stdout, "export.jsonld")
        let other = folder + "/two.sqlite"
        let imported = try run(["import", jsonld], store: other)
        XCTAssertEqual(imported.stdout, "imported 2: 2 added, 0 updated, 0 unchanged\n")
        XCTAssertEqual(try run(["export", "--format", "w3c"], store: other).stdout, exported.stdout)
        XCTAssertEqual(try run(["import", jsonld], store: other).stdout, "imported 2: 0 added, 0 updated, 2 unchanged\n")

        let csv = try run(["export", "--format", "csv", file], store: store)
        XCTAssertEqual(csv.stdout.components(separatedBy: "\r\n").count, 4, "header, two rows, final empty")
        let markdown = try run(["export", "--format", "markdown", file], store: store)
        XCTAssertTrue(markdown.stdout.contains("## Council backs sea wall"))
        XCTAssertTrue(markdown.stdout.contains("> costing 40 million pounds"))
        XCTAssertTrue(markdown.stdout.contains("The budget says 46, “not 40”."))
    }

    func testRevisedArticleReattachesAndListsOrphans() throws {
        let file = try write(Self.article, "wall.txt")
        let store = folder + "/s.sqlite"
        XCTAssertEqual(try run(["add", file, "--quote", "Critics said the wall would harm the beach and its goverment grant was late.",
                                "--verdict", "false"], store: store).status, 0)
        XCTAssertEqual(try run(["add", file, "--quote", "Tourism fell by 12 percent last year", "--verdict", "supported"], store: store).status, 0)
        XCTAssertEqual(try run(["add", file, "--quote", "on Tuesday", "--note", "Monday?"], store: store).status, 0)
        let revised = Self.article
            .replacingOccurrences(of: "goverment", with: "government")
            .replacingOccurrences(of: "\nTourism fell by 12 percent last year, according to the regional office.", with: "")
            .replacingOccurrences(of: "Council backs sea wall\n", with: "Council backs sea wall\nBy A. Writer\n")
        try revised.write(toFile: file, atomically: true, encoding: .utf8)
        let lines = try run(["list", file], store: store).stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 4)
        XCTAssertTrue(lines[1].contains("(quote)  -  \"on Tuesday\""), lines[1])
        XCTAssertTrue(lines[2].contains("(fuzzy 99%)  false"), lines[2])
        XCTAssertTrue(lines[3].contains("  orphan  supported  \"Tourism fell by 12 percent last year\""), lines[3])
    }

    func testAddByClaimID() throws {
        let file = try write(Self.article, "wall.txt")
        let store = folder + "/c.sqlite"
        let analysis = try BylineExecutable.run(["analyze", file])
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(analysis.stdout.utf8)) as? [String: Any])
        let claims = try XCTUnwrap(json["claims"] as? [[String: Any]])
        let first = try XCTUnwrap(claims.first, "the article has a checkable claim")
        let id = try XCTUnwrap(first["id"] as? String)
        let span = try XCTUnwrap(first["span"] as? [String: Any])
        let added = try run(["add", file, "--claim", id.lowercased(), "--verdict", "supported"], store: store)
        XCTAssertEqual(added.status, 0, added.stderr)
        let exported = try run(["export", "--format", "csv"], store: store).stdout
        XCTAssertTrue(exported.contains(",supported,,,"), exported)
        XCTAssertTrue(exported.contains(",\(span["start"] as? Int ?? -1),\(span["end"] as? Int ?? -1),"), exported)
        let missing = try run(["add", file, "--claim", "C999", "--verdict", "false"], store: store)
        XCTAssertNotEqual(missing.status, 0)
        XCTAssertTrue(missing.stderr.contains("no claim C999: the analysis found \(claims.count) claims"), missing.stderr)
    }

    func testUndoAndDelete() throws {
        let file = try write(Self.article, "wall.txt")
        let store = folder + "/u.sqlite"
        let id = try run(["add", file, "--range", "0:7", "--verdict", "unverifiable"], store: store).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(try run(["delete", String(id.prefix(6))], store: store).stdout, "deleted \(id)\n")
        XCTAssertEqual(try run(["list"], store: store).stdout, "no annotations in \(store)\n")
        XCTAssertEqual(try run(["undo"], store: store).stdout, "restored \(id)\n")
        XCTAssertEqual(try run(["undo"], store: store).stdout, "removed \(id)\n")
        XCTAssertEqual(try run(["undo"], store: store).stdout, "nothing to undo\n")
    }

    func testBadInputIsRefused() throws {
        let file = try write(Self.article, "wall.txt")
        let store = folder + "/b.sqlite"
        XCTAssertNotEqual(try run(["add", file, "--quote", "not in the text", "--verdict", "false"], store: store).status, 0)
        XCTAssertNotEqual(try run(["add", file, "--quote", "sea wall", "--verdict", "wrong"], store: store).status, 0)
        XCTAssertNotEqual(try run(["add", file, "--quote", "sea wall"], store: store).status, 0)
        XCTAssertNotEqual(try run(["add", file, "--quote", "sea wall", "--sentence", "1", "--verdict", "false"], store: store).status, 0)
        let notJSON = try write("{", "bad.jsonld")
        XCTAssertNotEqual(try run(["import", notJSON], store: store).status, 0)
        XCTAssertEqual(try run(["list"], store: store).stdout, "no annotations in \(store)\n")
    }

    /// `byline annotations add` killed with SIGKILL at arbitrary moments: the store opens, and
    /// every annotation whose id was printed (printed only after the commit) is in it.
    func testKilledWritersLeaveEveryCommittedAnnotation() throws {
        let file = try write(Self.article, "wall.txt")
        let store = folder + "/k.sqlite"
        var committed: [String] = []
        var killed = 0
        for round in 0..<16 {
            let process = Process()
            process.executableURL = BylineExecutable.url
            process.arguments = ["annotations", "add", file, "--quote", "sea wall", "--verdict", "disputed",
                                 "--note", "round \(round) " + String(repeating: "long note ", count: 2_000), "--store", store]
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(5_000 + (round * 7_919) % 150_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { killed += 1 }
            let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            if printed.hasSuffix("\n"), UUID(uuidString: String(printed.dropLast())) != nil { committed.append(String(printed.dropLast())) }
        }
        XCTAssertGreaterThan(killed, 0, "at least one writer must have been killed while running")
        let list = try run(["list"], store: store)
        XCTAssertEqual(list.status, 0, list.stderr)
        for id in committed { XCTAssertTrue(list.stdout.contains(String(id.prefix(8))), "lost \(id)") }
        let listed = list.stdout.hasPrefix("no annotations") ? 0 : list.stdout.split(separator: "\n").count
        XCTAssertGreaterThanOrEqual(listed, committed.count)
    }
}
