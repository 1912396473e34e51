import Foundation

/// Dates as ISO 8601: kept as given when they already are, converted from the other common
/// forms (RFC 2822, "2016/12/22"), dropped when they cannot be read.
enum PageDate {
    static func iso8601(_ raw: String?) -> String? {
        guard let raw = raw?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
        let b = Array(raw.utf8)
        func digits(_ r: Range<Int>) -> Bool { r.upperBound <= b.count && r.allSatisfy { b[$0] >= 0x30 && b[$0] <= 0x39 } }
        if digits(0..<4), b.count >= 10, b[4] == 0x2D, digits(5..<7), b[7] == 0x2D, digits(8..<10) {
            if b.count > 10, b[10] == 0x20 { return String(raw.prefix(10)) + "T" + String(raw.dropFirst(11)).replacingOccurrences(of: " ", with: "") }
            return raw
        }
        if digits(0..<4), b.count >= 10, b[4] == 0x2F, digits(5..<7), b[7] == 0x2F, digits(8..<10) {
            return raw.prefix(10).replacingOccurrences(of: "/", with: "-")
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        for format in ["EEE, dd MMM yyyy HH:mm:ss Z", "dd MMM yyyy HH:mm:ss Z", "MMMM d, yyyy", "MMM d, yyyy"] {
            formatter.dateFormat = format
            if let d = formatter.date(from: raw) {
                let out = ISO8601DateFormatter()
                if format.contains("HH") { return out.string(from: d) }
                out.formatOptions = [.withFullDate]
                return out.string(from: d)
            }
        }
        return nil
    }
}
