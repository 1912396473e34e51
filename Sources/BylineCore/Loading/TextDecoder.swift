/// Turns raw bytes into article text: drops a BOM, decodes UTF-8 (or UTF-16 with a BOM),
/// repairs invalid sequences with U+FFFD and refuses binary data.
///
/// Line endings, tabs and odd spaces are kept exactly, because analysis offsets index the
/// text as decoded.
public enum TextDecoder {
    /// How many leading bytes are sniffed for binary content.
    static let sniffLength = 8192

    public static func decode(_ bytes: [UInt8], path: String) throws(LoadError) -> LoadedArticle {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return decodeUTF16(bytes, path: path, littleEndian: bytes[0] == 0xFF)
        }
        var body = bytes[...]
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            body = bytes[3...]
        }
        if looksBinary(body) { throw .binary(path: path) }
        if let text = String(validating: body, as: UTF8.self) {
            return LoadedArticle(path: path, text: text)
        }
        let (text, firstBad, count) = repair(body)
        let warning = "warning: \(path): invalid UTF-8 at byte \(firstBad + (bytes.count - body.count)); "
            + "\(count) sequence\(count == 1 ? "" : "s") replaced with U+FFFD"
        return LoadedArticle(path: path, text: text, warnings: [warning])
    }

    /// NUL bytes, or a large share of control bytes that text never has, in the first block.
    public static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        let head = bytes.prefix(sniffLength)
        if head.isEmpty { return false }
        var controls = 0
        for b in head {
            if b == 0 { return true }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B { controls += 1 }
        }
        return controls * 10 > head.count
    }

    /// The offset of the first byte of `bytes` that is not valid UTF-8, or `bytes.count` when
    /// all of it is: what an error message names.
    public static func firstInvalidUTF8Byte(_ bytes: [UInt8]) -> Int {
        var iterator = CountingIterator(base: bytes[...].makeIterator())
        var decoder = UTF8()
        while true {
            let before = iterator.consumed
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return iterator.consumed
            case .error: return before
            }
        }
    }

    /// Decodes with replacement, reporting the first bad byte and how many sequences were replaced.
    static func repair(_ bytes: ArraySlice<UInt8>) -> (String, Int, Int) {
        var scalars = String.UnicodeScalarView()
        var iterator = CountingIterator(base: bytes.makeIterator())
        var decoder = UTF8()
        var firstBad = -1, bad = 0
        loop: while true {
            let before = iterator.consumed
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                scalars.append(s)
            case .emptyInput:
                break loop
            case .error:
                if firstBad < 0 { firstBad = before }
                bad += 1
                scalars.append("\u{FFFD}")
            }
        }
        return (String(scalars), max(firstBad, 0), bad)
    }

    static func decodeUTF16(_ bytes: [UInt8], path: String, littleEndian: Bool) -> LoadedArticle {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        var text = String(decoding: units, as: UTF16.self)
        // A lone last byte is half a code unit: replaced like any other bad sequence, not dropped.
        let oddByte = bytes.count % 2 != 0
        if oddByte { text.unicodeScalars.append("\u{FFFD}") }
        var warnings: [String] = []
        if oddByte || String(validating: units, as: UTF16.self) == nil {
            warnings.append("warning: \(path): invalid UTF-16; bad sequences replaced with U+FFFD")
        }
        return LoadedArticle(path: path, text: text, warnings: warnings)
    }
}

/// A byte iterator that counts what the UTF-8 decoder consumed, to locate the first bad byte.
struct CountingIterator: IteratorProtocol {
    var base: IndexingIterator<ArraySlice<UInt8>>
    var consumed = 0

    mutating func next() -> UInt8? {
        guard let b = base.next() else { return nil }
        consumed += 1
        return b
    }
}
