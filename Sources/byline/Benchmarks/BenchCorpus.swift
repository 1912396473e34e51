import BylineCore
import BylineWeb
import Foundation

/// The texts a benchmark runs over: files, folders, JSON-lines corpora, and generated
/// worst cases.
enum BenchCorpus {
    static func load(_ paths: [String]) throws -> [String] {
        var texts: [String] = []
        let loader = ArticleLoader()
        for path in InputPaths.expand(paths) {
            if path.hasSuffix(".jsonl") {
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw LoadError.notFound(path: path)
                }
                for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
                    if let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                       let text = object["text"] as? String {
                        texts.append(text)
                    }
                }
            } else {
                texts.append(try loader.load(path).text)
            }
        }
        return texts
    }

    /// Inputs that break naive quote and sentence scanners; `scale` multiplies the size of
    /// the generated ones (1 gives 5 MB of paragraph, 5 MB of random cue words and 4 MB of
    /// cues), so a benchmark can time
    /// several sizes and show the cost per MB staying flat.
    static func synthetic(scale: Double = 1) -> [(String, String)] {
        let sentence = "The minister said “the budget will rise by 3.5 percent in 2025,” according to Reuters. "
        let paragraphBytes = Int(5_000_000 * scale)
        let paragraph = String(repeating: sentence, count: (paragraphBytes + sentence.utf8.count - 1) / sentence.utf8.count)
        let marks = String(repeating: "“", count: 5_000) + "text" + String(repeating: "”", count: 5_000)
        let straight = String(repeating: "He said \" and ", count: 10_000)
        let noSpaces = String(repeating: "abcdefghij", count: Int(100_000 * scale))
        let attributions = String(repeating: "the plan works, he said, and ", count: Int(150_000 * scale))
        let dense = denseCues(bytes: Int(5_000_000 * scale))
        return [
            ("\(mb(paragraph)) single paragraph", paragraph),
            ("\(mb(dense)) of random cue words", dense),
            ("10,000 curly quote marks", marks),
            ("10,000 straight quotes", straight),
            ("\(mb(noSpaces)) without spaces", noSpaces),
            ("\(mb(attributions)) of cues, no stop", attributions),
        ]
    }

    /// Random words, a third of them "said", "according to", quotation marks and the like, in
    /// one paragraph with no full stop: every cue finds others all around it. The same text
    /// for the same size (a fixed-seed generator), so figures can be compared across builds.
    static func denseCues(bytes: Int) -> String {
        let words = ["the", "a", "minister", "council", "plan", "budget", "Smith", "Jones", "Reuters", "city",
                     "people", "report", "water", "year", "new", "police", "officials", "spokesman"]
        let cues = ["said", "according to", "“", "”", "\"", "said,", "told", ", according to", "Smith said", "said that",
                    "—", "said:", "citing", ", saying", "claimed", "as reported by"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            // SplitMix64: small, fast and the same on every platform.
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(n))
        }
        var text = ""
        text.reserveCapacity(bytes + 32)
        while text.utf8.count < bytes {
            text += next(3) == 0 ? cues[next(cues.count)] : words[next(words.count)]
            text += " "
        }
        return text
    }

    private static func mb(_ text: String) -> String {
        String(format: "%.2f MB", Double(text.utf8.count) / 1e6)
    }
}
