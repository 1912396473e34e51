import BylineReader
import CNcursesw

/// The only user of ncurses: terminal lifecycle, input decoding and blitting.
/// Built by the reader issue.
public enum BylineTerminal {
    /// The ncurses version this binary links, as ncurses reports it.
    public static var cursesVersion: String { String(cString: curses_version()) }
}
