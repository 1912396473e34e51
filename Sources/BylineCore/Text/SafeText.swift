/// Text from articles, notes, imported annotations, file names and config values, made safe to
/// print where a person reads it (a report, a listing, an error message). It applies the same
/// scalar rule as the reader's screen (`Glyph.of`): controls, C1 controls and ESC become visible
/// pictures, bidi overrides and other invisible format characters are dropped, combining marks
/// are bounded, so nothing printed can set a window title, write the clipboard or clear the
/// screen. Pure; machine formats (JSON, CSV to a file) keep the raw text instead.
public enum SafeText {
    /// Scalars an error message echoes of a value it did not write (a path, a key, an id).
    public static let echoLength = 200

    /// `text` on one line: line breaks and tabs become spaces; cut to `limit` scalars, ending in
    /// "…" when it was cut.
    public static func line(_ text: String, limit: Int = .max) -> String {
        render(text, keepLines: false, limit: limit)
    }

    /// A value echoed in a message: one line, at most `echoLength` scalars.
    public static func echo(_ text: String) -> String {
        line(text, limit: echoLength)
    }

    /// `text` over several lines: "\n" and tabs are kept, every other line break (CR, CRLF,
    /// NEL, U+2028/2029, VT, FF) becomes "\n", so a carriage return cannot overwrite what was
    /// printed before it on the line.
    public static func lines(_ text: String, limit: Int = .max) -> String {
        render(text, keepLines: true, limit: limit)
    }

    /// True when `text` prints as it is (nothing to picture, drop or cut on one line).
    public static func isPlain(_ text: String) -> Bool {
        for s in text.unicodeScalars {
            switch Glyph.of(s) {
            case .char, .mark: continue
            default: return false
            }
        }
        return true
    }

    private static func render(_ text: String, keepLines: Bool, limit: Int) -> String {
        var out = String.UnicodeScalarView()
        var count = 0
        var marks = 0
        var previous: Unicode.Scalar?
        func put(_ s: Unicode.Scalar) -> Bool {
            if count == limit { return false }
            out.append(s)
            count += 1
            return true
        }
        var cut = false
        for s in text.unicodeScalars {
            defer { previous = s }
            let kept: Bool
            switch Glyph.of(s) {
            case .char:
                marks = 0
                kept = put(s)
            case .mark:
                marks += 1
                kept = marks > Glyph.maxMarksPerBase || put(s)
            case .hidden:
                kept = true
            case .control(let picture):
                marks = 0
                kept = put(picture)
            case .tab:
                marks = 0
                kept = put(keepLines ? "\t" : " ")
            case .space:
                marks = 0
                if !keepLines {
                    kept = put(" ")
                } else if s == "\n" && previous == "\r" {
                    kept = true
                } else {
                    kept = put("\n")
                }
            }
            if !kept { cut = true; break }
        }
        guard cut else { return String(out) }
        var clipped = String.UnicodeScalarView(out.dropLast())
        clipped.append("…")
        return String(clipped)
    }
}
