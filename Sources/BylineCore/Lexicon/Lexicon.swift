import Foundation

/// The attribution stage's word lists as data (`Resources/Lexicon`, described in its
/// README): cue verbs with lemma and kind, pronouns, gendered words and names, and the word
/// classes. Loaded once per process with the entity gazetteers; a missing or malformed file is
/// an error, never an empty list, since an empty list would silently change every analysis.
/// A class, so that the many stages and views holding it share one set of tables.
public final class Lexicon: Sendable {
    public enum Gender: Sendable { case male, female, unknown }

    /// A pronoun that can be a speaker, with its number and gender.
    public struct Pronoun: Sendable {
        public let plural: Bool
        public let gender: Gender
        /// "he", "we": a person; "it", "they": possibly a thing or a group.
        public let person: Bool
    }

    public enum LoadError: Error, CustomStringConvertible {
        case missing(String)
        case malformed(file: String, line: Int, text: String)

        public var description: String {
            switch self {
            case .missing(let file): return "lexicon file \(file) is missing"
            case .malformed(let file, let line, let text): return "\(file):\(line): malformed row “\(text)”"
            }
        }
    }

    /// What the lexicon says about one word, in one look-up.
    struct WordInfo: Sendable {
        var classes: WordClasses = []
        var cue: CueLexicon.Entry? = nil
        var opensPhrasalCue = false
        var opensPrepositionalCue = false
    }

    /// Every listed word by the hash of its (lowercase) scalars, for look-ups that hash no String.
    private let infoByHash: HashTable64<Int32>
    private let infos: [WordInfo]
    private let classesByWord: [String: WordClasses]
    /// Every single-word cue form, lowercase, with its lemma and kind.
    public let cues: [String: CueLexicon.Entry]
    /// Two-word cues ("put it"), by first word then second.
    private let phrasalCues: [String: [String: CueLexicon.Entry]]
    /// Verb forms whose content follows a preposition ("called for", "referring to"), with
    /// the prepositions each one takes.
    public let prepositionalCues: [String: Set<String>]
    public let pronouns: [String: Pronoun]
    /// Titles and relations that tell a person's gender ("mrs", "spokeswoman").
    private let genderedWords: [String: Gender]
    private let givenNames: [String: Gender]

    /// The folder of the bundled lexicon (`Resources/Lexicon` of BylineCore).
    public static var bundledDirectory: URL? {
        Bundle.module.resourceURL?.appendingPathComponent("Lexicon", isDirectory: true)
    }

    /// Loads the lexicon shipped with BylineCore, with the gazetteers shipped beside it.
    public static func bundled() throws -> Lexicon {
        guard let dir = bundledDirectory, let gazetteers = EntityResources.bundledDirectory else { throw LoadError.missing("Lexicon") }
        return try Lexicon(directory: dir, gazetteers: gazetteers.appendingPathComponent("gazetteers", isDirectory: true))
    }

    /// Word classes that also hold every one-word entry of a gazetteer list (lowercase, a
    /// final full stop dropped), so that outlet names and titles are written once, in the
    /// gazetteers, and the lexicon files hold only what the gazetteers lack.
    public static let gazetteerClasses: [(WordClass, Gazetteer.List)] = [(.outletWord, .outlet), (.title, .title)]

    /// Loads a lexicon from a folder laid out like the bundled one, and the one-word entries
    /// of `gazetteerClasses` from the gazetteer folder `gazetteers`.
    public init(directory dir: URL, gazetteers: URL) throws {
        var classesByWord: [String: WordClasses] = [:]
        var cues: [String: CueLexicon.Entry] = [:]
        var phrasalCues: [String: [String: CueLexicon.Entry]] = [:]
        var pronouns: [String: Pronoun] = [:]
        var genderedWords: [String: Gender] = [:]
        var givenNames: [String: Gender] = [:]
        for c in WordClass.allCases {
            for row in try Self.rows(dir, "\(c.fileName).txt", columns: 1) {
                classesByWord[row[0], default: []].insert(c.bit)
            }
        }
        for (c, list) in Self.gazetteerClasses {
            for row in try Self.rows(gazetteers, "\(list.fileName).txt", columns: 1) where !row[0].contains(" ") {
                var word = row[0].lowercased()
                if word.hasSuffix(".") { word.removeLast() }
                classesByWord[word, default: []].insert(c.bit)
            }
        }
        var stance: Set<String> = []
        for row in try Self.rows(dir, "stance-lemmas.txt", columns: 1) { stance.insert(row[0]) }
        for (n, row) in try Self.rows(dir, "cues.tsv", columns: 3).enumerated() {
            guard let kind = CueLexicon.Kind(name: row[2]) else {
                throw LoadError.malformed(file: "cues.tsv", line: n + 1, text: row.joined(separator: "\t"))
            }
            let entry = CueLexicon.Entry(lemma: row[1], kind: kind, stance: stance.contains(row[1]))
            let words = row[0].split(separator: " ").map(String.init)
            if words.count == 2 {
                phrasalCues[words[0], default: [:]][words[1]] = entry
            } else if cues[row[0]] == nil {
                cues[row[0]] = entry
            }
        }
        var prepositionalCues: [String: Set<String>] = [:]
        for row in try Self.rows(dir, "prepositional-cues.tsv", columns: 2) {
            prepositionalCues[row[0]] = Set(row[1].split(separator: ",").map(String.init))
        }
        for row in try Self.rows(dir, "pronouns.tsv", columns: 4) {
            pronouns[row[0]] = Pronoun(plural: row[1] == "plural", gender: Self.gender(row[2]), person: row[3] == "person")
        }
        for row in try Self.rows(dir, "gendered-words.tsv", columns: 2) { genderedWords[row[0]] = Self.gender(row[1]) }
        for row in try Self.rows(dir, "given-names-gender.tsv", columns: 2) { givenNames[row[0]] = Self.gender(row[1]) }
        self.classesByWord = classesByWord
        self.cues = cues
        self.phrasalCues = phrasalCues
        self.pronouns = pronouns
        self.prepositionalCues = prepositionalCues
        self.genderedWords = genderedWords
        self.givenNames = givenNames
        var table = HashTable64<Int32>(capacity: classesByWord.count + cues.count)
        var infos: [WordInfo] = []
        for word in Set(classesByWord.keys).union(cues.keys).union(phrasalCues.keys).union(prepositionalCues.keys) {
            table[FeatureHash.string(word, lower: false)] = Int32(infos.count)
            infos.append(WordInfo(classes: classesByWord[word] ?? [], cue: cues[word], opensPhrasalCue: phrasalCues[word] != nil,
                                  opensPrepositionalCue: prepositionalCues[word] != nil))
        }
        self.infoByHash = table
        self.infos = infos
    }

    /// What the lexicon says about a word given as the FNV hash of its lowercase scalars
    /// (`TokenProfile`'s lowercase hash of an ASCII word), nil for a word it does not list.
    func info(lowerHash: UInt64) -> WordInfo? {
        infoByHash[lowerHash].map { infos[Int($0)] }
    }

    /// What the lexicon says about a lowercase word.
    func info(_ word: String) -> WordInfo? { info(lowerHash: FeatureHash.string(word, lower: false)) }

    /// The classes of a lowercase word.
    @inline(__always)
    public func classes(of word: String) -> WordClasses { classesByWord[word] ?? [] }

    /// Whether a lowercase word belongs to class `c`.
    @inline(__always)
    public func contains(_ word: String, _ c: WordClass) -> Bool { classes(of: word).contains(c.bit) }

    /// The cue entry of a lowercase word, if it is a cue.
    public func cue(_ word: String) -> CueLexicon.Entry? { cues[word] }

    /// Whether a lowercase word opens a cue of two words ("put" of "put it").
    public func opensPhrasalCue(_ word: String) -> Bool { phrasalCues[word] != nil }

    /// The cue of two words ("put it"), if they are one.
    public func phrasalCue(_ word: String, next: String) -> CueLexicon.Entry? { phrasalCues[word]?[next] }

    /// The gender a lowercase title or relation word tells ("mrs", "spokesman"), if any.
    public func gender(ofWord word: String) -> Gender? { genderedWords[word] }

    /// The gender of a lowercase given name, if it is a known one.
    public func gender(ofGivenName name: String) -> Gender? { givenNames[name] }

    private static func gender(_ s: String) -> Gender {
        s == "male" ? .male : s == "female" ? .female : .unknown
    }

    /// The rows of a lexicon file: lines split at tabs, comments (`#`) and blank lines skipped.
    /// Parsed on UTF-8 bytes: Foundation's trimming would cost more than the analysis of an article.
    static func rows(_ dir: URL, _ file: String, columns: Int) throws -> [[String]] {
        guard let data = FileManager.default.contents(atPath: dir.appendingPathComponent(file).path) else {
            throw LoadError.missing(file)
        }
        let bytes = [UInt8](data)
        var out: [[String]] = []
        var n = 0
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            n += 1
            let isSpace = { (b: UInt8) in b == 0x20 || b == 0x0D }
            guard let first = line.firstIndex(where: { !isSpace($0) && $0 != 0x09 }), line[first] != UInt8(ascii: "#") else { continue }
            let fields = line[first...].split(separator: 0x09).map { field -> String in
                let start = field.firstIndex(where: { !isSpace($0) }) ?? field.endIndex
                let end = (field.lastIndex(where: { !isSpace($0) }) ?? field.startIndex - 1) + 1
                return start < end ? String(decoding: field[start..<end], as: UTF8.self) : ""
            }
            guard fields.count == columns, fields.allSatisfy({ !$0.isEmpty }) else {
                throw LoadError.malformed(file: file, line: n, text: String(decoding: line, as: UTF8.self))
            }
            out.append(fields)
        }
        return out
    }
}
