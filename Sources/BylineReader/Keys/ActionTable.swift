/// The one table of user actions, as in tig's request table: each row names an action for the
/// config file, gives its default keys and help text, and says where it applies. The keymap,
/// the `?` overlay and the validation of user overrides all read this table.
public struct ActionSpec: Sendable {
    /// Where an action does something; the help overlay groups by it.
    public enum Context: String, CaseIterable, Sendable {
        case movement = "Moving (body, panes, list)"
        case panes = "Panes"
        case speakers = "Quotes and speakers"
        case search = "Search"
        case articles = "Articles"
        case library = "Library (byline with no file)"
        case global = "Everywhere"
    }

    public let name: String
    public let action: Action
    public let keys: [String]
    public let help: String
    public let context: Context
}

public enum ActionTable {
    public static let all: [ActionSpec] = [
        .init(name: "move-down", action: .moveDown, keys: ["j", "Down"], help: "Scroll down / next item", context: .movement),
        .init(name: "move-up", action: .moveUp, keys: ["k", "Up"], help: "Scroll up / previous item", context: .movement),
        .init(name: "half-page-down", action: .halfPageDown, keys: ["C-d"], help: "Half a page down", context: .movement),
        .init(name: "half-page-up", action: .halfPageUp, keys: ["C-u"], help: "Half a page up", context: .movement),
        .init(name: "page-down", action: .pageDown, keys: ["PgDn", "Space"], help: "A page down", context: .movement),
        .init(name: "page-up", action: .pageUp, keys: ["PgUp"], help: "A page up", context: .movement),
        .init(name: "top", action: .top, keys: ["g", "Home"], help: "Go to the top", context: .movement),
        .init(name: "bottom", action: .bottom, keys: ["G", "End"], help: "Go to the bottom", context: .movement),
        .init(name: "focus-next", action: .focusNext, keys: ["Tab"], help: "Focus the next pane", context: .panes),
        .init(name: "focus-previous", action: .focusPrevious, keys: ["S-Tab"], help: "Focus the previous pane", context: .panes),
        .init(name: "focus-body", action: .focusBody, keys: ["1"], help: "Focus the body", context: .panes),
        .init(name: "focus-entities", action: .focusEntities, keys: ["2"], help: "Focus entities", context: .panes),
        .init(name: "focus-quotes", action: .focusQuotes, keys: ["3"], help: "Focus quotes", context: .panes),
        .init(name: "focus-sources", action: .focusSources, keys: ["4"], help: "Focus sources", context: .panes),
        .init(name: "focus-claims", action: .focusClaims, keys: ["5"], help: "Focus claims", context: .panes),
        .init(name: "activate", action: .activate, keys: ["Enter"], help: "Jump there and mark it; open", context: .panes),
        .init(name: "group-quotes", action: .toggleQuoteGrouping, keys: ["o"], help: "Reading order / grouped by speaker", context: .panes),
        .init(name: "quote-next", action: .nextQuote, keys: ["]"], help: "Next quote", context: .speakers),
        .init(name: "quote-previous", action: .previousQuote, keys: ["["], help: "Previous quote", context: .speakers),
        .init(name: "speaker-next", action: .nextSpeaker, keys: ["}"], help: "Next quote by another speaker", context: .speakers),
        .init(name: "speaker-previous", action: .previousSpeaker, keys: ["{"], help: "Previous quote by another speaker", context: .speakers),
        .init(name: "speaker-cycle", action: .cycleSpeakerQuotes, keys: ["s"], help: "Next quote by this speaker (cycles)", context: .speakers),
        .init(name: "speaker-anywhere", action: .nextQuoteElsewhere, keys: ["S"], help: "This speaker in the next article", context: .speakers),
        .init(name: "speaker-filter", action: .toggleSpeakerFilter, keys: ["f"], help: "Dim all but this speaker; again: off", context: .speakers),
        .init(name: "search", action: .search, keys: ["/"], help: "Search as you type; Enter keeps it", context: .search),
        .init(name: "search-next", action: .searchNext, keys: ["n"], help: "Next match", context: .search),
        .init(name: "search-previous", action: .searchPrevious, keys: ["N"], help: "Previous match", context: .search),
        .init(name: "back", action: .back, keys: ["h", "Backspace"], help: "Back to the article list", context: .articles),
        .init(name: "article-next", action: .nextArticle, keys: ["J"], help: "Next article", context: .articles),
        .init(name: "article-previous", action: .previousArticle, keys: ["K"], help: "Previous article", context: .articles),
        .init(name: "links", action: .showLinks, keys: ["v"], help: "The article's links; Enter opens one", context: .articles),
        .init(name: "update-feed", action: .updateFeed, keys: ["r"], help: "Update the feed (in the background)", context: .library),
        .init(name: "update-all-feeds", action: .updateAllFeeds, keys: ["R"], help: "Update every feed in the background", context: .library),
        .init(name: "next-unread", action: .nextUnread, keys: ["x"], help: "Next unread item", context: .library),
        .init(name: "toggle-read", action: .toggleRead, keys: ["m"], help: "Mark read / unread", context: .library),
        .init(name: "toggle-star", action: .toggleStar, keys: ["*"], help: "Star / unstar (starred are kept)", context: .library),
        .init(name: "mark-all-read", action: .markAllRead, keys: ["A"], help: "Mark every item of the feed read", context: .library),
        .init(name: "people", action: .showPeople, keys: ["p"], help: "People quoted across the library", context: .library),
        .init(name: "annotate", action: .annotate, keys: ["a"], help: "Annotate the claim, mark or sentence", context: .global),
        .init(name: "undo-annotation", action: .undoAnnotation, keys: ["u"], help: "Undo the last annotation change", context: .global),
        .init(name: "copy-annotation", action: .copyToOtherReports, keys: ["c"], help: "Copy to the claim's other reports", context: .global),
        .init(name: "help", action: .help, keys: ["?"], help: "Show or hide this help", context: .global),
        .init(name: "cancel", action: .cancel, keys: ["Esc"], help: "Clear mark, filter and search", context: .global),
        .init(name: "suspend", action: .suspend, keys: ["C-z"], help: "Suspend to the shell", context: .global),
        .init(name: "close", action: .close, keys: ["q"], help: "Back to the list; else quit", context: .global),
        .init(name: "quit", action: .quit, keys: ["Q", "C-c"], help: "Quit from anywhere", context: .global),
    ]

    /// The row named `name`, as written in the config file.
    public static func spec(named name: String) -> ActionSpec? {
        all.first { $0.name == name }
    }
}
