import Foundation

/// Absolute addresses for links and canonical URLs.
enum PageAddress {
    static func resolve(_ href: String, base: String?) -> String? {
        let h = href.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !h.isEmpty else { return nil }
        let lower = h.lowercased()
        if lower.hasPrefix("javascript:") || lower.hasPrefix("data:") { return nil }
        if let base, let baseURL = URL(string: base), let url = URL(string: h, relativeTo: baseURL) {
            return url.absoluteString
        }
        if let url = URL(string: h), url.scheme != nil { return url.absoluteString }
        return base == nil ? h : nil
    }
}
