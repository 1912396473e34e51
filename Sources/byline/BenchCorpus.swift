import BylineCore
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

    static func wordCount(_ text: String) -> Int {
        var n = 0
        var inWord = false
        for s in text.unicodeScalars {
            let space = ScalarClass.isSpace(s)
            if !space && !inWord { n += 1 }
            inWord = !space
        }
        return n
    }

    /// Inputs that break naive quote and sentence scanners.
    static func synthetic() -> [(String, String)] {
        let sentence = "The minister said “the budget will rise by 3.5 percent in 2025,” according to Reuters. "
        var paragraph = ""
        while paragraph.utf8.count < 5_000_000 { paragraph += sentence }
        let marks = String(repeating: "“", count: 5_000) + "text" + String(repeating: "”", count: 5_000)
        let straight = String(repeating: "He said \" and ", count: 10_000)
        let noSpaces = String(repeating: "abcdefghij", count: 100_000)
        let attributions = String(repeating: "the plan works, he said, and ", count: 150_000)
        return [
            ("5 MB single paragraph", paragraph),
            ("10,000 curly quote marks", marks),
            ("10,000 straight quotes", straight),
            ("1 MB without spaces", noSpaces),
            ("4 MB of cues, no full stop", attributions),
        ]
    }
}
