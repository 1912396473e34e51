import BylineCore

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
