/// Where the store lives: `--store PATH`, else `$BYLINE_STORE`, else the XDG data directory
/// (`$XDG_DATA_HOME/byline/annotations.sqlite`, `~/.local/share/byline/…` when unset).
public enum StoreLocation {
    public static let fileName = "annotations.sqlite"

    public static func resolve(explicit: String?, environment: [String: String]) -> String {
        if let p = explicit, !p.isEmpty { return p }
        if let p = environment["BYLINE_STORE"], !p.isEmpty { return p }
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if let d = environment["XDG_DATA_HOME"], d.hasPrefix("/") { return join(d, "byline", fileName) }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "."
        return join(home, ".local/share/byline", fileName)
    }

    private static func join(_ parts: String...) -> String {
        var out = ""
        for part in parts {
            if out.isEmpty { out = part; continue }
            out = (out.hasSuffix("/") ? String(out.dropLast()) : out) + "/" + part
        }
        return out
    }
}
