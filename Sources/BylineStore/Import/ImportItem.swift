/// One annotation read from a file, and what was noted about it (kept only in its original
/// JSON, corrected, …).
public struct ImportItem: Equatable, Sendable {
    public var item: Int
    public var annotation: Annotation
    public var notes: [String]
    /// The file gave no usable `created`: the store dates the annotation at its import (and
    /// keeps the date of an earlier import of the same item).
    public var undated: Bool

    public init(item: Int, annotation: Annotation, notes: [String] = [], undated: Bool = false) {
        self.item = item
        self.annotation = annotation
        self.notes = notes
        self.undated = undated
    }
}
