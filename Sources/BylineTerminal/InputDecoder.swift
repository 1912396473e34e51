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
/// sequence, and bracketed paste (`ESC[200~ … ESC[201~`), delivered as one `.paste`.
/// Pure, so every byte sequence can be tested without a terminal.
struct InputDecoder {
    private enum State: Equatable {
        case normal
        case escape([UInt32])
        case paste([UInt32])
    }

    private var state = State.normal
    static let pasteStart: [UInt32] = Array("[200~".unicodeScalars.map(\.value))
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
                state = .escape([])
                return []
            }
            return Self.decode(input).map { [$0] } ?? []
        case .escape(let pending):
            guard case .character(let c) = input else {
                state = .normal
                return [.escape] + pending.compactMap { Self.decode(.character($0)) } + (Self.decode(input).map { [$0] } ?? [])
            }
            let sequence = pending + [c]
            if sequence == Self.pasteStart {
                state = .paste([])
                return []
            }
            if Self.pasteStart.starts(with: sequence) {
                state = .escape(sequence)
                return []
            }
            state = .normal
            var out: [KeyEvent] = [.escape]
            for value in sequence {
                out += feed(.character(value))
            }
            return out
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
