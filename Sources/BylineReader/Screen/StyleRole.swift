/// A named style role ("entity.person", "ui.selection"): cells carry roles, themes map roles
/// to colours and attributes. Roles are open strings so themes and config can name them, but
/// the known set is fixed here so an unknown role in a theme is an error that names it.
public struct StyleRole: Hashable, Sendable, RawRepresentable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    public static let text = StyleRole("text")
    public static let textDim = StyleRole("text.dim")
    public static let entityPerson = StyleRole("entity.person")
    public static let entityOrg = StyleRole("entity.org")
    public static let entityPlace = StyleRole("entity.place")
    public static let entityGroup = StyleRole("entity.group")
    public static let entityOther = StyleRole("entity.other")
    public static let entityValue = StyleRole("entity.value")
    public static let quote = StyleRole("quote")
    public static let quoteSpeaker = StyleRole("quote.speaker")
    public static let quoteCue = StyleRole("quote.cue")
    public static let chainNode = StyleRole("chain.node")
    public static let chainEdge = StyleRole("chain.edge")
    public static let claim = StyleRole("claim")
    public static let claimGutter = StyleRole("claim.gutter")
    public static let claimSupported = StyleRole("claim.supported")
    public static let claimDisputed = StyleRole("claim.disputed")
    public static let claimFalse = StyleRole("claim.false")
    public static let claimMisleading = StyleRole("claim.misleading")
    public static let claimUnverifiable = StyleRole("claim.unverifiable")
    public static let claimContext = StyleRole("claim.context")
    public static let uiBorder = StyleRole("ui.border")
    public static let uiTitle = StyleRole("ui.title")
    public static let uiTitleFocused = StyleRole("ui.title.focused")
    public static let uiSelection = StyleRole("ui.selection")
    public static let uiStatus = StyleRole("ui.status")
    public static let uiSearch = StyleRole("ui.search")
    public static let uiHelp = StyleRole("ui.help")
    public static let uiError = StyleRole("ui.error")
    public static let uiControl = StyleRole("ui.control")
    public static let editor = StyleRole("editor")
    public static let editorCursor = StyleRole("editor.cursor")

    /// Quote tints by speaker: the reader cycles through these so each speaker keeps a colour.
    public static let speakerTints: [StyleRole] = (1...6).map { StyleRole("quote.speaker\($0)") }

    public static let known: [StyleRole] = [
        .text, .textDim, .entityPerson, .entityOrg, .entityPlace, .entityGroup, .entityOther, .entityValue,
        .quote, .quoteSpeaker, .quoteCue, .chainNode, .chainEdge, .claim, .claimGutter, .claimSupported,
        .claimDisputed, .claimFalse, .claimMisleading, .claimUnverifiable, .claimContext, .uiBorder,
        .uiTitle, .uiTitleFocused, .uiSelection, .uiStatus, .uiSearch, .uiHelp, .uiError, .uiControl,
        .editor, .editorCursor,
    ] + speakerTints
}
