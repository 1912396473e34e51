import Foundation

/// RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted, quotes doubled, records
/// end in CRLF, so spreadsheets read notes with line breaks intact.
public struct CSVWriter {
    public private(set) var output = ""

    public init() {}

    public mutating func writeRow(_ fields: [String]) {
        output += fields.map(Self.escape).joined(separator: ",")
        output += "\r\n"
    }

    public static func escape(_ field: String) -> String {
        let needsQuotes = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
