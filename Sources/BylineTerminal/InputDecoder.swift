import BylineReader
import CNcursesw

/// One thing ncurses' `wget_wch` handed over: a character, a function key code, or nothing
/// within the wait.
enum RawInput: Equatable {
    case character(UInt32)
    case functionKey(Int32)
    case timeout
}

/// Turns ncurses' input into the reader's `KeyEvent`s. ncurses decodes the escape sequences its
/// terminfo knows; this handles what it passes through raw: a lone ESC versus ESC starting a
/// sequence, bracketed paste (`ESC[200~ … ESC[201~`, delivered as one `.paste`), SGR mouse
/// reports, and any other control sequence, which is swallowed whole: replayed as keys, its
/// digits would switch panes and a final `q` would quit. Pure, so every byte sequence can be
/// tested without a terminal.
struct InputDecoder {
    private enum State: Equatable {
        case normal
        case escape
        /// After `ESC [`: parameter and intermediate bytes so far.
        case controlSequence([UInt32])
        /// After `ESC O`: one more byte ends it.
        case singleShift
        case paste([UInt32])
    }

    private var state = State.normal
    static let pasteStart: [UInt32] = Array("200~".unicodeScalars.map(\.value))
    /// Longer "sequences" are not sequences: the bytes are given back as keys.
    static let sequenceLimit = 32
    static let pasteEnd: [UInt32] = Array("\u{1B}[201~".unicodeScalars.map(\.value))
    /// Pasted text beyond this is dropped: a paste is a search term, not a document.
    static let pasteLimit = 1 << 16

    /// True in the middle of a sequence: the caller should wait briefly for more input and
    /// feed `.timeout` if none comes.
    var wantsMore: Bool { state != .normal }

    mutating func feed(_ input: RawInput) -> [KeyEvent] {
        switch state {
        case .normal:
            if case .character(0x1B) = input {
                state = .escape
                return []
            }
            return Self.decode(input).map { [$0] } ?? []
        case .escape:
            state = .normal
            switch input {
            case .character(0x5B):
                state = .controlSequence([])
                return []
            case .character(0x4F):
                state = .singleShift
                return []
            case .character(0x1B):
                state = .escape
                return [.escape]
            default:
                return [.escape] + (Self.decode(input).map { [$0] } ?? [])
            }
        case .singleShift:
            state = .normal
            if case .character(let c) = input { return Self.singleShiftKey(c).map { [$0] } ?? [] }
            return [.escape, .char("O")] + (Self.decode(input).map { [$0] } ?? [])
        case .controlSequence(let bytes):
            guard case .character(let c) = input else {
                state = .normal
                return [.escape, .char("[")] + bytes.compactMap { Self.character($0) } + (Self.decode(input).map { [$0] } ?? [])
            }
            if (0x40...0x7E).contains(c) {
                state = .normal
                if bytes + [c] == Self.pasteStart {
                    state = .paste([])
                    return []
                }
                return (Self.sgrMouse(bytes, final: c) ?? Self.editingKey(bytes, final: c)).map { [$0] } ?? []
            }
            if (0x20...0x3F).contains(c), bytes.count < Self.sequenceLimit {
                state = .controlSequence(bytes + [c])
                return []
            }
            state = .normal
            return [.escape, .char("[")] + (bytes + [c]).flatMap { feed(.character($0)) }
        case .paste(var text):
            switch input {
            case .character(let c):
                text.append(c)
                if text.count >= Self.pasteEnd.count, text.suffix(Self.pasteEnd.count).elementsEqual(Self.pasteEnd) {
                    state = .normal
                    return [.paste(Self.pasteText(text.dropLast(Self.pasteEnd.count)))]
                }
                if text.count > Self.pasteLimit + Self.pasteEnd.count {
                    text.removeSubrange(Self.pasteLimit..<(text.count - Self.pasteEnd.count))
                }
                state = .paste(text)
                return []
            case .functionKey(let code):
                if code == KEY_ENTER { text.append(0x0A) }
                state = .paste(text)
                return []
            case .timeout:
                state = .normal
                return [.paste(Self.pasteText(text[...]))]
            }
        }
    }

    /// Keys that reach the program raw when the terminfo in use does not name them, as tmux
    /// sends with `TERM=xterm-256color`: `ESC [1~`/`ESC [7~` Home, `ESC [4~`/`ESC [8~` End,
    /// `ESC [H`/`ESC [F`, the other `ESC [n~` editing keys, and arrows as `ESC [A`…`ESC [D`.
    /// Modifier parameters (`ESC [1;5H`) are ignored: Ctrl-Home is Home.
    static func editingKey(_ bytes: [UInt32], final: UInt32) -> KeyEvent? {
        let fields = String(String.UnicodeScalarView(bytes.compactMap(Unicode.Scalar.init))).split(separator: ";", omittingEmptySubsequences: false)
        guard fields.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }) else { return nil }
        if final == 0x7E {
            switch fields.first.flatMap({ Int($0) }) {
            case 1, 7: return .home
            case 4, 8: return .end
            case 3: return .delete
            case 5: return .pageUp
            case 6: return .pageDown
            default: return nil
            }
        }
        guard fields.count <= 2, fields.first.map({ $0.isEmpty || $0 == "1" }) ?? true else { return nil }
        return arrowOrHome(final)
    }

    /// `ESC O` and one letter: arrows, Home and End in the terminal's application mode.
    static func singleShiftKey(_ value: UInt32) -> KeyEvent? { arrowOrHome(value) }

    private static func arrowOrHome(_ value: UInt32) -> KeyEvent? {
        switch value {
        case 0x41: return .up
        case 0x42: return .down
        case 0x43: return .right
        case 0x44: return .left
        case 0x48: return .home
        case 0x46: return .end
        default: return nil
        }
    }

    /// `ESC[<b;x;yM` (press) or `…m` (release), 1-based, from terminals in SGR mouse mode.
    static func sgrMouse(_ bytes: [UInt32], final: UInt32) -> KeyEvent? {
        guard bytes.first == 0x3C, final == 0x4D || final == 0x6D else { return nil }
        let fields = String(String.UnicodeScalarView(bytes.dropFirst().compactMap(Unicode.Scalar.init)))
            .split(separator: ";").compactMap { Int($0) }
        guard fields.count == 3, fields[1] >= 1, fields[2] >= 1 else { return nil }
        let kind: MouseEvent.Kind
        switch fields[0] {
        case 0: kind = final == 0x4D ? .press : .release
        case 64: kind = .wheelUp
        case 65: kind = .wheelDown
        default: return nil
        }
        return .mouse(MouseEvent(kind: kind, x: fields[1] - 1, y: fields[2] - 1))
    }

    /// Line breaks become `\n`; other control characters are dropped, since pasted text is
    /// typed into a prompt.
    private static func pasteText(_ values: ArraySlice<UInt32>) -> String {
        var scalars = String.UnicodeScalarView()
        var previous: UInt32 = 0
        for value in values.prefix(pasteLimit) {
            defer { previous = value }
            if value == 0x0A && previous == 0x0D { continue }
            if value == 0x0D || value == 0x0A {
                scalars.append("\n")
            } else if value == 0x09 {
                scalars.append("\t")
            } else if value >= 0x20, value != 0x7F, !(0x80...0x9F).contains(value), let s = Unicode.Scalar(value) {
                scalars.append(s)
            }
        }
        return String(scalars)
    }

    /// One input outside any sequence.
    static func decode(_ input: RawInput) -> KeyEvent? {
        switch input {
        case .timeout: return nil
        case .functionKey(let code): return functionKey(code)
        case .character(let value): return character(value)
        }
    }

    static func character(_ value: UInt32) -> KeyEvent? {
        switch value {
        case 0x09: return .tab
        case 0x0A, 0x0D: return .enter
        case 0x1B: return .escape
        case 0x08, 0x7F: return .backspace
        case 0x01...0x1A: return Unicode.Scalar(0x60 + value).map { .ctrl($0) }
        case 0x00, 0x1C...0x1F, 0x80...0x9F: return nil
        default: return Unicode.Scalar(value).map { .char($0) }
        }
    }

    static func functionKey(_ code: Int32) -> KeyEvent? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME, KEY_FIND, KEY_A1: return .home
        case KEY_END, KEY_SELECT, KEY_C1: return .end
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_A3: return .pageUp
        case KEY_C3: return .pageDown
        case (KEY_F0 + 1)...(KEY_F0 + 63): return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    /// A mouse report from `getmouse`, in screen cells.
    static func mouse(buttons: mmask_t, x: Int32, y: Int32) -> KeyEvent? {
        let kind: MouseEvent.Kind
        if buttons & cn_button4_pressed() != 0 {
            kind = .wheelUp
        } else if buttons & cn_button5_pressed() != 0 {
            kind = .wheelDown
        } else if buttons & (cn_button1_pressed() | cn_button1_clicked()) != 0 {
            kind = .press
        } else if buttons & cn_button1_released() != 0 {
            kind = .release
        } else {
            return nil
        }
        return .mouse(MouseEvent(kind: kind, x: Int(x), y: Int(y)))
    }
}
