import BylineCore
import Foundation

/// Local ids for imported annotations whose own id is not a UUID.
enum LocalID {
    /// A UUID made from a text (its SHA-256), marked as version 8 (RFC 9562): the same foreign
    /// id always maps to the same local one, so importing a file again updates, not duplicates.
    static func minted(from text: String) -> UUID {
        let hex = Array(DocumentID.of(text).dropFirst(7).utf8)
        var bytes = (0..<16).map { UInt8(String(decoding: hex[($0 * 2)..<($0 * 2 + 2)], as: UTF8.self), radix: 16) ?? 0 }
        bytes[6] = (bytes[6] & 0x0F) | 0x80
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}
