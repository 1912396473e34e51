import BylineCore
import BylineStore

/// Everything that can change the reader's state. Key-bound actions are listed, with names,
/// keys and help, in `ActionTable`; the rest come from the mouse, the terminal, the search
/// prompt and background analysis.
public enum Action: Sendable {
    // Movement in the focused pane (body: scroll; side panes and the list: selection).
    case moveDown, moveUp, halfPageDown, halfPageUp, pageDown, pageUp, top, bottom
    // Panes.
    case focusNext, focusPrevious, focusBody, focusEntities, focusQuotes, focusSources, focusClaims
    /// Enter: in a side pane, jump the body to the selected item and mark it; in the list, open.
    case activate
    case toggleQuoteGrouping
    // Speakers.
    case nextQuote, previousQuote, nextSpeaker, previousSpeaker, cycleSpeakerQuotes, toggleSpeakerFilter
    // Search.
    case search, searchNext, searchPrevious
    // Articles.
    case back, nextArticle, previousArticle
    /// `v`: shows or hides the list of the article's links; Enter there opens one.
    case showLinks
    /// `a`: opens the inline annotation editor on the current claim, marked span or sentence.
    case annotate
    case help, cancel, suspend
    /// `q`: in an article opened from the list, back to the list; elsewhere, quit.
    case close
    /// `Q`: quit from anywhere.
    case quit
    // The library: `r` updates the feed, `R` every feed; next unread, read, star, all read.
    case updateFeed, updateAllFeeds, nextUnread, toggleRead, toggleStar, markAllRead
    /// `p`: the people the library quotes; `S`: this speaker's quote in the next article.
    case showPeople, nextQuoteElsewhere

    /// The terminal has a new size.
    case resize(width: Int, height: Int)
    case click(x: Int, y: Int)
    case wheel(up: Bool, x: Int, y: Int)
    /// Editing the search prompt.
    case searchInput(String)
    case searchDeleteBackward
    case searchConfirm
    /// Background analysis of article `article` moved on or finished.
    case analysisProgress(article: Int, AnalysisProgress)
    case analysisFinished(article: Int, Analysis, Document?)
    /// Annotations of article `article` were loaded or changed.
    case setAnnotations(article: Int, [ClaimAnnotationSummary])
    /// A key for the open annotation editor.
    case editorKey(KeyEvent)
    /// The store committed an annotation (on claim `claimID`, when it is on one).
    case annotationSaved(article: Int, claimID: String?, Annotation)
    /// `u`: undo the last annotation change made in this reader.
    case undoAnnotation
    /// The store deleted an annotation (nil: it was already gone).
    case annotationDeleted(article: Int, Annotation?)
    /// Annotations of an earlier version of article `article` that could not be placed in it.
    case annotationOrphans(article: Int, [Annotation])
    /// The store undid a change (nil: there was nothing to undo).
    case annotationUndone(article: Int, AnnotationStore.UndoResult?)
    /// The store found these annotations (with their ranges in the text) for article `article`.
    case annotationsLoaded(article: Int, [AnnotationPlacement])
    /// The store failed; the message says why.
    case annotationFailed(String)
    /// A page asked for with `Effect.openPage` arrived as an article (`url`: the address asked for).
    case pageOpened(url: String, LoadedArticle)
    /// A page could not be opened; `reason` is one line that names the address.
    case pageFailed(url: String, reason: String)
    /// The library backend answered a `LibraryRequest`.
    case library(LibraryEvent)
    /// The people backend answered a `PeopleRequest`.
    case people(PeopleEvent)
    /// Other articles report the claim an annotation was just saved on (`Effect.findOtherReports`).
    case otherReportsFound(article: Int, Annotation, [ClaimReport])
    /// `c` after such a save: copy the annotation onto those reports.
    case copyToOtherReports
    /// The store copied an annotation onto this many other reports.
    case annotationCopied(count: Int)
}

extension Action {
    /// What an action is to the help and links overlays, which take the keys while shown:
    /// background results and suspend pass through, moves scroll them, the rest is theirs or
    /// swallowed. The one place that sorts every action, so a new one must be sorted here.
    enum Role: Equatable {
        /// A new terminal size or the result of background work: never taken by an overlay,
        /// and it leaves the status message alone.
        case background
        case move(Move)
        /// Esc, `q`, `h`: close what is shown.
        case dismiss
        case help, links, activate, quit, suspend
        /// Every other key: swallowed while an overlay is shown.
        case other
    }

    enum Move: Equatable { case lineDown, lineUp, halfPageDown, halfPageUp, pageDown, pageUp, top, bottom }

    var role: Role {
        switch self {
        case .resize, .analysisProgress, .analysisFinished, .setAnnotations, .annotationSaved, .annotationDeleted,
             .annotationOrphans, .annotationUndone, .annotationsLoaded, .annotationFailed, .pageOpened, .pageFailed, .library, .people,
             .otherReportsFound, .annotationCopied:
            return .background
        case .moveDown: return .move(.lineDown)
        case .moveUp: return .move(.lineUp)
        case .halfPageDown: return .move(.halfPageDown)
        case .halfPageUp: return .move(.halfPageUp)
        case .pageDown: return .move(.pageDown)
        case .pageUp: return .move(.pageUp)
        case .top: return .move(.top)
        case .bottom: return .move(.bottom)
        case .cancel, .close, .back: return .dismiss
        case .help: return .help
        case .showLinks: return .links
        case .activate: return .activate
        case .quit: return .quit
        case .suspend: return .suspend
        case .focusNext, .focusPrevious, .focusBody, .focusEntities, .focusQuotes, .focusSources, .focusClaims,
             .toggleQuoteGrouping, .nextQuote, .previousQuote, .nextSpeaker, .previousSpeaker, .cycleSpeakerQuotes,
             .toggleSpeakerFilter, .search, .searchNext, .searchPrevious, .nextArticle, .previousArticle, .annotate,
             .click, .wheel, .searchInput, .searchDeleteBackward, .searchConfirm, .editorKey, .undoAnnotation,
             .updateFeed, .updateAllFeeds, .nextUnread, .toggleRead, .toggleStar, .markAllRead, .showPeople, .nextQuoteElsewhere,
             .copyToOtherReports:
            return .other
        }
    }

    var isBackground: Bool { role == .background }
}

/// A stored annotation and where it stands in the text being read.
public struct AnnotationPlacement: Equatable, Sendable {
    public var range: Range<Int>
    public var annotation: Annotation

    public init(range: Range<Int>, annotation: Annotation) {
        self.range = range
        self.annotation = annotation
    }
}
