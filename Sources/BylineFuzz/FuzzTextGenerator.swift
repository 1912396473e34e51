/// Builds fuzz inputs from `FragmentPool`: attribution-shaped sentences, random runs of
/// pieces and the seeds of a corpus, then mutated (truncated, spliced, duplicated, cut,
/// recased, their marks swapped, sometimes their bytes broken) the way real text gets
/// clipped and mangled on its way to the analyser.
///
/// Deterministic: the same seeds and case number give the same bytes.
public struct FuzzTextGenerator: Sendable {
    /// Texts to start from and splice in, such as the kept corpus.
    public let seeds: [[UInt8]]

    public init(seeds: [[UInt8]] = []) { self.seeds = seeds }

    /// The input of case `index` of the run seeded with `seed`.
    public func input(seed: UInt64, case index: Int) -> [UInt8] {
        var random = FuzzRandom(seed: seed, case: index)
        return input(&random)
    }

    public func input(_ random: inout FuzzRandom) -> [UInt8] {
        var text = base(&random)
        for _ in 0..<random.below(5) { mutate(&text, &random) }
        var bytes = Array(String(String.UnicodeScalarView(text)).utf8)
        if random.chance(4) { mutateBytes(&bytes, &random) }
        return bytes
    }

    func base(_ random: inout FuzzRandom) -> [Unicode.Scalar] {
        switch random.below(10) {
        case 0...3: return scalars(attributed(&random))
        case 4...5: return scalars(pieces(&random, count: 1 + random.below(30)))
        case 6: return scalars(random.chance(15) ? longSentence(&random) : paragraphs(&random))
        default:
            guard !seeds.isEmpty else { return scalars(attributed(&random)) }
            return scalars(String(decoding: random.pick(seeds), as: UTF8.self))
        }
    }

    /// One to four sentences in the shapes attributions take, joined by spaces or line breaks.
    func attributed(_ random: inout FuzzRandom) -> String {
        var out = ""
        for i in 0..<(1 + random.below(4)) {
            if i > 0 { out += random.chance(70) ? " " : random.pick(FragmentPool.whitespace) }
            out += sentence(&random)
        }
        return out
    }

    func sentence(_ random: inout FuzzRandom) -> String {
        let (open, close) = markPair(&random)
        let name = random.chance(25) ? random.pick(FragmentPool.pronouns) : random.pick(FragmentPool.names)
        let cue = random.pick(FragmentPool.cues)
        let clause = random.pick(FragmentPool.clauses)
        let outlet = random.pick(FragmentPool.outlets)
        let end = random.pick([".", ".", ",", "", " .", "?", ":", "!", "…", "\u{201D}.", ".\u{201D}"])
        switch random.below(12) {
        case 0: return "\(open)\(clause),\(close) \(name) \(cue)\(end)"
        case 1: return "\(name) \(cue) \(random.pick(["that ", "", ": "]))\(clause)\(end)"
        case 2: return "According to \(random.chance(50) ? outlet : name)\(random.pick([",", "", " ,", " ."])) \(clause)\(end)"
        case 3: return "\(clause.capitalizedFirst), according to \(outlet)\(end)"
        case 4: return "\(name) told \(outlet)\(random.pick([",", " that", "", ":"])) \(open)\(clause)\(close)\(end)"
        case 5: return "\(open)\(clause),\(close) \(cue) \(name)\(end)"
        case 6: return "\(clause.capitalizedFirst), \(name) \(cue)\(end)"
        case 7: return "\(clause.capitalizedFirst), citing \(outlet)\(end)"
        case 8: return "\(name): \(open)\(clause)\(close)\(end)"
        case 9: return "\(open)\(clause)\(close) \(random.pick(["―", "—", "-", "--"])) \(name)\(end)"
        case 10: return "\(name), \(random.pick(FragmentPool.glue)) \(cue) \(open)\(clause)\(end)"
        default: return random.pick(FragmentPool.sentences)
        }
    }

    /// An opening and a closing mark, usually a matching pair, sometimes a stray or none.
    func markPair(_ random: inout FuzzRandom) -> (String, String) {
        switch random.below(10) {
        case 0...3: return ("“", "”")
        case 4: return ("\"", "\"")
        case 5: return ("«", "»")
        case 6: return ("‘", "’")
        case 7: return ("„", "“")
        case 8: return (random.pick(FragmentPool.quotationMarks), random.pick(FragmentPool.quotationMarks))
        default: return random.chance(50) ? ("", "”") : ("“", "")
        }
    }

    /// Random pieces of every kind, mostly separated by spaces.
    func pieces(_ random: inout FuzzRandom, count: Int) -> String {
        var out = ""
        for _ in 0..<count {
            let piece: String
            switch random.below(20) {
            case 0...2: piece = random.pick(FragmentPool.cues)
            case 3...4: piece = random.pick(FragmentPool.names)
            case 5: piece = random.pick(FragmentPool.outlets)
            case 6: piece = random.pick(FragmentPool.pronouns)
            case 7...8: piece = random.pick(FragmentPool.glue)
            case 9...10: piece = random.pick(FragmentPool.quotationMarks)
            case 11...12: piece = random.pick(FragmentPool.punctuation)
            case 13: piece = random.pick(FragmentPool.clauses)
            case 14: piece = random.pick(FragmentPool.oddScalars)
            case 15: piece = random.pick(FragmentPool.values)
            case 16: piece = random.pick(FragmentPool.whitespace)
            default: piece = sentence(&random)
            }
            out += piece
            if random.chance(75) { out += random.chance(85) ? " " : random.pick(FragmentPool.whitespace) }
        }
        return out
    }

    /// An article-like text: a headline, a byline, a dateline and paragraphs.
    func paragraphs(_ random: inout FuzzRandom) -> String {
        var out = random.chance(50) ? "\(random.pick(FragmentPool.clauses).capitalizedFirst), officials say\n\n" : ""
        if random.chance(40) { out += "By \(random.pick(FragmentPool.names)) and \(random.pick(FragmentPool.names))\n\n" }
        if random.chance(30) { out += "LISBON, March 4 (\(random.pick(FragmentPool.outlets))) - " }
        for _ in 0..<(1 + random.below(5)) {
            out += attributed(&random) + random.pick(["\n\n", "\n", "\r\n\r\n", " "])
        }
        if random.chance(20) { out += "Source: example.org" }
        return out
    }

    /// One sentence of clauses and attributions with no full stop, longer than the contents
    /// the frame finder bounds by the previous attribution (1,500 scalars).
    func longSentence(_ random: inout FuzzRandom) -> String {
        var out = random.pick(FragmentPool.clauses).capitalizedFirst
        while out.unicodeScalars.count < 1_600 + random.below(800) {
            switch random.below(4) {
            case 0: out += ", \(random.pick(FragmentPool.names)) \(random.pick(FragmentPool.cues)) \(random.pick(FragmentPool.clauses))"
            case 1: out += ", according to \(random.pick(FragmentPool.outlets))"
            case 2: out += " and \(random.pick(FragmentPool.clauses))"
            default: out += ", “\(random.pick(FragmentPool.clauses))”"
            }
        }
        return out + random.pick([".", "", ",", " said \(random.pick(FragmentPool.names))."])
    }

    func mutate(_ text: inout [Unicode.Scalar], _ random: inout FuzzRandom) {
        let n = text.count
        switch random.below(10) {
        case 9: // repeat a stretch many times
            guard n > 0 else { return }
            let a = random.below(n), b = min(n, a + 1 + random.below(60))
            let copies = Array(repeating: Array(text[a..<b]), count: 2 + random.below(30)).flatMap { $0 }
            text.insert(contentsOf: copies, at: b)
        case 0: // truncate at either end
            guard n > 0 else { return }
            let cut = random.below(n + 1)
            if random.chance(70) { text.removeSubrange(cut...) } else { text.removeSubrange(..<cut) }
        case 1: // delete a stretch
            guard n > 0 else { return }
            let a = random.below(n), b = min(n, a + 1 + random.below(12))
            text.removeSubrange(a..<b)
        case 2: // duplicate a stretch
            guard n > 0 else { return }
            let a = random.below(n), b = min(n, a + 1 + random.below(40))
            text.insert(contentsOf: Array(text[a..<b]), at: b)
        case 3: // insert a piece anywhere
            let piece = scalars(pieces(&random, count: 1))
            text.insert(contentsOf: piece, at: random.below(n + 1))
        case 4: // splice with another text
            let other = base(&random)
            let a = random.below(n + 1), b = random.below(other.count + 1)
            text = Array(text[..<a]) + Array(other[b...])
        case 5: // insert an odd scalar
            text.insert(contentsOf: scalars(random.pick(FragmentPool.oddScalars)), at: random.below(n + 1))
        case 6: // swap quotation mark styles
            let marks = FragmentPool.quotationMarks.compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first : nil }
            for i in text.indices where marks.contains(text[i]) && random.chance(50) { text[i] = random.pick(marks) }
        case 7: // change case
            let upper = random.chance(50)
            text = scalars(upper ? String(String.UnicodeScalarView(text)).uppercased() : String(String.UnicodeScalarView(text)).lowercased())
        default: // whitespace becomes line breaks or disappears
            for i in text.indices.reversed() where text[i] == " " && random.chance(20) {
                if random.chance(50) { text.remove(at: i) } else { text[i] = random.pick(["\n", "\r", "\u{2028}", "\t"]) }
            }
        }
    }

    /// Breaks the UTF-8: a flipped byte, a cut multi-byte sequence or a BOM.
    func mutateBytes(_ bytes: inout [UInt8], _ random: inout FuzzRandom) {
        switch random.below(4) {
        case 0: if !bytes.isEmpty { bytes[random.below(bytes.count)] ^= UInt8(truncatingIfNeeded: 1 << random.below(8)) }
        case 1: bytes.insert(random.pick([0x80, 0xC3, 0xE2, 0xF0, 0xFF]), at: random.below(bytes.count + 1))
        case 2: bytes.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: 0)
        default: if !bytes.isEmpty { bytes.removeLast(1 + random.below(min(3, bytes.count))) }
        }
    }

    func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
