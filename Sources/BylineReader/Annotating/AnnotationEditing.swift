import BylineStore
import Foundation

/// The editor open inline in the body: which article and which stretch of its text it judges.
public struct AnnotationEditing: Equatable, Sendable {
    public var editor: AnnotationEditor
    public var article: Int
    /// Scalar offsets of the passage in the article's current text.
    public var range: Range<Int>

    public init(editor: AnnotationEditor, article: Int, range: Range<Int>) {
        self.editor = editor
        self.article = article
        self.range = range
    }
}

/// A change the app must hand to the store (off the screen's thread).
public struct AnnotationSave: Equatable, Sendable {
    public var article: Int
    /// The annotation being edited; nil saves a new one.
    public var existing: UUID?
    public var range: Range<Int>
    public var draft: AnnotationDraft

    public init(article: Int, existing: UUID?, range: Range<Int>, draft: AnnotationDraft) {
        self.article = article
        self.existing = existing
        self.range = range
        self.draft = draft
    }
}

extension ClaimAnnotationSummary.Verdict {
    /// The reader's badge verdict for a stored verdict.
    public init(_ verdict: Verdict) {
        switch verdict {
        case .supported: self = .supported
        case .disputed: self = .disputed
        case .false: self = .false
        case .misleading: self = .misleading
        case .unverifiable: self = .unverifiable
        case .needsContext: self = .context
        }
    }
}
