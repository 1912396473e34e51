/// Side effects as values: `reduce` stays pure and the app performs these afterwards.
public enum Effect: Equatable, Sendable {
    case quit
    case suspend
    /// Save an annotation written in the inline editor (issue 6).
    case saveAnnotation(AnnotationSave)
}
