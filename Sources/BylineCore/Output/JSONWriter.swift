/// A small streaming JSON writer that keeps keys in the order the contract lists them.
///
/// Foundation's JSONEncoder orders keys by hash (or alphabetically), which makes the output
/// hard to read and diff; this writer emits each object's fields in contract order, pretty
/// or compact, with correct string escaping, and is several times faster.
public struct JSONWriter {
    public private(set) var output: String = ""
    private let pretty: Bool
    private var depth = 0
    private var needsComma: [Bool] = [false]

    public init(pretty: Bool) {
        self.pretty = pretty
        output.reserveCapacity(4096)
    }

    public mutating func beginObject() { beginContainer("{") }
    public mutating func endObject() { endContainer("}") }
    public mutating func beginArray() { beginContainer("[") }
    public mutating func endArray() { endContainer("]") }

    /// Writes `"name": ` inside an object; the value follows.
    public mutating func key(_ name: String) {
        separator()
        appendString(name)
        output += pretty ? ": " : ":"
        needsComma[needsComma.count - 1] = false
        pendingValueAfterKey = true
    }

    public mutating func string(_ s: String?) {
        value { w in if let s { w.appendString(s) } else { w.output += "null" } }
    }

    public mutating func int(_ n: Int?) {
        value { w in w.output += n.map(String.init) ?? "null" }
    }

    public mutating func double(_ x: Double) {
        value { w in
            if x.isFinite {
                let rounded = (x * 10_000).rounded() / 10_000
                w.output += rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
            } else {
                w.output += "null"
            }
        }
    }

    public mutating func bool(_ b: Bool) { value { w in w.output += b ? "true" : "false" } }
    public mutating func null() { value { w in w.output += "null" } }

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
    }

    private mutating func beginContainer(_ open: Character) {
        if !pendingValueAfterKey { separator() }
        pendingValueAfterKey = false
        output.append(open)
        depth += 1
        needsComma.append(false)
    }

    private mutating func endContainer(_ close: Character) {
        let hadItems = needsComma.removeLast()
        depth -= 1
        if pretty && hadItems { newline() }
        output.append(close)
        needsComma[needsComma.count - 1] = true
    }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { output += "," }
        if pretty && depth > 0 { newline() }
    }

    private mutating func newline() {
        output += "\n"
        output += String(repeating: "  ", count: depth)
    }

    private mutating func appendString(_ s: String) {
        output += "\""
        var plainStart = s.unicodeScalars.startIndex
        var i = plainStart
        let scalars = s.unicodeScalars
        while i < scalars.endIndex {
            let c = scalars[i]
            let escape: String?
            switch c {
            case "\"": escape = "\\\""
            case "\\": escape = "\\\\"
            case "\n": escape = "\\n"
            case "\r": escape = "\\r"
            case "\t": escape = "\\t"
            default:
                if c.value < 0x20 || c.value == 0x2028 || c.value == 0x2029 {
                    let hex = String(c.value, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    escape = nil
                }
            }
            if let escape {
                output.unicodeScalars.append(contentsOf: scalars[plainStart..<i])
                output += escape
                plainStart = scalars.index(after: i)
            }
            i = scalars.index(after: i)
        }
        output.unicodeScalars.append(contentsOf: scalars[plainStart..<scalars.endIndex])
        output += "\""
    }
}
