import BylineCore
import Foundation

/// A fact-check report a person can send: per article, a tally of verdicts, then each checked
/// passage quoted with its verdict, note and tags; passages that could no longer be found in
/// the current text are listed apart, never left out. A report is read on screens too, and
/// its text may come from someone else's export: every piece goes through `SafeText`.
public enum MarkdownReport {
    public struct Section: Equatable, Sendable {
        public var title: String
        public var documentID: String
        public var path: String?
        public var annotations: [Annotation]
        public var orphans: [Annotation]

        public init(title: String, documentID: String, path: String?, annotations: [Annotation], orphans: [Annotation] = []) {
            self.title = title
            self.documentID = documentID
            self.path = path
            self.annotations = annotations
            self.orphans = orphans
        }
    }

    public static func render(_ sections: [Section]) -> String {
        var out = "# Fact-check report\n"
        if sections.isEmpty { return out + "\nNo annotations.\n" }
        for section in sections {
            out += "\n## \(inline(section.title))\n\n"
            if let path = section.path { out += "File: `\(SafeText.line(path))`  \n" }
            out += "Document: `\(SafeText.line(section.documentID))`\n\n"
            out += tally(section.annotations + section.orphans)
            for (i, a) in section.annotations.enumerated() { out += entry(i + 1, a) }
            if !section.orphans.isEmpty {
                out += "\n### Not found in the current text\n\n"
                out += "These passages were checked in an earlier version of the article and could not be found again.\n"
                for (i, a) in section.orphans.enumerated() { out += entry(section.annotations.count + i + 1, a) }
            }
        }
        return out
    }

    private static func tally(_ all: [Annotation]) -> String {
        var counts: [String: Int] = [:]
        for a in all { counts[a.verdict?.label ?? "No verdict", default: 0] += 1 }
        let order = Verdict.allCases.map(\.label) + ["No verdict"]
        let parts = order.compactMap { label in counts[label].map { "\(label): \($0)" } }
        return "\(all.count) passage\(all.count == 1 ? "" : "s") checked. " + parts.joined(separator: " · ") + "\n"
    }

    private static func entry(_ n: Int, _ a: Annotation) -> String {
        var out = "\n### \(n). \(a.verdict?.label ?? "No verdict")\n\n"
        for line in SafeText.lines(a.anchor.exact).split(separator: "\n", omittingEmptySubsequences: false) {
            out += "> \(line)\n"
        }
        if !a.note.isEmpty { out += "\n\(SafeText.lines(a.note))\n" }
        out += "\n"
        if !a.tags.isEmpty { out += "Tags: " + a.tags.map { "`\(SafeText.line($0))`" }.joined(separator: ", ") + "  \n" }
        out += "Checked \(Timestamp.format(a.created))"
        if a.modified != a.created { out += ", revised \(Timestamp.format(a.modified))" }
        out += "\n"
        return out
    }

    private static func inline(_ s: String) -> String {
        SafeText.line(s)
    }
}
