import Foundation

/// An item as a feed (or `byline save`) gives it, before the library has it.
public struct ItemDraft: Sendable, Equatable {
    public var guid: String?
    public var link: String?
    public var title: String
    public var authors: [String]
    public var published: Date?
    public var updated: Date?
    public var summary: String?

    public init(guid: String? = nil, link: String? = nil, title: String = "", authors: [String] = [], published: Date? = nil,
                updated: Date? = nil, summary: String? = nil) {
        self.guid = guid
        self.link = link
        self.title = title
        self.authors = authors
        self.published = published
        self.updated = updated
        self.summary = summary
    }
}
