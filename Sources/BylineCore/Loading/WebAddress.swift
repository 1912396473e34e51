/// Tells a web address from a file name: the one rule the command line, the store's library
/// and the reader's links share, so that what one fetches the others key and open alike.
public enum WebAddress {
    /// True for http:// and https:// addresses (the scheme in any case), the only ones Byline
    /// fetches; anything else is a file name.
    public static func isWebAddress(_ text: String) -> Bool {
        let scheme = text.prefix(8).lowercased()
        return scheme.hasPrefix("http://") || scheme.hasPrefix("https://")
    }
}
