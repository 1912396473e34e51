/// Turns an input event into an action for the current state: the search prompt takes text,
/// the help overlay takes only its own keys, the mouse and resizes bypass the keymap, and
/// everything else goes through the keymap.
public enum KeyRouter {
    public static func action(for key: KeyEvent, in state: ReaderState, keymap: Keymap) -> Action? {
        switch key {
        case .resize(let w, let h):
            return .resize(width: w, height: h)
        case .mouse(let m):
            if state.editorSession != nil { return nil }
            switch m.kind {
            case .press: return .click(x: m.x, y: m.y)
            case .wheelUp: return .wheel(up: true, x: m.x, y: m.y)
            case .wheelDown: return .wheel(up: false, x: m.x, y: m.y)
            case .release: return nil
            }
        default:
            break
        }
        if state.editorSession != nil {
            return .editorKey(key)
        }
        if state.search.editing {
            switch key {
            case .char(let s): return .searchInput(String(Character(s)))
            case .paste(let text): return .searchInput(text)
            case .backspace, .delete, .ctrl("h"): return .searchDeleteBackward
            case .enter: return .searchConfirm
            case .escape, .ctrl("c"), .ctrl("g"): return .cancel
            default: return nil
            }
        }
        let action = keymap.action(for: key)
        if state.helpVisible {
            switch action?.role {
            case .move?, .suspend?: return action
            case .help?, .dismiss?: return .help
            case .quit?: return .quit
            case .background?, .links?, .activate?, .other?: return nil
            case nil: return key == .escape ? .help : nil
            }
        }
        return action
    }
}
