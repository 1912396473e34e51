/// The `?` overlay, generated from `ActionTable` and the keys in use, so it never disagrees
/// with the keymap.
enum HelpOverlay {
    enum Line: Equatable {
        case group(String)
        case action(ActionSpec.Context, name: String, help: String)
        case blank
    }

    static let lines: [Line] = {
        var out: [Line] = []
        for context in ActionSpec.Context.allCases {
            let specs = ActionTable.all.filter { $0.context == context }
            guard !specs.isEmpty else { continue }
            if !out.isEmpty { out.append(.blank) }
            out.append(.group(context.rawValue))
            out.append(contentsOf: specs.map { .action(context, name: $0.name, help: $0.help) })
        }
        out.append(.blank)
        out.append(.group("Mouse: click focuses and selects; the wheel scrolls"))
        return out
    }()

    static var lineCount: Int { lines.count }

    static func render(_ state: ReaderState, width: Int, height: Int, into buffer: inout Buffer) {
        let w = min(width - 2, 84)
        let h = min(height - 2, lines.count + 2)
        guard w >= 20, h >= 3 else { return }
        let box = Rect(x: (width - w) / 2, y: max(0, (height - 1 - h) / 2), width: w, height: h)
        PaneChrome.box(box, title: " Keys · ? or Esc closes · j/k scroll ", into: &buffer)
        let inner = h - 2
        let scroll = max(0, min(state.helpScroll, lines.count - inner))
        let keyWidth = 18, nameWidth = 18
        for r in 0..<inner {
            guard scroll + r < lines.count else { break }
            let y = box.y + 1 + r
            let x = box.x + 2
            switch lines[scroll + r] {
            case .blank:
                continue
            case .group(let title):
                buffer.write(title, x: x, y: y, maxWidth: w - 4, role: .uiTitle)
            case .action(_, let name, let help):
                let keys = state.keyHelp[name] ?? ""
                buffer.write(keys.isEmpty ? "(unbound)" : keys, x: x, y: y, maxWidth: keyWidth - 1, role: .uiHelp)
                buffer.write(name, x: x + keyWidth, y: y, maxWidth: nameWidth - 1, role: .textDim)
                buffer.write(help, x: x + keyWidth + nameWidth, y: y, maxWidth: max(0, w - 4 - keyWidth - nameWidth), role: .uiHelp)
            }
        }
    }
}
