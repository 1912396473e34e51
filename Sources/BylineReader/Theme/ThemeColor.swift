/// A colour as a theme names it. The 16 ANSI colours stay symbolic so the user's own terminal
/// palette shows through; 256-colour indices and true colour are reduced to what the terminal
/// can show (`reduced(toColors:)`) instead of being sent blindly.
public enum ThemeColor: Hashable, Sendable, CustomStringConvertible {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// An xterm palette index: 0–15 are the ANSI colours, 16–255 the cube and greys.
    case indexed(Int)
    case rgb(UInt8, UInt8, UInt8)

    public static let ansiNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow",
        "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
    ]

    /// Reads `default`, an ANSI name (`bright-blue`, also `grey`/`gray` for bright-black),
    /// `color0`…`color255`, or `#rrggbb`. Returns nil for anything else.
    public init?(name: String) {
        let lower = name.lowercased()
        if lower == "default" {
            self = .terminalDefault
        } else if let i = Self.ansiNames.firstIndex(of: lower) {
            self = .indexed(i)
        } else if lower == "grey" || lower == "gray" {
            self = .indexed(8)
        } else if lower.hasPrefix("color"), let n = Int(lower.dropFirst(5)), (0...255).contains(n) {
            self = .indexed(n)
        } else if lower.hasPrefix("#"), lower.count == 7, let v = UInt32(lower.dropFirst(), radix: 16) {
            self = .rgb(UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF))
        } else {
            return nil
        }
    }

    public var description: String {
        switch self {
        case .terminalDefault: return "default"
        case .indexed(let i) where i < 16: return Self.ansiNames[i]
        case .indexed(let i): return "color\(i)"
        case .rgb(let r, let g, let b):
            return "#" + [r, g, b].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }
    }

    /// The closest colour a terminal with `colors` colours can show. `colors` of 2^24 or more
    /// means a direct-colour terminal, which keeps true colour.
    public func reduced(toColors colors: Int) -> ThemeColor {
        switch self {
        case .terminalDefault:
            return self
        case .rgb(let r, let g, let b):
            if colors >= 1 << 24 { return self }
            return ThemeColor.indexed(Self.nearestCubeIndex(r, g, b)).reduced(toColors: colors)
        case .indexed(let i):
            if i < colors { return self }
            if colors >= 16 || i >= 16 {
                let (r, g, b) = Self.xtermRGB(i)
                return .indexed(Self.nearestANSI(r, g, b, limit: min(16, max(colors, 8))))
            }
            return .indexed(i - 8)
        }
    }

    /// The usual xterm values of a palette index (the ANSI 16 vary with the user's palette;
    /// these are only used to find a nearest match).
    static func xtermRGB(_ i: Int) -> (Int, Int, Int) {
        let ansi: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        if i < 16 { return ansi[max(0, i)] }
        if i < 232 {
            let steps = [0, 95, 135, 175, 215, 255]
            let n = i - 16
            return (steps[n / 36], steps[n / 6 % 6], steps[n % 6])
        }
        let grey = 8 + (i - 232) * 10
        return (grey, grey, grey)
    }

    static func nearestCubeIndex(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        var best = 16
        var bestDistance = Int.max
        for i in 16..<256 {
            let d = distance(xtermRGB(i), (Int(r), Int(g), Int(b)))
            if d < bestDistance { best = i; bestDistance = d }
        }
        return best
    }

    static func nearestANSI(_ r: Int, _ g: Int, _ b: Int, limit: Int) -> Int {
        var best = 0
        var bestDistance = Int.max
        for i in 0..<limit {
            let d = distance(xtermRGB(i), (r, g, b))
            if d < bestDistance { best = i; bestDistance = d }
        }
        return best
    }

    private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        return 2 * dr * dr + 4 * dg * dg + 3 * db * db
    }
}
