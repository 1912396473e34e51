import BylineCore
import Foundation

/// Messages for the user that must not mix with the JSON on standard output.
enum StandardError {
    static func print(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// The repairs made while loading an article, one "byline: warning: …" line each.
    static func printWarnings(of article: LoadedArticle) {
        for warning in article.warnings { print("byline: \(warning)") }
    }
}
