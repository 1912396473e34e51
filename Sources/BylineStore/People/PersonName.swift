import BylineCore
import Foundation

/// A name as the library compares it across articles: the descriptive words before it
/// ("Chinese Foreign Ministry spokesperson", "President") split off as the title, and the rest
/// folded (case, diacritics, full stops, hyphens) and spelled one way for common
/// transliteration variants, so "Volodymyr Zelenskyy" and "Volodymyr Zelensky" share a key.
public struct PersonName: Equatable, Sendable {
    /// The name as shown, title removed: "Lin Jian".
    public let display: String
    /// What came before the name, when something did: "Chinese Foreign Ministry spokesperson".
    public let title: String?
    /// Folded, variant-spelled tokens: ["lin", "jian"].
    public let tokens: [String]

    /// Nil when nothing name-like is left once the title is removed.
    public init?(_ raw: String) {
        let words = raw.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
        var start = 0
        for (n, word) in words.enumerated() where n < words.count - 1 {
            if PersonName.isTitleWord(word) { start = n + 1 }
        }
        let name = Array(words[start...])
        guard !name.isEmpty else { return nil }
        let tokens = PersonName.fold(name.joined(separator: " ")).split(separator: " ").map { PersonName.spelled(String($0)) }
        guard !tokens.isEmpty else { return nil }
        self.display = name.joined(separator: " ")
        self.title = start > 0 ? words[..<start].joined(separator: " ") : nil
        self.tokens = tokens
    }

    /// A name taken whole, folded but with no title removed and no variant spelled
    /// (organisations and outlets).
    init?(verbatim raw: String) {
        let tokens = PersonName.fold(raw).split(separator: " ").map(String.init)
        guard !tokens.isEmpty else { return nil }
        self.display = raw
        self.title = nil
        self.tokens = tokens
    }

    /// The whole name's key.
    public var key: String { tokens.joined(separator: " ") }
    /// One word only ("Lin", "Kim"): a surname, or a given name, never enough on its own.
    public var isBare: Bool { tokens.count == 1 }
    /// "J. Smith": a first token of one letter before a surname.
    public var hasInitial: Bool { tokens.count >= 2 && tokens[0].unicodeScalars.count == 1 }
    /// "j smith" for "John Smith" and for "J. Smith".
    public var initialKey: String? {
        guard tokens.count >= 2, let first = tokens[0].unicodeScalars.first else { return nil }
        return "\(first) \(tokens[tokens.count - 1])"
    }

    /// A descriptive word: lower-case ("spokesperson", "of"), or a title of office.
    static func isTitleWord(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        if first.isASCII ? (first.value >= 0x61 && first.value <= 0x7A) : CharacterSet.lowercaseLetters.contains(first) {
            return !particles.contains(word)
        }
        return titles.contains(fold(word))
    }

    /// Lower-case words that belong to names: "von der Leyen", "de Gaulle", "bin Salman".
    static let particles: Set<String> = ["de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le", "bin", "ibn",
                                         "al", "el", "dos", "das", "ter", "y"]

    static let titles: Set<String> = [
        "president", "vice", "prime", "minister", "foreign", "secretary", "spokesperson", "spokesman", "spokeswoman",
        "senator", "sen", "rep", "representative", "gov", "governor", "mayor", "dr", "mr", "mrs", "ms", "general", "gen",
        "chancellor", "king", "queen", "prince", "princess", "pope", "chairman", "chairwoman", "chair", "leader", "judge",
        "justice", "ambassador", "director", "ceo", "chief", "deputy", "premier", "lt", "col", "colonel", "commissioner",
        "sheriff", "professor", "prof", "speaker", "attorney", "envoy", "lord", "sir", "dame", "captain", "capt",
        "sergeant", "sgt", "admiral", "adm", "former", "acting", "interim", "supreme", "state", "defence", "defense",
        "finance", "interior", "health", "economy", "trade", "ministry", "department", "white", "house", "press", "mp",
    ]

    /// Lower case, diacritics and full stops removed, hyphens and apostrophes as spaces or nothing.
    static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return foldASCII(text) }
        let plain = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var out = String.UnicodeScalarView()
        var lastSpace = true
        for c in plain.unicodeScalars {
            if c == "." || c == "'" || c == "\u{2019}" || c == "," { continue }
            if c == " " || c == "-" || c == "\u{2010}" || c == "\u{2011}" || c == "\u{2013}" {
                if !lastSpace { out.append(" ") }
                lastSpace = true
                continue
            }
            out.append(contentsOf: String(c).lowercased().unicodeScalars)
            lastSpace = false
        }
        var s = String(out)
        if s.hasSuffix(" ") { s.removeLast() }
        return s
    }

    /// `fold` for the common case of plain ASCII, on bytes (Foundation's folding is slow).
    private static func foldASCII(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var lastSpace = true
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "."), UInt8(ascii: "'"), UInt8(ascii: ","): continue
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "\t"), UInt8(ascii: "\n"):
                if !lastSpace { out.append(UInt8(ascii: " ")) }
                lastSpace = true
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                out.append(byte + 32)
                lastSpace = false
            default:
                out.append(byte)
                lastSpace = false
            }
        }
        if out.last == UInt8(ascii: " ") { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    /// One spelling for the variants transliteration gives one word: Mohammed/Muhammad,
    /// Zelenskyy/Zelenskiy/Zelensky, Sergey/Sergei, Aleksei/Alexei, Qaddafi/Gaddafi.
    static func spelled(_ token: String) -> String {
        if let fixed = wordVariants[token] { return fixed }
        var t = token
        if t.count > 4, t.hasPrefix("q") { t = "g" + t.dropFirst() }
        if t.count > 3, t.contains("ks") { t = t.replacingOccurrences(of: "ks", with: "x") }
        for (ending, replacement) in [("yy", "y"), ("iy", "y"), ("ii", "y"), ("yi", "y"), ("ey", "ei")] where t.count > ending.count + 2 && t.hasSuffix(ending) {
            t = String(t.dropLast(ending.count)) + replacement
            break
        }
        return t
    }

    static let wordVariants: [String: String] = [
        "mohammed": "muhammad", "mohammad": "muhammad", "mohamed": "muhammad", "muhammed": "muhammad", "mohamad": "muhammad",
        "mahmud": "mahmoud", "yusuf": "yousef", "youssef": "yousef", "yousif": "yousef", "evgeny": "yevgeny",
        "evgeniy": "yevgeny", "yevgeniy": "yevgeny", "iurii": "yuri", "yury": "yuri", "yuriy": "yuri", "dmitri": "dmitry",
        "dmitriy": "dmitry", "aleksandr": "alexander", "alexandr": "alexander", "kadhafi": "gaddafi", "gadhafi": "gaddafi",
        "qadhafi": "gaddafi", "qaddafi": "gaddafi", "tchaikovsky": "chaikovsky",
    ]
}
