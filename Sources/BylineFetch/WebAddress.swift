import Foundation

/// Tells a web address from a file name on the command line, and checks it before any traffic.
public enum WebAddress {
    /// True for arguments that name a page on the web rather than a file: http:// and https://.
    public static func isWebAddress(_ argument: String) -> Bool {
        let lower = argument.prefix(8).lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// The address as a URL with an http or https scheme and a host, else why not.
    static func validate(_ address: String) throws(FetchError) -> URL {
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased() else {
            throw .invalidURL(url: address)
        }
        guard scheme == "http" || scheme == "https" else { throw .unsupportedScheme(url: address, scheme: scheme) }
        guard let host = url.host, !host.isEmpty else { throw .invalidURL(url: address) }
        return url
    }
}
