import Foundation

/// One reader's judgement pinned to a stretch of one document's text. `documentID` is the
/// SHA-256 of the text it was made on; the anchor finds the stretch again in a revised text.
public struct Annotation: Equatable, Sendable, Codable, Identifiable {
    public var id: UUID
    public var documentID: String
    public var verdict: Verdict?
    public var note: String
    public var tags: [String]
    public var created: Date
    public var modified: Date
    public var anchor: TextAnchor
    /// The document as an imported annotation named it (a file path or a URL), so the
    /// annotation attaches to that document when it is opened by path; nil for Byline's own.
    public var source: String?
    /// The imported JSON object (compact, keys sorted) when Byline's own rendering would say
    /// less than it did: unknown members, a creator, other bodies travel out again unchanged.
    public var original: String?

    public init(id: UUID = UUID(), documentID: String, verdict: Verdict?, note: String, tags: [String],
                created: Date, modified: Date, anchor: TextAnchor, source: String? = nil, original: String? = nil) {
        self.id = id
        self.documentID = documentID
        self.verdict = verdict
        self.note = note
        self.tags = tags
        self.created = created
        self.modified = modified
        self.anchor = anchor
        self.source = source
        self.original = original
    }

    /// Tags as a person typed them, trimmed, empty ones and repeats dropped, order kept.
    public static func normalizedTags<S: Sequence>(_ tags: S) -> [String] where S.Element == String {
        var seen = Set<String>()
        var out: [String] = []
        for tag in tags {
            let t = tag.trimmingCharacters(in: .whitespacesAndNewlines)
            if !t.isEmpty, seen.insert(t).inserted { out.append(t) }
        }
        return out
    }
}

/// What an editor hands back to be saved: the parts a person writes.
public struct AnnotationDraft: Equatable, Sendable {
    public var verdict: Verdict?
    public var note: String
    public var tags: [String]

    public init(verdict: Verdict?, note: String, tags: [String]) {
        self.verdict = verdict
        self.note = note
        self.tags = Annotation.normalizedTags(tags)
    }

    /// A draft with no verdict, no note and no tag says nothing and is not saved.
    public var isEmpty: Bool { verdict == nil && note.isEmpty && tags.isEmpty }
}
