import Foundation
import XCTest
@testable import BylineCore

/// A speaker's name is a name, a title-led description or a group: never a function word,
/// an adverb, a number or a bare demonym. Checked over the seed article and every PolNeAR
/// dev article (read from ../shared at run time, like the accuracy gate), and on the
/// patterns of British news the issue lists.
final class SpeakerNameInvariantTests: XCTestCase {
    private static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")

    /// Closed-class words, written here independently of the analyser's own lists.
    private static let functionWords: Set<String> = [
        "i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them", "who", "whom", "this", "that",
        "these", "those", "a", "an", "the", "some", "any", "each", "every", "no", "all", "both", "and", "but", "or",
        "nor", "so", "yet", "if", "because", "although", "though", "while", "whether", "as", "in", "on", "at", "of",
        "for", "with", "from", "to", "by", "about", "despite", "after", "before", "during", "under", "over", "since",
        "until", "do", "does", "did", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
        "can", "could", "should", "must", "might", "how", "what", "why", "when", "where", "which", "however",
        "meanwhile", "also", "still", "then", "now", "here", "there", "instead", "moreover", "nevertheless", "yes",
        "not", "only", "even", "just", "again", "later", "earlier", "first",
    ]
    private static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
        "thirty", "forty", "fifty", "hundred", "thousand", "million", "dozen", "dozens", "hundreds", "thousands",
    ]

    /// Why `name` cannot be a speaker's name, or nil when it can.
    private func defect(_ name: String, gazetteer: Gazetteer) -> String? {
        let words = name.split(separator: " ").map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }
        guard let first = words.first else { return "empty" }
        if words.allSatisfy({ $0.isEmpty || $0.allSatisfy { $0.isNumber || $0 == "," || $0 == "." || $0 == "%" } }) { return "number" }
        if words.count == 1, Self.functionWords.contains(first) { return "function word" }
        if words.count == 1, Self.numberWords.contains(first) { return "number word" }
        if ["however", "meanwhile", "despite", "but", "and"].contains(first), words.count > 1 { return "opener inside the name" }
        let bare = words.count == 2 && ["the", "a", "an"].contains(first) ? words[1] : words.count == 1 ? first : nil
        if let bare, !bare.hasSuffix("s"),
           gazetteer.contains(bare, in: .demonym) || gazetteer.contains(bare, in: .group) { return "bare demonym or party" }
        return nil
    }

    private func defects(in analysis: Analysis, gazetteer: Gazetteer) -> [String] {
        var out: [String] = []
        for q in analysis.quotes {
            if let name = q.speaker?.name, let d = defect(name, gazetteer: gazetteer) { out.append("\(q.id) “\(name)”: \(d)") }
        }
        for s in analysis.sources where s.kind != .publisher {
            if let d = defect(s.name, gazetteer: gazetteer) { out.append("\(s.id) “\(s.name)”: \(d)") }
        }
        return out
    }

    func testNoDevArticleOrSeedHasAMalformedSpeakerName() throws {
        let dev = Self.shared.appendingPathComponent("eval/data/polnear-dev.jsonl")
        let seed = Self.shared.appendingPathComponent("corpus/seed/caliber-china-ukraine.txt")
        guard FileManager.default.fileExists(atPath: dev.path), FileManager.default.fileExists(atPath: seed.path) else {
            throw XCTSkip("no ../shared/eval beside the checkout; the invariant runs where the evaluation data is")
        }
        let gazetteer = try EntityResources.bundled().gazetteer
        var texts = [try String(contentsOf: seed, encoding: .utf8)]
        for line in try String(contentsOf: dev, encoding: .utf8).split(separator: "\n") {
            let record = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            texts.append(try XCTUnwrap(record["text"] as? String))
        }
        XCTAssertGreaterThan(texts.count, 80)
        let analyzer = Analyzer()
        var all: [String] = []
        var speakers = 0
        for (n, text) in texts.enumerated() {
            let analysis = analyzer.analyze(text)
            speakers += analysis.quotes.filter { $0.speaker?.name != nil }.count
            all += defects(in: analysis, gazetteer: gazetteer).map { "article \(n): \($0)" }
        }
        XCTAssertGreaterThan(speakers, 1_000)
        XCTAssertEqual(all, [], all.joined(separator: "\n"))
    }

    func testOpenersNumbersAndDemonymsAreNotNames() throws {
        let gazetteer = try EntityResources.bundled().gazetteer
        let cases: [(text: String, content: String, mention: String)] = [
            ("The Russian added that the talks had failed.", "talks had failed", "The Russian"),
            ("A Conservative spokeswoman said the plan was sound.", "plan was sound", "A Conservative spokeswoman"),
            ("That is what Ann Lee said. He said the plan was sound.", "plan was sound", "He"),
            ("The welfare state is “a safety net for all of us,” the minister said.", "safety net", "the minister"),
            ("However, one dealer told Reuters that prices would fall sharply next week.", "prices would fall", "one dealer"),
            ("US critics said the deal was a betrayal of British workers.", "betrayal of British", "US critics"),
            ("“Prices will fall again,” said one dealer in London.", "Prices will fall", "one dealer"),
        ]
        for c in cases {
            let analysis = Analyzer().analyze(c.text)
            let q = try XCTUnwrap(analysis.quotes.first { $0.content.text.contains(c.content) }, c.text)
            XCTAssertEqual(q.speaker?.mention?.text, c.mention, c.text)
            XCTAssertEqual(defects(in: analysis, gazetteer: gazetteer), [], c.text)
        }
        XCTAssertEqual(defect("However", gazetteer: gazetteer), "function word")
        XCTAssertEqual(defect("Russian", gazetteer: gazetteer), "bare demonym or party")
        XCTAssertEqual(defect("Five", gazetteer: gazetteer), "number word")
        XCTAssertNil(defect("Russians", gazetteer: gazetteer))
        XCTAssertNil(defect("Theresa May", gazetteer: gazetteer))
    }
}
