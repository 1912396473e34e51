import BylineCore
import BylineStore
import Foundation

/// The inline annotation editor open on a passage of one article: a claim, or, where the
/// analysis found none there, the marked span or a sentence. The editor itself (keys, fields,
/// drawing) is BylineReader's `AnnotationEditor`; the session says what it judges.
public struct EditorSession: Equatable, Sendable {
    public var article: Int
    /// The claim judged, if the passage is one.
    public var claim: Int?
    /// Scalar offsets of the passage in the article's text.
    public var range: Range<Int>
    public var editor: AnnotationEditor

    public init(article: Int, claim: Int?, range: Range<Int>, editor: AnnotationEditor) {
        self.article = article
        self.claim = claim
        self.range = range
        self.editor = editor
    }
}

/// A save the reader asks for, with everything the store needs: the draft, where it stands in
/// the text, and the document it belongs to. `existing` is set when an annotation is revised.
public struct AnnotationSave: Equatable, Sendable {
    public var article: Int
    /// The claim the passage is, when it is one.
    public var claimID: String?
    public var draft: AnnotationDraft
    public var anchor: TextAnchor
    public var document: DocumentRecord
    public var existing: UUID?

    public init(article: Int, claimID: String?, draft: AnnotationDraft, anchor: TextAnchor, document: DocumentRecord,
                existing: UUID?) {
        self.article = article
        self.claimID = claimID
        self.draft = draft
        self.anchor = anchor
        self.document = document
        self.existing = existing
    }
}
