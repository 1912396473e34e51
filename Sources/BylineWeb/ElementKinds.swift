/// The HTML element names the extraction reasons about, grouped by what they mean for text.
enum ElementKinds {
    /// Elements that start a new block (a line of their own) in the extracted text.
    static let block: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
        "thead", "tfoot", "tr", "td", "th", "caption", "ul", "menu", "listing", "xmp", "plaintext", "noframes",
    ]

    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// Elements whose own text counts as a paragraph when the content is scored.
    static let paragraphs: Set<String> = ["p", "pre", "td", "blockquote", "section", "h2", "h3", "h4", "h5", "h6"]

    /// Starting score of a container by what it is: divisions hold articles, lists and
    /// headings rarely do.
    static func baseScore(_ name: String) -> Double {
        switch name {
        case "div", "article", "main": return 5
        case "pre", "td", "blockquote": return 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": return -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": return -5
        default: return 0
        }
    }

    static func isBlock(_ name: String) -> Bool { block.contains(name) }
}
