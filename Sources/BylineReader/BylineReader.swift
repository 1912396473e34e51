import BylineCore

/// The reader model: state, actions and `reduce`, panes drawn into a buffer of cells.
/// Built by the reader issue; nothing here draws yet.
public enum BylineReader {
    public static let name = "Byline reader"
}
