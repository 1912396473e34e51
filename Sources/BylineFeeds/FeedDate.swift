import Foundation

/// Dates as feeds write them, which is loosely: RFC 822 (`pubDate`: "Tue, 10 Jun 2003
/// 04:00:00 GMT", with or without the weekday, seconds, a four-digit year, a known zone) and
/// ISO 8601 (Atom, Dublin Core, JSON Feed: "2003-12-13T18:30:02.25+01:00", a space for the
/// T, no zone, a date alone). Zones may be numeric with or without a colon, names of North
/// American, European and a few other zones, or military letters (read as UTC, as RFC 2822
/// advises). Unreadable text gives nil: a missing date is better than a wrong one.
public enum FeedDate {
    public static func parse(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        let bytes = Array(trimmed.utf8)
        if bytes.count >= 8, bytes.prefix(4).allSatisfy(isDigit) { return iso8601(bytes) ?? rfc822(trimmed) }
        return rfc822(trimmed) ?? iso8601(bytes)
    }

    // MARK: ISO 8601

    static func iso8601(_ b: [UInt8]) -> Date? {
        var i = 0
        func number(_ width: Int) -> Int? {
            guard i + width <= b.count else { return nil }
            var n = 0
            for k in i..<(i + width) {
                guard isDigit(b[k]) else { return nil }
                n = n * 10 + Int(b[k] - 48)
            }
            i += width
            return n
        }
        func skip(_ byte: UInt8) -> Bool {
            if i < b.count, b[i] == byte { i += 1; return true }
            return false
        }
        guard let year = number(4) else { return nil }
        let extended = skip(0x2D)
        guard let month = number(2) else { return nil }
        if extended && !skip(0x2D) { return nil }
        guard let day = number(2) else { return nil }
        var hour = 0, minute = 0, second = 0.0, offset = 0
        if i < b.count, b[i] == 0x54 || b[i] == 0x74 || b[i] == 0x20 {
            i += 1
            guard let h = number(2) else { return nil }
            _ = skip(0x3A)
            guard let m = number(2) else { return nil }
            hour = h; minute = m
            if i < b.count, b[i] == 0x3A || isDigit(b[i]) {
                _ = skip(0x3A)
                guard let s = number(2) else { return nil }
                second = Double(s)
                if i < b.count, b[i] == 0x2E || b[i] == 0x2C {
                    i += 1
                    var scale = 0.1
                    while i < b.count, isDigit(b[i]) { second += Double(b[i] - 48) * scale; scale /= 10; i += 1 }
                }
            }
            while i < b.count, b[i] == 0x20 { i += 1 }
            if i < b.count {
                if b[i] == 0x5A || b[i] == 0x7A { i += 1 } else if b[i] == 0x2B || b[i] == 0x2D {
                    let sign = b[i] == 0x2D ? -1 : 1
                    i += 1
                    guard let oh = number(2) else { return nil }
                    _ = skip(0x3A)
                    let om = number(2) ?? 0
                    offset = sign * (oh * 3600 + om * 60)
                } else if let zone = zoneOffset(String(decoding: b[i...], as: UTF8.self)) {
                    offset = zone
                    i = b.count
                }
            }
        }
        guard i == b.count || b[i...].allSatisfy({ $0 == 0x20 }) else { return nil }
        return make(year: year, month: month, day: day, hour: hour, minute: minute, second: second, offset: offset)
    }

    // MARK: RFC 822

    static func rfc822(_ text: String) -> Date? {
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" || $0 == "\r" })
            .map(String.init)
        var day: Int?, month: Int?, year: Int?
        var hour = 0, minute = 0, second = 0.0, offset = 0
        var sawTime = false
        for token in tokens {
            let lower = token.lowercased()
            if token.contains(":"), !sawTime, token.first?.isNumber == true {
                let parts = token.split(separator: ":")
                guard parts.count >= 2, let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
                hour = h; minute = m
                if parts.count >= 3 { guard let s = Double(parts[2]) else { return nil }; second = s }
                sawTime = true
            } else if let n = Int(token), token.first?.isNumber == true {
                if day == nil && month == nil && token.count <= 2 { day = n }
                else if day != nil && month == nil && token.count <= 2 && n <= 12 { month = n }
                else if year == nil { year = token.count <= 2 ? (n < 50 ? 2000 + n : 1900 + n) : n }
                else if day == nil { day = n }
            } else if let m = months.firstIndex(where: { lower.hasPrefix($0) }), month == nil, lower.count >= 3 {
                month = m + 1
            } else if (token.hasPrefix("+") || token.hasPrefix("-")), sawTime {
                guard let z = numericZone(token) else { return nil }
                offset = z
            } else if sawTime, let z = zoneOffset(token) {
                offset = z
            } else if weekdays.contains(where: { lower.hasPrefix($0) }) || lower == "at" {
                continue
            } else if sawTime && lower.hasPrefix("(") {
                continue
            } else {
                return nil
            }
        }
        guard let day, let month, let year else { return nil }
        return make(year: year, month: month, day: day, hour: hour, minute: minute, second: second, offset: offset)
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// "+0530", "-03:30", "+01", "+5": seconds east of UTC.
    static func numericZone(_ token: String) -> Int? {
        let sign = token.hasPrefix("-") ? -1 : 1
        let digits = token.dropFirst().filter { $0 != ":" }
        guard !digits.isEmpty, digits.allSatisfy(\.isNumber), let n = Int(digits) else { return nil }
        let (h, m) = digits.count <= 2 ? (n, 0) : (n / 100, n % 100)
        guard h <= 14, m < 60 else { return nil }
        return sign * (h * 3600 + m * 60)
    }

    /// A zone's name (or a military letter) as seconds east of UTC.
    static func zoneOffset(_ name: String) -> Int? {
        let upper = name.uppercased()
        if let hours = namedZones[upper] { return Int(hours * 3600) }
        if upper.count == 1, let c = upper.unicodeScalars.first, c.value >= 65, c.value <= 90, c != "J" { return 0 }
        for prefix in ["GMT", "UTC", "UT"] where upper.hasPrefix(prefix) {
            let rest = String(upper.dropFirst(prefix.count))
            if rest.hasPrefix("+") || rest.hasPrefix("-") { return numericZone(rest) }
        }
        return nil
    }

    private static let namedZones: [String: Double] = [
        "GMT": 0, "UT": 0, "UTC": 0, "Z": 0, "WET": 0, "BST": 1, "IST": 5.5, "CET": 1, "CEST": 2, "MET": 1, "MEST": 2,
        "EET": 2, "EEST": 3, "MSK": 3, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8,
        "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10, "AST": -4, "ADT": -3, "NST": -3.5, "NDT": -2.5, "JST": 9,
        "KST": 9, "HKT": 8, "SGT": 8, "AWST": 8, "ACST": 9.5, "ACDT": 10.5, "AEST": 10, "AEDT": 11, "NZST": 12,
        "NZDT": 13, "SAST": 2, "WAT": 1, "EAT": 3, "BRT": -3, "ART": -3,
    ]

    private static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    /// The instant of a civil date and time at `offset` seconds east of UTC; nil when out of range.
    static func make(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Double, offset: Int) -> Date? {
        guard (1...12).contains(month), (1...31).contains(day), (0...24).contains(hour), (0...59).contains(minute),
              second >= 0, second < 61, (1...9999).contains(year) else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146_097 + doe - 719_468
        let seconds = Double(days * 86_400 + hour * 3600 + minute * 60 - offset) + second
        return Date(timeIntervalSince1970: seconds)
    }
}
