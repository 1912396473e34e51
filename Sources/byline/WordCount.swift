import BylineCore

/// Words in a text as runs of scalars that are not separators. One loop for the benchmarks'
/// figures and the table rows' `words` column; each says what separates words.
enum WordCount {
    static func count(_ text: String, separatedBy isSeparator: (Unicode.Scalar) -> Bool) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let separator = isSeparator(scalar)
            if !separator && !inWord { count += 1 }
            inWord = !separator
        }
        return count
    }

    /// Words as Byline's tokenizer separates them (`ScalarClass.isSpace`).
    static func words(in text: String) -> Int { count(text, separatedBy: ScalarClass.isSpace) }

    /// Words as Python's `str.split()` counts them, so a figure matches what the Spark
    /// integration's tools count over the same texts.
    static func pythonWords(in text: String) -> Int {
        count(text) { $0.properties.isWhitespace || (0x1C...0x1F).contains($0.value) }
    }
}
