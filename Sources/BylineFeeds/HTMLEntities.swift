/// HTML's named characters that feeds use without declaring them (XML knows only five). Only
/// the common ones: a rare one stays as its "&name;" text rather than vanishing.
enum HTMLEntities {
    static func character(_ name: String) -> String? {
        table[name]
    }

    /// The document with each reference to a common HTML entity XML does not know
    /// (`&nbsp;`, `&mdash;`) written as a character reference, which XML reads: libxml2's
    /// recovery would drop such a reference and glue the words around it. Inside CDATA the
    /// reference stays HTML that the text is later read as, so it is rewritten there too.
    static func declaringUndeclared(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(0x26) else { return bytes }
        var out: [UInt8] = []
        var i = 0
        var copied = 0
        while i < bytes.count {
            guard bytes[i] == 0x26 else { i += 1; continue }
            var j = i + 1
            while j < bytes.count, j - i <= 10, isNameByte(bytes[j]) { j += 1 }
            guard j < bytes.count, bytes[j] == 0x3B, j > i + 1 else { i += 1; continue }
            let name = String(decoding: bytes[(i + 1)..<j], as: UTF8.self)
            guard !xmlNames.contains(name), let character = table[name], let scalar = character.unicodeScalars.first else { i = j; continue }
            if out.isEmpty { out.reserveCapacity(bytes.count) }
            out.append(contentsOf: bytes[copied..<i])
            out.append(contentsOf: Array("&#x\(String(scalar.value, radix: 16));".utf8))
            i = j + 1
            copied = i
        }
        if copied == 0 { return bytes }
        out.append(contentsOf: bytes[copied...])
        return out
    }

    private static let xmlNames: Set<String> = ["amp", "lt", "gt", "quot", "apos"]

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
    }

    private static let table: [String: String] = [
        "nbsp": "\u{00A0}", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
        "mdash": "\u{2014}", "ndash": "\u{2013}", "hellip": "\u{2026}", "lsquo": "\u{2018}", "rsquo": "\u{2019}",
        "ldquo": "\u{201C}", "rdquo": "\u{201D}", "laquo": "\u{00AB}", "raquo": "\u{00BB}", "bull": "\u{2022}",
        "middot": "\u{00B7}", "copy": "\u{00A9}", "reg": "\u{00AE}", "trade": "\u{2122}", "euro": "\u{20AC}",
        "pound": "\u{00A3}", "yen": "\u{00A5}", "cent": "\u{00A2}", "deg": "\u{00B0}", "times": "\u{00D7}",
        "eacute": "\u{00E9}", "egrave": "\u{00E8}", "aacute": "\u{00E1}", "agrave": "\u{00E0}", "iacute": "\u{00ED}",
        "oacute": "\u{00F3}", "uacute": "\u{00FA}", "ntilde": "\u{00F1}", "ccedil": "\u{00E7}", "uuml": "\u{00FC}",
        "ouml": "\u{00F6}", "auml": "\u{00E4}", "szlig": "\u{00DF}", "shy": "\u{00AD}", "thinsp": "\u{2009}",
    ]
}
