import BylineCore

/// Coarse features of what an analysis found (quote kinds, cue words, source kinds, chain
/// depths, entity types, claim signals): an input that shows a feature no kept input shows
/// is interesting and joins the corpus, which so covers the analyser's behaviours without
/// coverage instrumentation.
public enum BehaviourFeatures {
    public static func of(_ analysis: Analysis) -> Set<String> {
        var features: Set<String> = []
        features.insert("quotes:\(min(analysis.quotes.count, 6))")
        for q in analysis.quotes {
            let speaker = q.speaker == nil ? "none" : q.speaker?.name == nil ? "mention" : "named"
            features.insert("quote:\(q.kind.rawValue):speaker=\(speaker):cue=\(q.cue != nil)")
            if let cue = q.cue {
                let cueClass = cueClass(cue.text.lowercased())
                features.insert("cue:\(cueClass):\(q.kind.rawValue):speaker=\(speaker)")
            }
        }
        var byID: [String: Source] = [:]
        for s in analysis.sources { byID[s.id] = s }
        for s in analysis.sources {
            features.insert("source:\(s.kind.rawValue)")
            var depth = 0, at = s
            while let v = at.via, let parent = byID[v], depth < 8 { depth += 1; at = parent }
            features.insert("source:\(s.kind.rawValue):depth=\(depth):quotes=\(min(s.quotes.count, 3))")
        }
        for e in analysis.entities { features.insert("entity:\(e.type.rawValue):\(e.title != nil)") }
        for c in analysis.claims { for s in c.signals { features.insert("signal:\(s)") } }
        return features
    }

    /// A cue by kind for the lexicon's hundreds of verb forms, by text for the few fixed
    /// phrases and short marks ("according to", ":", "―"), and as "word" or "mark" otherwise:
    /// any word before a quotation can be a cue, and the features must stay few.
    static func cueClass(_ text: String) -> String {
        if let entry = CueLexicon.entry(text) { return "\(entry.kind)" }
        if fixedCues.contains(text) { return text }
        if text.unicodeScalars.contains(where: ScalarClass.isAlnum) { return "word" }
        return text.unicodeScalars.count <= 2 ? text : "mark"
    }

    /// Cues that are not a verb form of the lexicon, told apart by their text.
    static let fixedCues: Set<String> = ["according to", "citing", "as reported by", "was reported by", "were reported by"]
}
