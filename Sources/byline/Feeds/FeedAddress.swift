import BylineCore
import BylineFetch
import Foundation

/// What a user typed for a feed, as the library keeps it: a web address as it is, a
/// `file:` URL or a path as an absolute path (so updates from another folder still find it).
enum FeedAddress {
    static func normalize(_ argument: String) -> String {
        if WebAddress.isWebAddress(argument) { return argument }
        if argument.lowercased().hasPrefix("file:"), let url = URL(string: argument), url.isFileURL { return url.standardizedFileURL.path }
        return URL(fileURLWithPath: argument).standardizedFileURL.path
    }

    /// A short default name: the host without "www." and "feeds.", or the file's name.
    static func defaultName(_ address: String) -> String {
        if WebAddress.isWebAddress(address), var host = URL(string: address)?.host?.lowercased() {
            for prefix in ["www.", "feeds.", "feed.", "rss."] where host.hasPrefix(prefix) { host.removeFirst(prefix.count) }
            return host
        }
        let file = (address as NSString).lastPathComponent
        let stem = (file as NSString).deletingPathExtension
        return stem.isEmpty ? file : stem
    }
}
