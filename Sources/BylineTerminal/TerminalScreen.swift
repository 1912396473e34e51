import BylineReader
import CNcursesw
import Glibc

/// One ncurses screen: started in raw mode with keypad, mouse and bracketed paste, drawn from
/// `Buffer`s cell by cell, ended with `endwin`. ncurses is process-global, so only one exists at
/// a time; tests open one on /dev/null.
final class TerminalScreen {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let output: UnsafeMutablePointer<FILE>
    private var palette: StylePalette
    private var ended = false
    private var characters = [wchar_t](repeating: 0, count: 8)
    /// Neighbouring cells mostly share a role: the last lookup is kept to skip hashing.
    private var lastRole = StyleRole.text
    private var lastStyle = StylePalette.DrawStyle(pair: 0, attributes: [])
    private var lastAttributes: attr_t = 0
    /// What the terminal shows now, for drawing only the difference next time.
    private(set) var shown: Buffer?
    let colors: Int
    let bracketedPaste: Bool

    /// `term` nil means $TERM. `noColor` forces the monochrome theme.
    init(term: String?, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>,
         theme: Theme, noColor: Bool, mouse: Bool = true, bracketedPaste: Bool = true) throws {
        Self.useUTF8Locale()
        guard let screen = term.map({ newterm($0, output, input) }) ?? newterm(nil, output, input) else {
            throw TerminalError.cannotStart("unknown terminal type '\(term ?? String(cString: getenv("TERM") ?? strdup("")))'")
        }
        self.screen = screen
        self.output = output
        set_term(screen)
        window = cn_stdscr()
        raw()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        var colorCount = 0
        var defaultColors = false
        if has_colors() && !noColor {
            start_color()
            defaultColors = use_default_colors() == OK
            colorCount = Int(cn_colors())
        }
        colors = colorCount
        palette = StylePalette(theme: theme.adapted(toColors: colorCount, noColor: noColor || colorCount == 0),
                               maxPairs: colorCount > 0 ? Int(cn_color_pairs()) : 1)
        lastStyle = palette.style(for: lastRole)
        lastAttributes = Self.attributes(lastStyle.attributes)
        for (number, pair) in palette.pairs.enumerated().dropFirst() {
            let fg = pair.foreground < 0 && !defaultColors ? 7 : pair.foreground
            let bg = pair.background < 0 && !defaultColors ? 0 : pair.background
            init_extended_pair(Int32(number), fg, bg)
        }
        if mouse {
            mousemask(cn_all_mouse_events(), nil)
            mouseinterval(0)
        }
        let termName = String(cString: termname())
        self.bracketedPaste = bracketedPaste && !["dumb", "linux"].contains(termName)
        if self.bracketedPaste { emit("\u{1B}[?2004h") }
        wnoutrefresh(window)
    }

    deinit { end() }

    var width: Int { Int(getmaxx(window)) }
    var height: Int { Int(getmaxy(window)) }

    /// ncurses decides from LC_CTYPE whether a byte is a character; with a non-UTF-8 locale
    /// (CI, `env -i`) every accented letter would show as `M-C`. The reader's text is UTF-8.
    static func useUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset != "UTF-8" {
            if setlocale(LC_CTYPE, "C.UTF-8") == nil { setlocale(LC_CTYPE, "en_US.UTF-8") }
        }
    }

    /// The bytes that put a terminal back in shell mode, for a signal handler to write.
    func restoreSequence() -> [UInt8] {
        var bytes: [UInt8] = Array("\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l".utf8)
        if bracketedPaste { bytes += Array("\u{1B}[?2004l".utf8) }
        for capability in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            guard let value = tigetstr(capability), Int(bitPattern: value) != -1 else { continue }
            bytes += Array(String(cString: value).utf8)
        }
        return bytes
    }

    /// Draws the cells of `frame` that differ from what is shown, then updates the terminal.
    func draw(_ frame: Buffer) {
        let sizeChanged = shown.map { $0.width != frame.width || $0.height != frame.height } ?? true
        if sizeChanged { werase(window) }
        let maxX = min(frame.width, width)
        let maxY = min(frame.height, height)
        for (x, y) in FrameDiff.changedCells(from: sizeChanged ? nil : shown, to: frame) where x < maxX && y < maxY {
            put(frame[x, y], x: x, y: y, lastColumn: maxX - 1)
        }
        shown = frame
        wnoutrefresh(window)
        doupdate()
    }

    /// Forgets what is shown, so the next draw repaints everything (after a resize or resume).
    func invalidate() {
        shown = nil
        clearok(cn_curscr(), true)
    }

    private func put(_ cell: Cell, x: Int, y: Int, lastColumn: Int) {
        if cell.role != lastRole {
            lastRole = cell.role
            lastStyle = palette.style(for: cell.role)
            lastAttributes = Self.attributes(lastStyle.attributes)
        }
        let style = lastStyle
        let attributes = lastAttributes
        var count = 0
        let limit = Int(cn_ccharw_max())
        for scalar in cell.text.unicodeScalars where count < limit {
            if Self.isDrawable(scalar) {
                characters[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            } else if count == 0 {
                characters[0] = 0xFFFD
                count = 1
            }
        }
        var wide = cell.width == 2
        if count == 0 || (wide && x >= lastColumn) {
            characters[0] = 0x20
            count = 1
            wide = false
        }
        characters[count] = 0
        var cc = cchar_t()
        _ = cn_setcchar(&cc, characters, attributes, style.pair)
        mvwadd_wch(window, Int32(y), Int32(x), &cc)
        if wide && Int(getcurx(window)) == x + 1 {
            characters[0] = 0x20
            characters[1] = 0
            _ = cn_setcchar(&cc, characters, attributes, style.pair)
            mvwadd_wch(window, Int32(y), Int32(x + 1), &cc)
        }
    }

    /// Cells arrive sanitised; this is the last guard, so no control ever reaches the terminal.
    static func isDrawable(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x20 || (0x7F...0x9F).contains(v) { return false }
        if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C {
            return false
        }
        return true
    }

    static func attributes(_ set: TextAttributes) -> attr_t {
        var a = cn_a_normal()
        if set.contains(.bold) { a |= cn_a_bold() }
        if set.contains(.dim) { a |= cn_a_dim() }
        if set.contains(.underline) { a |= cn_a_underline() }
        if set.contains(.reverse) { a |= cn_a_reverse() }
        if set.contains(.italic) { a |= cn_a_italic() }
        return a
    }

    /// One input, waiting at most `milliseconds` (0: do not wait; negative: wait for input).
    func read(waitingAtMost milliseconds: Int32) -> RawInput {
        wtimeout(window, milliseconds)
        var value: wint_t = 0
        let status = wget_wch(window, &value)
        if status == cn_key_code_yes() { return .functionKey(Int32(bitPattern: value)) }
        if status == OK { return .character(UInt32(value)) }
        return .timeout
    }

    /// The pending mouse report after `KEY_MOUSE`.
    func mouseEvent() -> KeyEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        return InputDecoder.mouse(buttons: event.bstate, x: event.x, y: event.y)
    }

    /// What the screen holds at (x, y): its characters, attributes and pair, for tests.
    func contents(x: Int, y: Int) -> (text: String, attributes: attr_t, pair: Int32) {
        var cc = cchar_t()
        mvwin_wch(window, Int32(y), Int32(x), &cc)
        var chars = [wchar_t](repeating: 0, count: 8)
        var attrs: attr_t = 0
        var pair: Int32 = 0
        var shortPair: Int16 = 0
        getcchar(&cc, &chars, &attrs, &shortPair, &pair)
        var text = String.UnicodeScalarView()
        for c in chars where c != 0 {
            if let s = Unicode.Scalar(UInt32(bitPattern: c)) { text.append(s) }
        }
        return (String(text), attrs & ~cn_a_color(), pair)
    }

    /// Leaves curses mode for a shell or a stop; `resume` returns.
    func leave() {
        if bracketedPaste { emit("\u{1B}[?2004l") }
        endwin()
    }

    func resume() {
        if bracketedPaste { emit("\u{1B}[?2004h") }
        invalidate()
        doupdate()
    }

    /// Sends a sequence ncurses has no capability for, after whatever ncurses has buffered.
    private func emit(_ sequence: String) {
        fflush(output)
        fputs(sequence, output)
        fflush(output)
    }

    /// Restores the terminal; safe to call twice.
    func end() {
        guard !ended else { return }
        ended = true
        leave()
        delscreen(screen)
    }
}
