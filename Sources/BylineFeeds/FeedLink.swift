import Foundation

/// Relative addresses in feeds ("/2026/ferry.html", "ferry.html" under an `xml:base`),
/// made absolute against the base in effect, then the feed's own address.
enum FeedLink {
    static func resolve(_ link: String?, base: String?, fallback: String? = nil) -> String? {
        guard let raw = link?.trimmingCharacters(in: .whitespacesAndNewlines), !raw.isEmpty else { return nil }
        if let url = URL(string: raw), url.scheme != nil { return raw }
        for candidate in [base, fallback] {
            guard let candidate, let baseURL = URL(string: candidate), baseURL.scheme != nil else { continue }
            if let resolved = URL(string: raw, relativeTo: baseURL)?.absoluteURL.absoluteString { return resolved }
        }
        return raw
    }
}
