import BylineCore

/// What a decoder read from a file of annotations, before the store settles it: the items it
/// could make annotations of (with what it had to say about each) and those it had to skip.
/// Items are numbered from 1 in the file's order, so every message can name one.
public struct ImportBatch: Equatable, Sendable {
    public var items: [ImportItem]
    public var skipped: [ImportIssue]

    public init(items: [ImportItem] = [], skipped: [ImportIssue] = []) {
        self.items = items
        self.skipped = skipped
    }
}

/// One annotation read from a file, and what was noted about it (kept only in its original
/// JSON, corrected, …).
public struct ImportItem: Equatable, Sendable {
    public var item: Int
    public var annotation: Annotation
    public var notes: [String]

    public init(item: Int, annotation: Annotation, notes: [String] = []) {
        self.item = item
        self.annotation = annotation
        self.notes = notes
    }
}

/// A line about one item of an import: "item 3: no text selector (…)".
public struct ImportIssue: Error, Equatable, Sendable, CustomStringConvertible {
    public var item: Int
    public var message: String

    public init(item: Int, message: String) {
        self.item = item
        self.message = message
    }

    public var description: String { "item \(item): \(SafeText.line(message, limit: 300))" }
}

/// A document read while importing (the file or page an item's target names), so quotes are
/// placed against its text instead of trusting, or inventing, positions.
public struct DocumentAtHand: Sendable {
    public var record: DocumentRecord
    public var text: ScalarText

    public init(record: DocumentRecord, text: ScalarText) {
        self.record = record
        self.text = text
    }
}
