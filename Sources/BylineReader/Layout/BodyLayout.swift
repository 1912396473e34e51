import BylineCore

/// The article body wrapped to one width: each screen line is a range of scalar offsets into
/// the raw text, so any line maps back to analysis spans and any span to its line. Paragraphs
/// are separated by one blank line. Built once per (article, width) and cached.
public struct BodyLayout: Sendable {
    public let width: Int
    /// Start offset of each line (for blank separator lines, the end of the paragraph above).
    public let starts: [Int32]
    /// End offset (exclusive) of each line; equal to the start for blank lines.
    public let ends: [Int32]
    /// Index of the first line of each paragraph, in order.
    public let paragraphFirstLines: [Int32]

    public var count: Int { starts.count }

    public func range(_ line: Int) -> Range<Int> { Int(starts[line])..<Int(ends[line]) }

    /// The line showing scalar offset `offset` (the last line starting at or before it).
    public func line(containing offset: Int) -> Int {
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(starts[mid]) <= offset { lo = mid + 1 } else { hi = mid }
        }
        return max(0, lo - 1)
    }

    /// Wraps the paragraphs `paragraphs` of `scalars` to `width` columns, breaking at spaces and
    /// inside words only when a word is longer than the line.
    public init(scalars: ScalarStorage, paragraphs: [Range<Int>], width: Int) {
        let width = max(1, width)
        self.width = width
        var starts: [Int32] = []
        var ends: [Int32] = []
        var firsts: [Int32] = []
        starts.reserveCapacity(scalars.count / max(1, width - 10) + paragraphs.count * 2 + 1)
        ends.reserveCapacity(starts.capacity)
        firsts.reserveCapacity(paragraphs.count)
        scalars.withUnsafeScalars { s in
            for (n, p) in paragraphs.enumerated() {
                if n > 0 {
                    let gap = Int32(paragraphs[n - 1].upperBound)
                    starts.append(gap)
                    ends.append(gap)
                }
                firsts.append(Int32(starts.count))
                BodyLayout.wrap(s, p, width) { a, b in
                    starts.append(Int32(truncatingIfNeeded: a))
                    ends.append(Int32(truncatingIfNeeded: b))
                }
            }
        }
        self.starts = starts
        self.ends = ends
        self.paragraphFirstLines = firsts
    }

    @inline(__always)
    private static func isBreak(_ g: Glyph) -> Bool {
        switch g {
        case .space, .tab: return true
        default: return false
        }
    }

    private static func wrap(_ s: UnsafeScalars, _ p: Range<Int>, _ width: Int,
                             _ emit: (Int, Int) -> Void) {
        var lineStart = p.lowerBound
        var col = 0
        var lastSpace = -1
        var i = p.lowerBound
        let end = p.upperBound
        while i < end {
            let v = s[i].value
            let g: Glyph = (v > 0x20 && v < 0x7F) ? .char(width: 1) : (v == 0x20 ? .space : Sanitizer.glyph(s[i]))
            let w = g.width(at: col)
            if isBreak(g) {
                if col + w > width {
                    emit(lineStart, i)
                    i += 1
                    while i < end && isBreak(Sanitizer.glyph(s[i])) { i += 1 }
                    lineStart = i
                    col = 0
                    lastSpace = -1
                    continue
                }
                lastSpace = i
                col += w
                i += 1
                continue
            }
            if col + w > width && col > 0 {
                if lastSpace >= lineStart {
                    emit(lineStart, lastSpace)
                    var next = lastSpace + 1
                    while next < i && isBreak(Sanitizer.glyph(s[next])) { next += 1 }
                    lineStart = next
                    col = 0
                    var k = next
                    while k < i { col += Sanitizer.glyph(s[k]).width(at: col); k += 1 }
                } else {
                    emit(lineStart, i)
                    lineStart = i
                    col = 0
                }
                lastSpace = -1
                continue
            }
            col += w
            i += 1
        }
        if lineStart < end || col == 0 { emit(lineStart, end) }
    }
}
