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
    /// ASCII is decided without the Unicode property tables, whose lookup was a tenth of
    /// the analyser's time under `--table-rows`.
    static func pythonWords(in text: String) -> Int {
        count(text) { scalar in
            let value = scalar.value
            if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) || (0x1C...0x1F).contains(value) }
            return scalar.properties.isWhitespace
        }
    }
}
