/// Finds values by rules over tokens: dates, times, money, percentages, quantities and
/// other numbers. Rules, not the model, because the training data does not label values and
/// their forms are regular. Tokens inside names are never taken.
public struct ValueRules: Sendable {
    enum Kind: UInt8 {
        case month, weekday, relativeDay, dateModifier, period, scale, currencyWord, unit, percentWord,
             numberWord, timeSuffix, currencyPrefix
    }

    private var kinds = HashTable64<Kind>(capacity: 256)

    public init() {
        func add(_ words: [String], _ k: Kind) {
            for w in words { kinds[FeatureHash.string(w, lower: true)] = k }
        }
        add(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.",
             "oct.", "nov.", "dec."], .month)
        add(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], .weekday)
        add(["yesterday", "today", "tomorrow", "tonight"], .relativeDay)
        add(["last", "next", "this", "early", "late", "mid", "earlier", "later", "previous", "coming"], .dateModifier)
        add(["week", "weekend", "month", "year", "decade", "century", "quarter", "season", "spring", "summer",
             "autumn", "fall", "winter", "morning", "afternoon", "evening", "night"], .period)
        add(["million", "billion", "trillion", "thousand", "hundred", "mln", "bln", "bn", "mn", "tn", "m"], .scale)
        add(["dollar", "dollars", "euro", "euros", "pound", "pounds", "yen", "yuan", "rouble", "roubles", "ruble",
             "rubles", "franc", "francs", "marks", "rupees", "pesos", "won", "cents", "hryvnias", "lira"], .currencyWord)
        add(["km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters",
             "metre", "meter", "feet", "foot", "tonnes", "tons", "tonne", "ton", "kg", "kilograms", "pounds-weight",
             "barrels", "barrel", "acres", "hectares", "litres", "liters", "gallons", "degrees", "mph", "bpd",
             "square", "cubic", "ounces", "oz", "lb", "lbs", "mw", "gw", "kwh"], .unit)
        add(["percent", "pct", "%"], .percentWord)
        add(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
             "twenty", "thirty", "forty", "fifty", "hundreds", "thousands", "millions", "billions", "dozens",
             "dozen"], .numberWord)
        add(["a.m.", "p.m.", "am", "pm", "gmt", "est", "edt", "cet", "utc", "bst", "pst"], .timeSuffix)
        add(["$", "€", "£", "¥", "us$", "c$", "a$"], .currencyPrefix)
    }

    @inline(__always)
    func kind(_ h: UInt64) -> Kind? { kinds[h] }

    /// Value mentions in `doc`, skipping tokens flagged in `taken` (those inside names).
    public func find(_ doc: Document, profile: TokenProfile, taken: [Bool]) -> [NameMention] {
        var out: [NameMention] = []
        let tokens = doc.tokens
        let n = tokens.count
        var k = 0
        func free(_ j: Int) -> Bool { j < n && !taken[j] }
        func kindAt(_ j: Int) -> Kind? { free(j) ? kind(profile.lower[j]) : nil }
        func isNumber(_ j: Int) -> Bool { free(j) && tokens[j].kind == .number }
        func capitalized(_ j: Int) -> Bool { ScalarClass.isUpper(doc.text[tokens[j].start]) }
        func isMonth(_ j: Int) -> Bool { kindAt(j) == .month && capitalized(j) }
        func isYear(_ j: Int) -> Bool {
            guard isNumber(j), tokens[j].length == 4 else { return false }
            let s = doc.text.scalars
            return (s[tokens[j].start] == "1" && s[tokens[j].start + 1] == "9")
                || (s[tokens[j].start] == "2" && s[tokens[j].start + 1] == "0")
        }
        func emit(_ a: Int, _ b: Int, _ type: EntityType) {
            let start = tokens[a].start, end = tokens[b - 1].end
            out.append(NameMention(tokens: a..<b, start: start, end: end, text: doc.text.text(start, end), type: type))
        }
        while k < n {
            guard free(k) else { k += 1; continue }
            let kk = kind(profile.lower[k])
            // Money: "$5", "$5.2 million", "US$ 3"
            if kk == .currencyPrefix, isNumber(k + 1) {
                var e = k + 2
                if kindAt(e) == .scale { e += 1 }
                emit(k, e, .money); k = e; continue
            }
            if tokens[k].kind == .number || kk == .numberWord {
                var e = k + 1
                if kindAt(e) == .scale { e += 1 }
                if kindAt(e) == .percentWord {
                    let pe = e + (kindAt(e + 1) == .percentWord ? 2 : 1)
                    emit(k, pe, .percent); k = pe; continue
                }
                if kindAt(e) == .currencyWord { emit(k, e + 1, .money); k = e + 1; continue }
                if kindAt(e) == .unit {
                    let ue = e + (kindAt(e + 1) == .unit ? 2 : 1)
                    emit(k, ue, .quantity); k = ue; continue
                }
                if tokens[k].kind == .number, kindAt(k + 1) == .timeSuffix || isClock(doc, k) {
                    let te = k + (kindAt(k + 1) == .timeSuffix ? 2 : 1)
                    emit(k, te, .time); k = te; continue
                }
                if tokens[k].kind == .number, isMonth(k + 1) {
                    var e2 = k + 2
                    if isYear(e2) { e2 += 1 }
                    emit(k, e2, .date); k = e2; continue
                }
                if isYear(k) || isISODate(doc, k) { emit(k, k + 1, .date); k += 1; continue }
                emit(k, e, .cardinal); k = e; continue
            }
            if kk == .month && capitalized(k) {
                var e = k + 1
                if isNumber(e) && tokens[e].length <= 2 { e += 1 }
                if free(e) && doc.text[tokens[e].start] == "," && isYear(e + 1) { e += 2 } else if isYear(e) { e += 1 }
                emit(k, e, .date); k = e; continue
            }
            if (kk == .weekday && capitalized(k)) || kk == .relativeDay { emit(k, k + 1, .date); k += 1; continue }
            if kk == .dateModifier, kindAt(k + 1) == .period || isMonth(k + 1) || (kindAt(k + 1) == .weekday && capitalized(k + 1)) {
                emit(k, k + 2, .date); k += 2; continue
            }
            k += 1
        }
        return out
    }

    private func isClock(_ doc: Document, _ k: Int) -> Bool {
        let t = doc.tokens[k]
        guard t.length >= 4 && t.length <= 5 else { return false }
        return doc.text[t.end - 3] == ":"
    }

    private func isISODate(_ doc: Document, _ k: Int) -> Bool {
        let t = doc.tokens[k]
        guard t.length == 10 else { return false }
        return doc.text[t.start + 4] == "-" && doc.text[t.start + 7] == "-"
    }
}
