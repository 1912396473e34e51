/// Key names as users write them in the config file and as the help overlay shows them:
/// a single character ("j", "G", "]"), "C-x" for Ctrl, and names such as "Enter", "PgDn",
/// "S-Tab", "F1". Names other than single characters are case-insensitive.
public enum KeyName {
    private static let named: [String: KeyEvent] = [
        "up": .up, "down": .down, "left": .left, "right": .right,
        "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
        "home": .home, "end": .end, "enter": .enter, "return": .enter, "tab": .tab,
        "s-tab": .backTab, "backtab": .backTab, "backspace": .backspace, "bs": .backspace,
        "delete": .delete, "del": .delete, "esc": .escape, "escape": .escape, "space": .char(" "),
    ]

    /// The key a name stands for, or nil when the name is not a key.
    public static func parse(_ name: String) -> KeyEvent? {
        let scalars = Array(name.unicodeScalars)
        if scalars.count == 1 {
            let s = scalars[0]
            guard s.value > 0x20, s.value != 0x7F, !(0x80...0x9F).contains(s.value) else { return nil }
            return .char(s)
        }
        let lower = name.lowercased()
        if let k = named[lower] { return k }
        if lower.hasPrefix("c-") || lower.hasPrefix("ctrl-") {
            let rest = Array(lower.split(separator: "-", maxSplits: 1)[1].unicodeScalars)
            if rest.count == 1, rest[0].properties.isLowercase || rest[0] == "@" { return .ctrl(rest[0]) }
            return nil
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n) { return .function(n) }
        return nil
    }

    /// The name shown for a key in the help overlay.
    public static func display(_ key: KeyEvent) -> String {
        switch key {
        case .char(" "): return "Space"
        case .char(let s): return String(Character(s))
        case .ctrl(let s): return "C-\(Character(s))"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .escape: return "Esc"
        case .function(let n): return "F\(n)"
        case .mouse: return "mouse"
        case .resize: return "resize"
        case .paste: return "paste"
        }
    }
}
