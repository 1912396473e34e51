import Foundation
import Glibc

/// Turns a page's bytes, in whatever character set it was served in, into UTF-8, so that the
/// HTML parser is only ever told "UTF-8". The charset is taken, in order, from a byte-order
/// mark, the HTTP `Content-Type` header, the page's `<meta charset>` or `http-equiv`
/// declaration, else guessed: UTF-8 when the bytes are valid UTF-8, windows-1252 otherwise.
/// Declarations are checked against the bytes: valid multi-byte UTF-8 labelled as something
/// else is read as UTF-8, and "UTF-8" that mostly is not is read as windows-1252.
public enum CharsetDecoder {
    public struct Result: Sendable {
        public var utf8: [UInt8]
        /// The charset the bytes were read as, as iconv names it ("UTF-8", "WINDOWS-1252", …).
        public var charset: String
        public var warnings: [String]
    }

    /// How far into the page `<meta>` charset declarations are looked for.
    static let prescanLength = 4096

    public static func decode(_ bytes: [UInt8], contentType: String? = nil) -> Result {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return utf8(Array(bytes[3...]), declared: nil) }
        if bytes.starts(with: [0xFF, 0xFE]) { return convert(Array(bytes[2...]), from: "UTF-16LE") }
        if bytes.starts(with: [0xFE, 0xFF]) { return convert(Array(bytes[2...]), from: "UTF-16BE") }
        let declared = contentType.flatMap(charsetParameter).flatMap(canonical)
            ?? metaCharset(bytes).flatMap(canonical)
        let validUTF8 = String(validating: bytes, as: UTF8.self) != nil
        guard let declared, declared != "UTF-8" else {
            if validUTF8 || declared == "UTF-8" { return utf8(bytes, declared: declared, valid: validUTF8) }
            return convert(bytes, from: "WINDOWS-1252")
        }
        if validUTF8 && bytes.contains(where: { $0 >= 0x80 }) {
            var result = utf8(bytes, declared: nil, valid: true)
            result.warnings.append("the page says it is \(declared) but it is valid UTF-8; read as UTF-8")
            return result
        }
        return convert(bytes, from: declared)
    }

    /// UTF-8 as it is, or repaired with U+FFFD; when most non-ASCII sequences are broken the
    /// label was wrong, and windows-1252 is the better guess. `valid` is passed when the
    /// caller has already validated the bytes, so a page is not validated twice.
    static func utf8(_ bytes: [UInt8], declared: String?, valid: Bool? = nil) -> Result {
        if valid ?? (String(validating: bytes, as: UTF8.self) != nil) { return Result(utf8: bytes, charset: "UTF-8", warnings: []) }
        var invalid = 0, sequences = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            sequences += 1
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0
            if length == 0 || i + length > bytes.count
                || String(validating: bytes[i..<(i + length)], as: UTF8.self) == nil {
                invalid += 1
                i += 1
            } else {
                i += length
            }
        }
        if invalid * 2 > sequences {
            var result = convert(bytes, from: "WINDOWS-1252")
            result.warnings.append("the page is not valid UTF-8\(declared == nil ? "" : " though it says so"); read as windows-1252")
            return result
        }
        let repaired = Array(String(decoding: bytes, as: UTF8.self).utf8)
        return Result(utf8: repaired, charset: "UTF-8",
                      warnings: ["invalid UTF-8: \(invalid) sequence\(invalid == 1 ? "" : "s") replaced with U+FFFD"])
    }

    /// Transcodes with iconv; bytes it cannot convert become U+FFFD, counted in a warning.
    static func convert(_ bytes: [UInt8], from charset: String) -> Result {
        guard let cd = openConverter(charset) else {
            var result = utf8(bytes, declared: nil)
            result.warnings.insert("unknown charset \(charset); read as UTF-8", at: 0)
            return result
        }
        defer { iconv_close(cd) }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + bytes.count / 2)
        var bad = 0
        var input = bytes
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        input.withUnsafeMutableBufferPointer { inBuf in
            guard let base = inBuf.baseAddress else { return }
            var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(base).assumingMemoryBound(to: CChar.self)
            var inLeft = inBuf.count
            while inLeft > 0 {
                var failed = false
                buffer.withUnsafeMutableBufferPointer { outBuf in
                    var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!)
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuf.count
                    let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                    out.append(contentsOf: outBuf[0..<(outBuf.count - outLeft)])
                    if r == -1 && errno != E2BIG { failed = true }
                }
                if failed {
                    // An invalid or truncated sequence: replace one byte and go on.
                    bad += 1
                    out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    inPtr = inPtr.map { $0 + 1 }
                    inLeft -= 1
                }
            }
        }
        let warnings = bad == 0 ? [] : ["\(bad) byte\(bad == 1 ? "" : "s") invalid in \(charset) replaced with U+FFFD"]
        return Result(utf8: out, charset: charset, warnings: warnings)
    }

    private static func openConverter(_ charset: String) -> iconv_t? {
        let cd = iconv_open("UTF-8", charset)
        if cd == iconv_t(bitPattern: -1) { return nil }
        return cd
    }

    /// `charset=…` from a Content-Type value such as `text/html; charset="Shift_JIS"`.
    public static func charsetParameter(_ contentType: String) -> String? {
        let lower = Array(contentType.lowercased().utf8)
        return label(after: Array("charset".utf8), in: lower[...])
    }

    /// The charset a `<meta charset>` or `<meta http-equiv="Content-Type" content="…">` in the
    /// page's first bytes declares.
    static func metaCharset(_ bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(prescanLength).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
        let meta = Array("<meta".utf8)
        var i = 0
        while i + meta.count <= head.count {
            if head[i] == 0x3C && head[i..<(i + meta.count)].elementsEqual(meta) {
                let end = head[i...].firstIndex(of: 0x3E) ?? head.count
                if let found = label(after: Array("charset".utf8), in: head[i..<end]) { return found }
                i = end
            }
            i += 1
        }
        return nil
    }

    /// The value after `key`, optional spaces, `=` and an optional quote.
    private static func label(after key: [UInt8], in s: ArraySlice<UInt8>) -> String? {
        var i = s.startIndex
        while i + key.count <= s.endIndex {
            if s[i..<(i + key.count)].elementsEqual(key) {
                var j = i + key.count
                while j < s.endIndex && s[j] == 0x20 { j += 1 }
                guard j < s.endIndex && s[j] == 0x3D else { i += 1; continue }
                j += 1
                while j < s.endIndex && (s[j] == 0x20 || s[j] == 0x22 || s[j] == 0x27) { j += 1 }
                var k = j
                while k < s.endIndex, isLabelByte(s[k]) { k += 1 }
                if k > j { return String(decoding: s[j..<k], as: UTF8.self) }
            }
            i += 1
        }
        return nil
    }

    private static func isLabelByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F
            || b == 0x3A || b == 0x2E
    }

    /// The iconv name for a declared label, following the web's conventions: Latin-1 and ASCII
    /// labels mean windows-1252, GB2312 and GBK mean GB18030, and a page that says UTF-16
    /// without a byte-order mark is really ASCII-compatible.
    static func canonical(_ label: String) -> String? {
        let l = label.lowercased().trimmingCharacters(in: .whitespaces)
        switch l {
        case "": return nil
        case "utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be", "unicode": return "UTF-8"
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252", "x-cp1252",
             "iso_8859-1", "cp819", "ibm819":
            return "WINDOWS-1252"
        case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn": return "GB18030"
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "windows-31j", "cp932": return "CP932"
        case "euc-kr", "ks_c_5601-1987", "windows-949", "cp949": return "CP949"
        case "big5", "big5-hkscs", "x-x-big5": return "BIG5-HKSCS"
        case "iso-8859-9", "latin5": return "WINDOWS-1254"
        case "tis-620", "iso-8859-11": return "WINDOWS-874"
        default: return l.uppercased()
        }
    }
}
