import BylineCore

/// Standard input with no text in it (`printf '' | byline`, `byline - < /dev/null`): the reader
/// says so and fails rather than opening an empty article. Only the reader refuses it; for
/// `analyze` an empty input is an empty document, as an empty file is.
struct EmptyStandardInput: Error, CustomStringConvertible {
    enum Kind { case empty, whiteSpace, pageWithoutText }
    let kind: Kind

    var description: String {
        switch kind {
        case .empty: return "standard input is empty"
        case .whiteSpace: return "standard input holds only white space"
        case .pageWithoutText: return "standard input: the web page has no article text"
        }
    }

    /// `article`, unless it was read from standard input and has nothing to read in it.
    static func check(_ article: LoadedArticle) throws -> LoadedArticle {
        guard article.path == "-", article.text.unicodeScalars.allSatisfy(\.properties.isWhitespace) else { return article }
        if article.format == .html { throw EmptyStandardInput(kind: .pageWithoutText) }
        throw EmptyStandardInput(kind: article.text.isEmpty ? .empty : .whiteSpace)
    }
}
