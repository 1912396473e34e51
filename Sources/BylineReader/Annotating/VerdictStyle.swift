import BylineStore

/// How verdicts look and are chosen in the reader: one key and one colour role each.
extension Verdict {
    /// The key that picks this verdict in the editor.
    public var key: Unicode.Scalar {
        switch self {
        case .supported: return "s"
        case .disputed: return "d"
        case .false: return "f"
        case .misleading: return "m"
        case .unverifiable: return "u"
        case .needsContext: return "c"
        }
    }

    public init?(key: Unicode.Scalar) {
        guard let v = Verdict.allCases.first(where: { $0.key == key }) else { return nil }
        self = v
    }

    public var styleRole: StyleRole {
        switch self {
        case .supported: return .claimSupported
        case .disputed: return .claimDisputed
        case .false: return .claimFalse
        case .misleading: return .claimMisleading
        case .unverifiable: return .claimUnverifiable
        case .needsContext: return .claimContext
        }
    }

    /// The badge shown after an annotated passage in the body.
    public var badge: String { "[\(rawValue)]" }
}
