/// Finds paragraphs: each line is one, unless the text is hard-wrapped (short lines that
/// run on into the next, with blank lines between blocks), in which case a paragraph is a
/// block of lines between blank lines.
public enum ParagraphSplitter {
    public static func split(_ s: ScalarStorage) -> [Range<Int>] {
        let lines = s.withUnsafeScalars(nonBlankLines)
        guard isHardWrapped(s, lines) else { return lines.map(\.range) }
        var blocks: [Range<Int>] = []
        var current: Range<Int>? = nil
        for line in lines {
            if let c = current, !line.afterBlank {
                current = c.lowerBound..<line.range.upperBound
            } else {
                if let c = current { blocks.append(c) }
                current = line.range
            }
        }
        if let c = current { blocks.append(c) }
        return blocks
    }

    struct Line {
        var range: Range<Int>
        var afterBlank: Bool
    }

    /// Lines with their surrounding white space trimmed, blank ones dropped.
    static func nonBlankLines(_ s: UnsafeScalars) -> [Line] {
        var lines: [Line] = []
        var i = 0
        var sawBlank = true
        while i < s.count {
            var j = i
            while j < s.count && !ScalarClass.isNewline(s[j]) { j += 1 }
            var a = i, b = j
            while a < b && ScalarClass.isSpace(s[a]) { a += 1 }
            while b > a && ScalarClass.isSpace(s[b - 1]) { b -= 1 }
            if a < b {
                lines.append(Line(range: a..<b, afterBlank: sawBlank))
                sawBlank = false
            } else {
                sawBlank = true
            }
            if j < s.count && s[j] == "\r" && j + 1 < s.count && s[j + 1] == "\n" { j += 1 }
            i = j + 1
        }
        return lines
    }

    /// Hard wrapping: blank lines separate blocks, and most lines inside blocks are short and
    /// do not end a sentence.
    static func isHardWrapped(_ s: ScalarStorage, _ lines: [Line]) -> Bool {
        guard lines.count >= 4 else { return false }
        var continued = 0, short = 0, blocks = 0
        for (n, line) in lines.enumerated() {
            if line.afterBlank { blocks += 1 }
            if line.range.count <= 80 { short += 1 }
            if n + 1 < lines.count && !lines[n + 1].afterBlank {
                let last = s[line.range.upperBound - 1]
                if !ScalarClass.isSentenceTerminator(last) && !ScalarClass.isQuoteMark(last) { continued += 1 }
            }
        }
        return blocks >= 2 && short * 10 >= lines.count * 9 && continued * 2 >= lines.count - blocks
    }
}
