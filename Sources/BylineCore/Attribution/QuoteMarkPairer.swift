/// Pairs quotation marks into quoted stretches, in one pass over the quote-mark tokens.
///
/// Double marks of every style (“ ” „ « » and straight ones told apart by the spaces around
/// them) and single marks (‘ ’ and straight ones, with apostrophes such as "Biden's",
/// "dogs’" and "’90s" left alone) nest on a stack. A stretch that is still open at the end of
/// its paragraph continues into the next paragraph only when that one opens with a mark, as
/// newsrooms write multi-paragraph quotations; otherwise it ends with its paragraph, so an
/// unbalanced mark can never swallow the rest of the article.
public enum QuoteMarkPairer {
    /// One top-level quoted stretch, marks included.
    public struct Stretch: Equatable, Sendable {
        public var start: Int
        public var end: Int
        /// False when no closing mark was found and the stretch stops at its paragraph's end.
        public var closed: Bool
        /// Paragraph of the opening mark.
        public var paragraph: Int
    }

    enum Style { case double, single, guillemet, low }
    enum Role { case open(Style), close(Style), either(Style), none }

    /// How far down the stack a closing mark may look for its opener: deeper mismatches are
    /// stray marks, and the bound keeps the pass linear.
    static let searchDepth = 4

    public static func pair(_ doc: Document) -> [Stretch] {
        let s = doc.text.scalars
        var result: [Stretch] = []
        var carry: Int? = nil
        for (p, para) in doc.paragraphs.enumerated() {
            var stack: [(start: Int, style: Style)] = []
            let firstToken = para.sentences.isEmpty ? 0 : doc.sentences[para.sentences.lowerBound].tokens.lowerBound
            let endToken = para.sentences.isEmpty ? 0 : doc.sentences[para.sentences.upperBound - 1].tokens.upperBound
            var k = firstToken
            var startedWithCarry = false
            var lastDoubleClose = -1
            while k < endToken {
                let t = doc.tokens[k]
                k += 1
                guard t.kind == .quote else { continue }
                var markEnd = t.end
                let role: Role
                if isApostrophePair(s, doc.tokens, k - 1, endToken, insideSingle: stack.last?.style == .single) {
                    // '' (or ‘‘ and ’’) stands for a double mark in some newsrooms' copy.
                    markEnd = t.end + 1
                    k += 1
                    role = straightDouble(s, t.start, markEnd)
                } else {
                    role = classify(s, t.start, open: !stack.isEmpty, stackTop: stack.last?.style)
                }
                switch role {
                case .open(let style):
                    var start = t.start
                    if stack.isEmpty, let c = carry, !startedWithCarry, t.start == para.start {
                        start = c
                        startedWithCarry = true
                    }
                    stack.append((start, style))
                case .close(let style):
                    if style == .double { lastDoubleClose = markEnd }
                    close(style, at: markEnd, &stack, &result, paragraph: p)
                case .either(let style):
                    if let top = stack.last, matches(top.style, style) {
                        close(style, at: markEnd, &stack, &result, paragraph: p)
                    } else {
                        stack.append((t.start, style))
                    }
                case .none:
                    break
                }
            }
            carry = nil
            if let bottom = stack.first(where: { $0.style != .single }), lastDoubleClose > bottom.start {
                // “A “B’.” ― an inner mark went astray: the last closing mark ends the quotation.
                result.append(Stretch(start: bottom.start, end: lastDoubleClose, closed: true, paragraph: p))
            } else if let bottom = stack.first(where: { $0.style != .single }) {
                let nextOpens = p + 1 < doc.paragraphs.count && opensWithMark(s, doc.paragraphs[p + 1].start)
                if nextOpens {
                    carry = bottom.start
                } else {
                    result.append(Stretch(start: bottom.start, end: para.end, closed: false,
                                          paragraph: doc.sentenceIndex(at: bottom.start).map { doc.sentences[$0].paragraph } ?? p))
                }
            }
        }
        result.sort { $0.start < $1.start }
        return result
    }

    private static func close(_ style: Style, at end: Int, _ stack: inout [(start: Int, style: Style)],
                              _ result: inout [Stretch], paragraph: Int) {
        var depth = stack.count - 1
        let floor = max(0, stack.count - searchDepth)
        while depth >= floor && !matches(stack[depth].style, style) { depth -= 1 }
        guard depth >= floor else { return }
        let start = stack[depth].start
        stack.removeSubrange(depth...)
        if stack.isEmpty {
            result.append(Stretch(start: start, end: end, closed: true, paragraph: paragraph))
        }
    }

    private static func matches(_ open: Style, _ close: Style) -> Bool {
        switch (open, close) {
        case (.double, .double), (.single, .single), (.guillemet, .guillemet), (.low, .double): return true
        default: return false
        }
    }

    static func opensWithMark(_ s: ScalarStorage, _ i: Int) -> Bool {
        guard i < s.count else { return false }
        switch s[i].value {
        case 0x201C, 0x201E, 0xAB, 0x22, 0x2018: return true
        default: return false
        }
    }

    /// The role of the mark at `i`, from the mark itself and the scalars around it.
    static func classify(_ s: ScalarStorage, _ i: Int, open: Bool, stackTop: Style?) -> Role {
        let before: Unicode.Scalar = i > 0 ? s[i - 1] : " "
        let after: Unicode.Scalar = i + 1 < s.count ? s[i + 1] : " "
        let spaceBefore = ScalarClass.isSpace(before) || "([{—–-/".unicodeScalars.contains(before)
            || ScalarClass.isQuoteMark(before)
        let spaceAfter = ScalarClass.isSpace(after)
        switch s[i].value {
        case 0x201C:
            if stackTop == .low { return .close(.double) }
            // A left mark typed where a right one belongs: “…word“ then a space.
            if stackTop == .double && !spaceBefore && (spaceAfter || ScalarClass.isSentenceTerminator(after) || after == ",") {
                return .close(.double)
            }
            return .open(.double)
        case 0x201D:
            // A right mark typed where a left one belongs: ” at a paragraph's start or after a space.
            if stackTop != .double && stackTop != .low && spaceBefore && !spaceAfter && ScalarClass.isAlnum(after) {
                return .open(.double)
            }
            return .close(.double)
        case 0x201E: return .open(.low)
        case 0xAB: return .open(.guillemet)
        case 0xBB: return .close(.guillemet)
        case 0x300C: return .open(.double)
        case 0x300D: return .close(.double)
        case 0x22:
            return straightDouble(s, i, i + 1)
        case 0x2018, 0x201B:
            return spaceBefore && !spaceAfter ? .open(.single) : .none
        case 0x2019, 0x27:
            // An apostrophe unless a single quotation is open and this one ends it.
            guard stackTop == .single else {
                if s[i].value == 0x27 && spaceBefore && ScalarClass.isLetter(after) && !isElision(s, i) {
                    return .open(.single)
                }
                return .none
            }
            if ScalarClass.isLetter(after) { return .none }
            if before == "s" && !spaceAfter && ScalarClass.isLetter(after) { return .none }
            return .close(.single)
        default:
            return .none
        }
    }

    /// A straight double mark (or a doubled apostrophe) spanning `i..<end`: opening after a
    /// space and before a word, closing after a word, undecided between two spaces.
    static func straightDouble(_ s: ScalarStorage, _ i: Int, _ end: Int) -> Role {
        let before: Unicode.Scalar = i > 0 ? s[i - 1] : " "
        let after: Unicode.Scalar = end < s.count ? s[end] : " "
        let spaceBefore = ScalarClass.isSpace(before) || "([{—–-/".unicodeScalars.contains(before)
            || ScalarClass.isQuoteMark(before)
        let spaceAfter = ScalarClass.isSpace(after)
        if spaceBefore && !spaceAfter { return .open(.double) }
        if !spaceBefore && (spaceAfter || !ScalarClass.isAlnum(after)) { return .close(.double) }
        return .either(.double)
    }

    /// Two apostrophes in a row, standing for one double mark: straight ones, or two left or
    /// two right typographic ones ("a “question’’ that"). Inside a single quotation, two right
    /// marks may instead close it and the one around it, and are left to `classify`.
    static func isApostrophePair(_ s: ScalarStorage, _ tokens: [Token], _ k: Int, _ end: Int,
                                 insideSingle: Bool) -> Bool {
        guard k + 1 < end else { return false }
        let a = tokens[k], b = tokens[k + 1]
        guard b.kind == .quote && b.start == a.end && s[a.start] == s[b.start] else { return false }
        switch s[a.start].value {
        case 0x27, 0x2018: return true
        case 0x2019: return !insideSingle
        default: return false
        }
    }

    /// "'em", "'90s", "'til": a leading apostrophe that shortens a word.
    static func isElision(_ s: ScalarStorage, _ i: Int) -> Bool {
        var j = i + 1
        var word = ""
        while j < s.count && j - i <= 5 && ScalarClass.isAlnum(s[j]) { word.unicodeScalars.append(s[j]); j += 1 }
        return ["em", "til", "cause", "n", "tis"].contains(word.lowercased())
    }
}
