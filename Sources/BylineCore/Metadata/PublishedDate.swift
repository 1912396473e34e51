import Foundation

/// The date an article declares it was published, for ordering reports and quotes over time.
public enum PublishedDate {
    /// An ISO 8601 date as articles declare them ("2024-10-18T09:00:00+09:00", "…Z", with or
    /// without fractions of a second, or a day alone); nil for anything else. Parsed by hand:
    /// it runs once per article, and a date formatter costs more than the rest of grouping or
    /// of indexing the article's quotes.
    public static func parse(_ text: String) -> Date? {
        let b = Array(text.utf8.drop { $0 == 0x20 })
        func number(_ at: Int, _ count: Int) -> Int? {
            guard at + count <= b.count else { return nil }
            var n = 0
            for k in at..<(at + count) {
                guard b[k] >= 0x30 && b[k] <= 0x39 else { return nil }
                n = n * 10 + Int(b[k] - 0x30)
            }
            return n
        }
        guard let y = number(0, 4), b.count >= 10, b[4] == 0x2D, b[7] == 0x2D, let m = number(5, 2), let d = number(8, 2),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        // Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let days = era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
        var seconds = Double(days) * 86_400
        guard b.count > 10, b[10] == 0x54 || b[10] == 0x20, let h = number(11, 2), b.count >= 16, b[13] == 0x3A, let mi = number(14, 2) else {
            return Date(timeIntervalSince1970: seconds)
        }
        var at = 16
        var s = 0
        if at < b.count, b[at] == 0x3A, let sec = number(at + 1, 2) {
            s = sec
            at += 3
        }
        if at < b.count, b[at] == 0x2E || b[at] == 0x2C {
            at += 1
            while at < b.count, b[at] >= 0x30 && b[at] <= 0x39 { at += 1 }
        }
        seconds += Double(h * 3_600 + mi * 60 + s)
        if at < b.count, b[at] == 0x2B || b[at] == 0x2D, let oh = number(at + 1, 2) {
            let om = (at + 3 < b.count && b[at + 3] == 0x3A ? number(at + 4, 2) : number(at + 3, 2)) ?? 0
            seconds -= Double(b[at] == 0x2B ? 1 : -1) * Double(oh * 3_600 + om * 60)
        }
        return Date(timeIntervalSince1970: seconds)
    }
}
