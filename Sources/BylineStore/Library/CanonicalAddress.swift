import Foundation

/// An article's address reduced to what identifies it, so one story reached through a
/// tracking link, with a fragment or with an upper-case host is found again: scheme and host
/// in lower case, no default port, no fragment, no `utm_*`, `fbclid`, `gclid` and the like.
public enum CanonicalAddress {
    static let trackingParameters: Set<String> = ["fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "ref_src"]

    public static func of(_ address: String?) -> String? {
        guard let address = address?.trimmingCharacters(in: .whitespacesAndNewlines), !address.isEmpty else { return nil }
        guard var parts = URLComponents(string: address), let scheme = parts.scheme?.lowercased(), parts.host != nil else {
            return address
        }
        parts.scheme = scheme
        parts.host = parts.host?.lowercased()
        if (scheme == "http" && parts.port == 80) || (scheme == "https" && parts.port == 443) { parts.port = nil }
        parts.fragment = nil
        if let items = parts.queryItems {
            let kept = items.filter { !$0.name.lowercased().hasPrefix("utm_") && !trackingParameters.contains($0.name.lowercased()) }
            parts.queryItems = kept.isEmpty ? nil : kept
        }
        if parts.path.isEmpty { parts.path = "/" }
        return parts.string ?? address
    }
}
