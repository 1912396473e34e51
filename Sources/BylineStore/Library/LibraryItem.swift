import Foundation

/// An item in full, as opened: everything but its text, which `LibraryStore.text(of:)` reads.
public struct LibraryItem: Sendable, Equatable {
    public var id: Int64
    /// nil for an article saved without a feed.
    public var feedID: Int64?
    public var guid: String?
    public var link: String?
    public var title: String
    public var authors: [String]
    public var published: Date?
    public var updated: Date?
    public var summary: String?
    public var documentID: String?
    public var textSource: String?
    /// Why the article's page could not be fetched or read, when it could not.
    public var textError: String?
    public var added: Date
    /// What lists sort on: published, else updated, else when it was added.
    public var sortDate: Date
    public var read: Bool
    public var starred: Bool
}
