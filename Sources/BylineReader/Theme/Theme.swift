/// A resolved theme: every `inherits` applied, ready to map roles to styles. Pure data; the
/// terminal layer turns it into colour pairs once the terminal's abilities are known.
public struct Theme: Equatable, Sendable {
    public let name: String
    public let styles: [StyleRole: ThemeStyle]
    /// Stored as an array only to let a struct hold a value of its own type.
    private let fallbackStorage: [Theme]

    public init(name: String, styles: [StyleRole: ThemeStyle], fallback: Theme? = nil) {
        self.name = name
        self.styles = styles
        self.fallbackStorage = fallback.map { [$0] } ?? []
    }

    /// The theme to use on terminals with fewer than 256 colours, if this one needs more.
    public var fallback: Theme? { fallbackStorage.first }

    /// The style of `role`; a role the theme leaves out borrows from its parent role
    /// (`quote.speaker3` → `quote.speaker` → `quote`), then from `text`.
    public func style(for role: StyleRole) -> ThemeStyle {
        if let style = styles[role] { return style }
        var name = Substring(role.rawValue)
        while true {
            if let last = name.last, last.isNumber {
                name = name.dropLast()
            } else if let dot = name.lastIndex(of: ".") {
                name = name[..<dot]
            } else {
                break
            }
            if let style = styles[StyleRole(String(name))] { return style }
        }
        return styles[.text] ?? .plain
    }

    /// The theme to draw with on a terminal showing `colors` colours: monochrome when the user
    /// set NO_COLOR or the terminal has none, the fallback theme below 256 colours, and every
    /// colour reduced to what the terminal has.
    public func adapted(toColors colors: Int, noColor: Bool) -> Theme {
        if noColor || colors < 8 {
            return (try? ThemeLibrary.builtin.theme(named: "monochrome")) ?? Theme(name: "monochrome", styles: [:])
        }
        if colors < 256, let fallback {
            return fallback.adapted(toColors: colors, noColor: noColor)
        }
        var reduced: [StyleRole: ThemeStyle] = [:]
        for (role, style) in styles {
            reduced[role] = ThemeStyle(foreground: style.foreground.reduced(toColors: colors),
                                       background: style.background.reduced(toColors: colors),
                                       attributes: style.attributes)
        }
        return Theme(name: name, styles: reduced)
    }
}
