import Foundation

/// Side effects as values: `reduce` stays pure and the app performs these afterwards.
public enum Effect: Equatable, Sendable {
    case quit
    case suspend
    /// Save an annotation written in the inline editor (issue 6).
    case saveAnnotation(AnnotationSave)
    /// Delete a stored annotation of article `article` (Ctrl-X in the editor).
    case deleteAnnotation(article: Int, UUID)
    /// Undo this session's last annotation change (`u`), then refresh article `article`.
    case undoAnnotation(article: Int)
    /// Fetch the page at this address in the background and open it as a new article; the
    /// result comes back as `.pageOpened` or `.pageFailed`.
    case openPage(String)
}
