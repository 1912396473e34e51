/// A small streaming JSON writer that keeps keys in the order the contract lists them.
///
/// Foundation's JSONEncoder orders keys by hash (or alphabetically), which makes the output
/// hard to read and diff; this writer emits each object's fields in contract order, pretty
/// or compact, with correct string escaping, and is several times faster.
///
/// With a sink it streams: whenever a value completes and a block of output is buffered, the
/// block goes to the sink, so writing a large analysis holds one block, not the whole JSON.
public struct JSONWriter {
    /// Receives the output block by block, in order.
    public typealias Sink = (UnsafeBufferPointer<UInt8>) -> Void
    /// How much is buffered before it goes to the sink.
    public static let blockBytes = 65_536

    /// The JSON written so far (without a sink; with one, what is not yet flushed).
    public var output: String { String(decoding: bytes, as: UTF8.self) }
    /// UTF-8 bytes: appending to a byte array grows geometrically, where appending scalar
    /// slices to a String copied the whole output on every call (quadratic on large analyses).
    private var bytes: [UInt8] = []
    private let pretty: Bool
    private let sink: Sink?
    private var depth = 0
    private var needsComma: [Bool] = [false]

    public init(pretty: Bool) {
        self.pretty = pretty
        self.sink = nil
        bytes.reserveCapacity(4096)
    }

    public init(pretty: Bool, sink: @escaping Sink) {
        self.pretty = pretty
        self.sink = sink
        bytes.reserveCapacity(Self.blockBytes + 4096)
    }

    /// Hands everything buffered to the sink; without a sink, does nothing.
    public mutating func flush() {
        guard let sink, !bytes.isEmpty else { return }
        bytes.withUnsafeBufferPointer { sink($0) }
        bytes.removeAll(keepingCapacity: bytes.capacity <= 4 * Self.blockBytes)
    }

    private mutating func flushIfFull() {
        if sink != nil && bytes.count >= Self.blockBytes { flush() }
    }

    public mutating func beginObject() { beginContainer(UInt8(ascii: "{")) }
    public mutating func endObject() { endContainer(UInt8(ascii: "}")) }
    public mutating func beginArray() { beginContainer(UInt8(ascii: "[")) }
    public mutating func endArray() { endContainer(UInt8(ascii: "]")) }

    /// Writes `"name": ` inside an object; the value follows.
    public mutating func key(_ name: String) {
        separator()
        appendString(name)
        raw(pretty ? ": " : ":")
        needsComma[needsComma.count - 1] = false
        pendingValueAfterKey = true
    }

    public mutating func string(_ s: String?) {
        value { w in if let s { w.appendString(s) } else { w.raw("null") } }
    }

    public mutating func int(_ n: Int?) {
        value { w in w.raw(n.map(String.init) ?? "null") }
    }

    public mutating func double(_ x: Double) {
        value { w in
            if x.isFinite {
                let rounded = (x * 10_000).rounded() / 10_000
                w.raw(rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded))
            } else {
                w.raw("null")
            }
        }
    }

    public mutating func null() { value { w in w.raw("null") } }

    public mutating func stringArray(_ items: [String]) {
        beginArray()
        for s in items { string(s) }
        endArray()
    }

    private var pendingValueAfterKey = false

    private mutating func value(_ write: (inout JSONWriter) -> Void) {
        if !pendingValueAfterKey { separator() }
        pendingValueAfterKey = false
        write(&self)
        needsComma[needsComma.count - 1] = true
        flushIfFull()
    }

    private mutating func beginContainer(_ open: UInt8) {
        if !pendingValueAfterKey { separator() }
        pendingValueAfterKey = false
        bytes.append(open)
        depth += 1
        needsComma.append(false)
    }

    private mutating func endContainer(_ close: UInt8) {
        let hadItems = needsComma.removeLast()
        depth -= 1
        if pretty && hadItems { newline() }
        bytes.append(close)
        needsComma[needsComma.count - 1] = true
        flushIfFull()
    }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        if pretty && depth > 0 { newline() }
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    private mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }

    /// Appends `s` quoted, escaping per RFC 8259 plus U+2028/U+2029.
    private mutating func appendString(_ s: String) {
        var copy = s
        copy.withUTF8 { appendQuoted($0) }
    }

    /// Writes a span's text as a string value; a long span's text is streamed from the
    /// document's shared text, never copied whole.
    public mutating func string(of span: Span) {
        value { w in span.withUTF8 { w.appendQuoted($0) } }
    }

    /// Appends `utf8` quoted and escaped; works on UTF-8 bytes, where every byte to escape is
    /// ASCII. With a sink, a long run goes out block by block, so a string of megabytes is not
    /// buffered whole.
    private mutating func appendQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        // Runs of bytes that need no escape are copied whole.
        var plain = 0
        var i = 0
        while i < utf8.count {
            let b = utf8[i]
            let needsEscape = b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\")
                || (b == 0xE2 && i + 2 < utf8.count && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9))
            if !needsEscape {
                i += 1
                if sink != nil && bytes.count + (i - plain) >= Self.blockBytes {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plain..<i]))
                    plain = i
                    flushIfFull()
                }
                continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plain..<i]))
            switch b {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case UInt8(ascii: "\n"): raw("\\n")
            case UInt8(ascii: "\r"): raw("\\r")
            case UInt8(ascii: "\t"): raw("\\t")
            case 0xE2:
                raw(utf8[i + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                i += 2
            default:
                let hex = String(b, radix: 16)
                raw("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            }
            i += 1
            plain = i
            flushIfFull()
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plain..<utf8.count]))
        bytes.append(UInt8(ascii: "\""))
    }
}
