import BylineCore
import BylineStore
import Foundation

/// The inline annotation editor open on one claim of one article. The editor itself (keys,
/// fields, drawing) is BylineReader's `AnnotationEditor`; the session says what it judges.
public struct EditorSession: Equatable, Sendable {
    public var article: Int
    public var claim: Int
    public var editor: AnnotationEditor

    public init(article: Int, claim: Int, editor: AnnotationEditor) {
        self.article = article
        self.claim = claim
        self.editor = editor
    }
}

/// A save the reader asks for, with everything the store needs: the draft, where it stands in
/// the text, and the document it belongs to. `existing` is set when an annotation is revised.
public struct AnnotationSave: Equatable, Sendable {
    public var article: Int
    public var claimID: String
    public var draft: AnnotationDraft
    public var anchor: TextAnchor
    public var document: DocumentRecord
    public var existing: UUID?

    public init(article: Int, claimID: String, draft: AnnotationDraft, anchor: TextAnchor, document: DocumentRecord,
                existing: UUID?) {
        self.article = article
        self.claimID = claimID
        self.draft = draft
        self.anchor = anchor
        self.document = document
        self.existing = existing
    }
}
