/// Everything the reader shows, as one value. `reduce` maps a state and an action to the next
/// state; `ReaderView.render` draws a state. Nothing else changes what is on screen.
public struct ReaderState: Sendable {
    /// The screens: the article list (several articles), one article's panes, and the
    /// library's feeds and items, and the people the library quotes.
    public enum Screen: Equatable, Sendable { case list, article, library, people }

    public var articles: [ArticleState]
    public var screen: Screen
    /// The open article (article screen) or the selected row (list screen).
    public var current = 0
    public var listScroll = 0
    public var focus: Pane = .body
    /// The side pane shown when the side panes are tabs (narrow screens).
    public var sideTab: Pane = .quotes
    /// The screen size the last `resize` reported; layout for paging and mouse hits.
    public var width: Int
    public var height: Int
    public var helpVisible = false
    public var helpScroll = 0
    public var search = SearchState()
    /// A one-line message in the status bar, cleared by the next action.
    public var message: String?
    /// Key names per action for the help overlay; set from the keymap in use.
    public var keyHelp: [String: String] = [:]
    /// True when an annotation store is open, so `a` can open the editor.
    public var annotationEditorAvailable = false
    /// The inline annotation editor, while open; it takes every key.
    public var editorSession: EditorSession?
    /// The `v` list of the open article's links, while shown.
    public var linksView: PaneCursor?
    /// Inputs named on the command line that could not be read, listed under the articles
    /// with why, so nothing the user asked for disappears without a word.
    public var unreadable: [UnreadableInput]
    /// `/` on the list: only articles whose title, site or authors contain this are listed.
    public var listFilter = ""
    /// Addresses being fetched in the background; the status bar says so until each arrives.
    public var fetching: [String] = []
    /// The library being browsed (`byline` with no argument); nil when reading files.
    public var library: LibraryBrowser?
    /// The people view (`p` on the library), once opened.
    public var people: PeopleBrowser?
    /// After saving an annotation on a claim other articles report: the offer `c` accepts.
    public var copyOffer: CopyOffer?

    public init(articles: [ArticleState], unreadable: [UnreadableInput] = [], width: Int = 80, height: Int = 24) {
        self.articles = articles
        self.unreadable = unreadable
        self.screen = articles.count + unreadable.count > 1 ? .list : .article
        self.width = width
        self.height = height
    }

    /// True when the article screen was reached from a list the user can go back to.
    public var hasList: Bool { library != nil || articles.count + unreadable.count > 1 }

    /// A reader on the library: it opens on the feeds; `Effect.library(.loadFeeds)` fills them.
    public init(library: LibraryBrowser, width: Int = 80, height: Int = 24) {
        self.init(articles: [], width: width, height: height)
        self.library = library
        self.screen = .library
    }

    public var article: ArticleState? {
        articles.indices.contains(current) ? articles[current] : nil
    }

    /// Mutates the open article in place.
    mutating func withArticle(_ body: (inout ArticleState) -> Void) {
        guard articles.indices.contains(current) else { return }
        body(&articles[current])
    }

    /// The screen layout for the current size.
    public var layout: ScreenLayout { layout(width: width, height: height) }

    /// The layout at a given size, with side pane heights fitted to the open article's rows.
    public func layout(width: Int, height: Int, focus: Pane? = nil, sideTab: Pane? = nil) -> ScreenLayout {
        var rows: [Pane: Int] = [:]
        if screen == .article, let a = article, a.index != nil {
            for pane in Pane.side { rows[pane] = a.rows(pane).count }
        }
        return ScreenLayout(width: width, height: height, focus: focus ?? self.focus, sideTab: sideTab ?? self.sideTab, rows: rows)
    }
}
