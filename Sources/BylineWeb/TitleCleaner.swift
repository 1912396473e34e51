import Foundation

/// Takes a site's name off a `<title>` such as "Headline | The Site" or "The Site - Headline".
enum TitleCleaner {
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / ", " _ ", " : "]

    /// - Parameter heading: the page's first `<h1>`; a first part of the title that is exactly
    ///   the heading is the headline, and what the separator adds is the site. (A last part
    ///   equal to the heading is more often the site's logo.)
    static func strip(_ title: String, siteName: String?, heading: String?) -> String {
        for sep in separators where title.contains(sep) {
            let parts = title.components(separatedBy: sep)
            guard parts.count >= 2 else { continue }
            let first = parts[0], last = parts[parts.count - 1]
            if let heading, first.lowercased() == heading.lowercased(), first.split(separator: " ").count >= 2 {
                return first
            }
            if let siteName, !siteName.isEmpty {
                if TextSimilarity.similar(last, siteName) { return parts.dropLast().joined(separator: sep) }
                if TextSimilarity.similar(first, siteName) { return parts.dropFirst().joined(separator: sep) }
            }
            let rest = parts.dropLast().joined(separator: sep)
            if rest.split(separator: " ").count >= 5 && last.split(separator: " ").count <= 3 { return rest }
        }
        return title
    }
}
