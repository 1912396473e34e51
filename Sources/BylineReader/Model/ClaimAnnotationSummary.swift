/// What the reader shows of a claim's annotation: the verdict and whether a note exists.
/// The annotation store (issue 6) produces these; the reader only displays them, so it does not
/// depend on how annotations are stored.
public struct ClaimAnnotationSummary: Equatable, Sendable {
    /// A checker's verdict on a claim; raw values are the theme's `claim.*` role suffixes.
    public enum Verdict: String, CaseIterable, Sendable {
        case supported, disputed, `false`, misleading, unverifiable, context

        public var role: StyleRole { StyleRole("claim.\(rawValue)") }

        /// One-column badge for the body gutter and the claims pane.
        public var badge: String {
            switch self {
            case .supported: return "✓"
            case .disputed: return "!"
            case .false: return "✗"
            case .misleading: return "~"
            case .unverifiable: return "?"
            case .context: return "i"
            }
        }
    }

    public var claimID: String
    public var verdict: Verdict?
    public var hasNote: Bool

    public init(claimID: String, verdict: Verdict?, hasNote: Bool = false) {
        self.claimID = claimID
        self.verdict = verdict
        self.hasNote = hasNote
    }
}
