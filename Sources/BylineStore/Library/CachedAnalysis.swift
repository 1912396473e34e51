import BylineCore

/// An analysis kept for a text, valid for one analyser version: a newer Byline analyses
/// again instead of showing an old one. The counts are columns so item lists show them
/// without decoding any JSON.
public struct CachedAnalysis: Sendable, Equatable {
    public var documentID: String
    public var analyzerVersion: String
    public var json: String
    public var quotes: Int
    public var claims: Int
    /// The analysis itself when the caller has it, so caching it need not decode `json` again.
    public var analysis: Analysis?

    public init(documentID: String, analyzerVersion: String, json: String, quotes: Int, claims: Int, analysis: Analysis? = nil) {
        self.documentID = documentID
        self.analyzerVersion = analyzerVersion
        self.json = json
        self.quotes = quotes
        self.claims = claims
        self.analysis = analysis
    }
}
