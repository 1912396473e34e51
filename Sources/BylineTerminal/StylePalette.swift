import BylineReader

/// A theme turned into what ncurses needs: per role, a colour-pair number and attributes.
/// Pairs are numbered here (pure) and registered with ncurses by `TerminalScreen`; pair 0 is
/// the terminal's default colours and never redefined.
struct StylePalette {
    /// A pair's colours as ncurses numbers: -1 is the terminal default; with a direct-colour
    /// terminal a number is 0xRRGGBB.
    struct ColorPair: Hashable {
        var foreground: Int32
        var background: Int32
    }

    struct DrawStyle: Equatable {
        var pair: Int32
        var attributes: TextAttributes
    }

    let theme: Theme
    let maxPairs: Int
    private(set) var pairs: [ColorPair] = [ColorPair(foreground: -1, background: -1)]
    private var pairIndex: [ColorPair: Int32] = [ColorPair(foreground: -1, background: -1): 0]
    private var cache: [StyleRole: DrawStyle] = [:]

    /// `theme` must already be adapted to the terminal (`Theme.adapted(toColors:noColor:)`).
    init(theme: Theme, maxPairs: Int) {
        self.theme = theme
        self.maxPairs = maxPairs
        for role in StyleRole.known {
            _ = style(for: role)
        }
    }

    /// The style of a role, numbering a new pair the first time a colour combination is seen.
    /// Past the terminal's pair limit, colours give way to the default pair; attributes stay.
    mutating func style(for role: StyleRole) -> DrawStyle {
        if let cached = cache[role] { return cached }
        let style = theme.style(for: role)
        let pair = ColorPair(foreground: Self.number(style.foreground), background: Self.number(style.background))
        let number: Int32
        if let existing = pairIndex[pair] {
            number = existing
        } else if pairs.count < maxPairs {
            number = Int32(pairs.count)
            pairs.append(pair)
            pairIndex[pair] = number
        } else {
            number = 0
        }
        let draw = DrawStyle(pair: number, attributes: style.attributes)
        cache[role] = draw
        return draw
    }

    static func number(_ color: ThemeColor) -> Int32 {
        switch color {
        case .terminalDefault: return -1
        case .indexed(let i): return Int32(i)
        case .rgb(let r, let g, let b): return Int32(r) << 16 | Int32(g) << 8 | Int32(b)
        }
    }
}
