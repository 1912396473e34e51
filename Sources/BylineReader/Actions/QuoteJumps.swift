/// Speaker jumps: `]`/`[` step through quotes, `}`/`{` skip to another speaker, `s` cycles one
/// speaker's quotes, `f` dims everyone else. Jumps start from the current quote (the marked one,
/// else the first on screen) and honour the speaker filter.
extension ReaderState {
    enum QuoteJump { case next, previous, nextSpeaker, previousSpeaker, sameSpeaker }

    mutating func jumpQuote(_ kind: QuoteJump) {
        guard screen == .article, let a = article else { return }
        guard let index = a.index else {
            message = "Quotes appear when the analysis has finished"
            return
        }
        let order = index.quoteOrder
        guard !order.isEmpty else {
            message = "No quotes in this article"
            return
        }
        let quotes = index.analysis.quotes
        let keys = index.speakerKeys
        let marked = a.mark?.quote.map(index.readingPosition(ofQuote:))
        let firstVisible = index.firstQuote(endingAfter: a.top).map(index.readingPosition(ofQuote:))
        let filter = a.speakerFilter
        let eligible = { (pos: Int) -> Bool in filter == nil || keys[order[pos]] == filter }
        var target: Int?
        switch kind {
        case .next:
            let from = marked.map { $0 + 1 } ?? (firstVisible ?? order.count)
            target = (from..<order.count).first(where: eligible)
        case .previous:
            let before = marked ?? (firstVisible ?? order.count)
            target = (0..<before).reversed().first(where: eligible)
        case .nextSpeaker, .previousSpeaker:
            let here = marked ?? firstVisible
            let speaker = here.map { keys[order[$0]] }
            let differs = { (pos: Int) -> Bool in here == nil || keys[order[pos]] != speaker! }
            if kind == .nextSpeaker {
                let from = here.map { marked == nil ? $0 : $0 + 1 } ?? order.count
                target = (from..<order.count).first(where: differs)
            } else {
                target = (0..<(here ?? order.count)).reversed().first(where: differs)
            }
        case .sameSpeaker:
            guard let here = marked ?? firstVisible else {
                target = 0
                break
            }
            let speaker = keys[order[here]]
            let after = (here + 1..<order.count).first { keys[order[$0]] == speaker }
            target = after ?? (0...here).first { keys[order[$0]] == speaker }
            if marked == nil { target = here }
            if let t = target, t <= here, marked != nil {
                let name = index.speakerName(ofQuote: order[t])
                message = t == here ? "\(name) has no other quote" : "Back to the first quote by \(name)"
            }
        }
        guard let pos = target else {
            message = kind == .previous || kind == .previousSpeaker ? "No earlier quote" : "No further quote"
            return
        }
        let q = order[pos]
        markAndReveal(Mark(range: quotes[q].content.range, item: .quote(q)))
        if message == nil {
            message = "Quote \(pos + 1) of \(order.count): \(index.speakerName(ofQuote: q))"
        }
    }

    /// Keeps only the current speaker bright, or, when a filter is on, turns it off. In the
    /// quotes pane the selected quote's speaker is the current one.
    mutating func toggleSpeakerFilter() {
        guard screen == .article, let a = article, let index = a.index else { return }
        if a.speakerFilter != nil {
            withArticle { $0.speakerFilter = nil }
            message = "Speaker filter off"
            return
        }
        var q = currentQuote
        if focus == .quotes, case .quote(let selected)? = a.rows(.quotes)[safe: a.cursor(.quotes).selected] { q = selected }
        guard let quote = q, let key = index.speakerKeys[quote] else {
            message = "No attributed quote to filter by"
            return
        }
        withArticle { $0.speakerFilter = key }
        message = "Only \(index.speakerName(ofQuote: quote)) (f: all speakers)"
    }
}
