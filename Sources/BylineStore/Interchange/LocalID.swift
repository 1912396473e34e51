import BylineCore
import Foundation

/// Local ids for imported annotations whose own id is not a UUID.
enum LocalID {
    /// A UUID made from a text (its SHA-256), marked as version 8 (RFC 9562): the same foreign
    /// id always maps to the same local one, so importing a file again updates, not duplicates.
    static func minted(from text: String) -> UUID {
        var bytes = Array(Hex.bytes(DocumentID.of(text).utf8.dropFirst(7))!.prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x80
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }

    /// The local id of an item whose file gave it the id `text`: the UUID of a `urn:uuid:` or
    /// a bare UUID; for any other absolute IRI one minted from it; for a relative IRI (`anno1`),
    /// which is unique only within its file, one minted from it together with the target's
    /// `source`, so two files' `anno1` on two articles stay two annotations.
    static func of(foreignID text: String, source: String) -> UUID {
        let local = text.lowercased().hasPrefix("urn:uuid:") ? String(text.dropFirst(9)) : text
        if let uuid = UUID(uuidString: local) { return uuid }
        return minted(from: isAbsolute(text) ? "id:" + text : "id:" + text + "\n" + "source:" + source)
    }

    /// True for an IRI with a scheme (RFC 3987: a letter, then letters, digits, "+", "-", ".", then ":").
    static func isAbsolute(_ iri: String) -> Bool {
        guard let colon = iri.firstIndex(of: ":") else { return false }
        let scheme = iri[..<colon].unicodeScalars
        func letter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
        guard let first = scheme.first, letter(first) else { return false }
        return scheme.allSatisfy { letter($0) || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0) }
    }
}
