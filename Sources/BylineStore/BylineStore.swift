import BylineCore

/// The annotation store: annotations on SQLite through GRDB, anchored to documents by the
/// SHA-256 of their text. Built by the annotations issue; this namespace holds its version.
public enum BylineStore {
    /// The on-disk schema version the store migrates to.
    public static let schemaVersion = 0
}
