import BylineCore
import Foundation
import GRDB

/// Claim index rows to values and back: shingles as a blob of little-endian 64-bit words,
/// numbers as one space-separated string, via chains as names joined by U+001F (the unit
/// separator, which no name holds: cheaper than JSON for every claim of every article).
enum ClaimRows {
    static func blob(_ values: [UInt64]) -> Data {
        var data = Data(capacity: values.count * 8)
        for v in values { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
        return data
    }

    static func words(_ data: Data) -> [UInt64] {
        var values: [UInt64] = []
        values.reserveCapacity(data.count / 8)
        data.withUnsafeBytes { raw in
            var i = 0
            while i + 8 <= raw.count {
                values.append(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
                i += 8
            }
        }
        return values
    }

    static func fingerprint(_ row: Row) -> ClaimFingerprint {
        let numbers: String = row["numbers"]
        return ClaimFingerprint(shingles: words(row["shingles"]), numbers: numbers.split(separator: " ").map(String.init),
                                negated: row["negated"])
    }

    static func joined(_ list: [String]) -> String {
        list.map { $0.replacingOccurrences(of: "\u{1F}", with: " ") }.joined(separator: "\u{1F}")
    }

    static func list(_ text: String?) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        return text.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
    }
}
