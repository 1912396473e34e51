/// The small, fixed word lists claim matching uses, as lowercase UTF-8 bytes. They are part of
/// the matching's definition: changing one changes which reports group, so the store's index
/// is keyed by `ClaimFingerprint.version` and rebuilt when it changes.
enum ClaimLexicon {
    private static func bytes(_ words: String) -> Set<[UInt8]> {
        Set(words.split(separator: " ").map { Array($0.utf8) })
    }

    /// Function words, and the reporting verbs that differ between outlets retelling one
    /// report ("said", "according to", "told"); comparatives such as "over" and "more than" go
    /// too, so "over 10,000" and "more than 10,000" meet.
    static let stopWords = bytes("""
        a an the and or but if of to in on at by for from with as into onto over under about than then that this these \
        those there here it its is are was were be been being has have had do does did will would shall should can could \
        may might must he she they them his her their we our you your i me my him us also which who whom whose what when \
        where why how more most very just so such s t some any all both each other another up out off again further once \
        while during before after above below between through against among said says say saying according told tells \
        reported reports reportedly report added adds stated states claimed claims announced announces confirmed confirms \
        statement stated noted explained wrote cited citing
        """)

    /// Words that make a sentence negated; "n't" contractions come split at the apostrophe.
    static let negations = bytes("not no never nor cannot neither none nobody nothing")
    static let negatedContractions = bytes("don doesn didn isn aren wasn weren hasn haven hadn wouldn couldn shouldn mustn")
    static let can = Array("can".utf8), won = Array("won".utf8)

    /// Number words and their values; "one" counts only before "hundred" or a magnitude.
    static let numberWords: [[UInt8]: Int] = {
        let units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                     "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        var table: [[UInt8]: Int] = [:]
        for (n, w) in units.enumerated() { table[Array(w.utf8)] = n }
        for (n, w) in tens.enumerated() { table[Array(w.utf8)] = (n + 2) * 10 }
        return table
    }()

    static let one = Array("one".utf8), hundred = Array("hundred".utf8), and = Array("and".utf8)

    /// Magnitudes after a number, as powers of ten: "10 thousand", "2.3 billion", "5bn".
    static let scales: [[UInt8]: Int] = [
        Array("thousand".utf8): 3, Array("million".utf8): 6, Array("millions".utf8): 6, Array("billion".utf8): 9,
        Array("bn".utf8): 9, Array("trillion".utf8): 12, Array("thousands".utf8): 3,
    ]

    /// Letters glued to a number that do not change it: "10th", "1990s".
    static let numberSuffixes = bytes("st nd rd th s")
}
