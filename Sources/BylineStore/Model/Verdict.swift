/// A reader's judgement of a claim. The raw values are the words the exports and the CLI use,
/// so they never change once written to a store.
public enum Verdict: String, CaseIterable, Sendable, Codable {
    case supported
    case disputed
    case `false` = "false"
    case misleading
    case unverifiable
    case needsContext = "needs-context"

    /// The label a person reads in a report.
    public var label: String {
        switch self {
        case .supported: return "Supported"
        case .disputed: return "Disputed"
        case .false: return "False"
        case .misleading: return "Misleading"
        case .unverifiable: return "Unverifiable"
        case .needsContext: return "Needs context"
        }
    }

    /// Parses the CLI and export spelling; also accepts "needs_context" and "context".
    public init?(word: String) {
        let w = word.lowercased()
        if let v = Verdict(rawValue: w) { self = v; return }
        if w == "needs_context" || w == "needscontext" || w == "context" { self = .needsContext; return }
        return nil
    }
}
