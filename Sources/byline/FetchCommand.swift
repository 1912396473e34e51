import ArgumentParser
import BylineCore
import BylineFetch
import BylineWeb
import Foundation

/// `byline fetch URL -o page.html`: saves a page exactly as served (after gzip or deflate), so
/// it can be read, analysed and annotated offline; annotations made on the URL find it again
/// because the same bytes give the same article text.
struct FetchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Download a web page to read or annotate it offline.",
        discussion: """
        Follows up to 10 redirects and gives up after --timeout seconds or past --max-page-size.

        The bytes are saved unchanged (no sidecar): opened later with `byline page.html`, the page \
        gives the same article text, and so the same document id, as the URL did, and the \
        annotations made on the URL are there. Its address stays in the page's canonical link. \
        A warning says when that cannot hold: a page whose character set only the HTTP header \
        names, and which reads differently without it.

        Without -o the page goes to standard output. On failure prints one line, such as \
        "byline: https://example.com/a: HTTP 404 Not Found", and exits with status 1.
        """
    )

    @OptionGroup var web: WebOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to save the page; - or none: standard output.", valueName: "file"))
    var output: String?

    @Argument(help: "The page's address (http:// or https://).")
    var url: String

    mutating func run() throws {
        guard WebAddress.isWebAddress(url) else {
            throw ValidationError("\(url) is not a web address; give one that starts with http:// or https://")
        }
        let page: FetchedPage
        do {
            page = try web.fetcher.fetch(url)
            // Binary data served as text is refused by the loader's own rule, not saved.
            _ = try WebPage.pageBytes(page.body, path: url)
        } catch {
            StandardError.print("byline: \(error)")
            throw ExitCode(1)
        }
        let data = Data(page.body)
        guard let output, output != "-" else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            StandardError.print("byline: \(output): cannot be written (\(error.localizedDescription))")
            throw ExitCode(1)
        }
        let moved = page.finalURL == page.requestedURL ? "" : " (from \(page.finalURL))"
        StandardError.print("byline: saved \(page.body.count) bytes\(moved) to \(output)")
        if let warning = Self.offlineMismatch(page, savedAs: output) { StandardError.print("byline: warning: \(warning)") }
    }

    /// Saved bytes are read without the HTTP header; when its charset was what made the text
    /// right, the saved page reads differently and annotations made on the URL will not match.
    static func offlineMismatch(_ page: FetchedPage, savedAs output: String) -> String? {
        guard ArticleInput.isHTML(page), let type = page.contentType, type.lowercased().contains("charset="),
              !WebPage.readsAlikeOffline(page.body, url: page.finalURL, contentType: type) else { return nil }
        return "\(output): the page names its character set only in the HTTP header (\(type)); "
            + "read from the file it decodes differently, so annotations made on the URL will not match it"
    }
}
