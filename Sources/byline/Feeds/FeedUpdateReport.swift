/// What updating one feed did, for the summary `feeds update` prints.
struct FeedUpdateReport: Sendable {
    var name: String
    var newItems = 0
    var changed = 0
    var pruned = 0
    var notModified = false
    /// Why the feed could not be updated (kept in the library too).
    var error: String?
    /// Why the feed was not asked at all (a server's Retry-After not yet over).
    var skipped: String?
    /// Items whose page could not be fetched (their feed text stands in).
    var pageErrors = 0

    var line: String {
        if let error { return "\(name): failed: \(error)" }
        if let skipped { return "\(name): skipped: \(skipped)" }
        if notModified { return "\(name): not modified" }
        var parts = ["\(newItems) new"]
        if changed > 0 { parts.append("\(changed) changed") }
        if pruned > 0 { parts.append("\(pruned) dropped past the limit") }
        if pageErrors > 0 { parts.append("\(pageErrors) page\(pageErrors == 1 ? "" : "s") not fetched") }
        return "\(name): " + parts.joined(separator: ", ")
    }
}
