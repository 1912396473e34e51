import BylineCore
import BylineStore
import Foundation

/// Side effects as values: `reduce` stays pure and returns these with the next state; the app
/// (`ReaderApp`) performs them. The state never holds a request for work.
public enum Effect: Equatable, Sendable {
    case quit
    case suspend
    /// Save an annotation written in the inline editor.
    case saveAnnotation(AnnotationSave)
    /// Delete a stored annotation of article `article` (Ctrl-X in the editor).
    case deleteAnnotation(article: Int, UUID)
    /// Undo this session's last annotation change (`u`); the result comes back as `.annotationUndone`.
    case undoAnnotation(article: Int)
    /// Find the stored annotations of article `article`'s text; they come back as
    /// `.annotationsLoaded` (and `.annotationOrphans`).
    case loadAnnotations(article: Int)
    /// Analyse article `article` in the background (a page opened from a link); progress and
    /// the result come back as `.analysisProgress` and `.analysisFinished`.
    case analyze(article: Int)
    /// Fetch the page at this address in the background and open it as a new article; the
    /// result comes back as `.pageOpened` or `.pageFailed`.
    case openPage(String)
    /// Read or change the library (`LibraryBackend`); results come back as `.library` actions.
    case library(LibraryRequest)
    /// Read the people index (`PeopleBackend`); results come back as `.people` actions.
    case people(PeopleRequest)
    /// Find the other articles' reports of the claim at `range` of `documentID`, which
    /// `annotation` was just saved on; they come back as `.otherReportsFound`.
    case findOtherReports(article: Int, documentID: String, range: Range<Int>, Annotation)
    /// Copy `annotation` onto these reports; the count comes back as `.annotationCopied`.
    case copyAnnotation(Annotation, to: [ClaimReport])
}
