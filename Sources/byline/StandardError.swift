import BylineCore
import Foundation

/// Messages for the user that must not mix with the JSON on standard output. Messages echo
/// names byline did not write (file names, keys, ids), so each line is made harmless for the
/// terminal and cut to a sane length here, whatever the caller put in it.
enum StandardError {
    /// Scalars kept of one line of a message.
    static let lineLength = 1_000

    static func print(_ message: String) {
        let safe = message.split(separator: "\n", omittingEmptySubsequences: false)
            .map { SafeText.line(String($0), limit: lineLength) }.joined(separator: "\n")
        FileHandle.standardError.write(Data((safe + "\n").utf8))
    }

    /// The repairs made while loading an article, one "byline: warning: …" line each.
    static func printWarnings(of article: LoadedArticle) {
        printWarnings(article.warnings)
    }

    static func printWarnings(_ warnings: [String]) {
        for warning in warnings { print("byline: \(warning)") }
    }
}
