import Foundation
import XCTest

/// Accuracy is a behaviour: a change that lowers a scorer figure below its committed floor
/// (Tests/Accuracy/floors.json) fails the build, and the bundled sample's analysis is pinned
/// byte for byte so that any change to it is seen and reviewed.
final class AccuracyGateTests: XCTestCase {
    private static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testScorerFiguresStayAtOrAboveTheFloors() throws {
        let shared = Self.root.deletingLastPathComponent().appendingPathComponent("shared")
        guard FileManager.default.fileExists(atPath: shared.appendingPathComponent("eval/score.py").path) else {
            throw XCTSkip("no ../shared/eval beside the checkout; the gate runs where the evaluation data is")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.root.appendingPathComponent("scripts/accuracy-gate.py").path,
                             "--binary", BylineExecutable.path, "--shared", shared.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let report = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, report)
    }

    /// Regenerate after a reviewed change with BYLINE_UPDATE_GOLDEN=1.
    func testSampleAnalysisMatchesTheGolden() throws {
        let sample = try Data(contentsOf: Self.root.appendingPathComponent("Sources/byline/Resources/sample.txt"))
        let golden = Self.root.appendingPathComponent("Tests/Accuracy/sample-analysis.json")
        let run = try BylineExecutable.run(["analyze", "--format", "json", "-"], stdin: sample)
        XCTAssertEqual(run.status, 0, run.stderr)
        if ProcessInfo.processInfo.environment["BYLINE_UPDATE_GOLDEN"] == "1" {
            try Data(run.stdout.utf8).write(to: golden)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        XCTAssertEqual(run.stdout, expected, "analysis of the bundled sample changed; review it, then BYLINE_UPDATE_GOLDEN=1")
    }
}
