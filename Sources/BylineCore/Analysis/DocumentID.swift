import Crypto

/// Documents are identified by the SHA-256 of their UTF-8 text, so an annotation finds its
/// article again whatever the file is called, and a revised article is known to be new.
public enum DocumentID {
    public static func of(_ text: String) -> String {
        // Hashed in place: a copy of the bytes would be a second article's worth of memory.
        var contiguous = text
        let digest = contiguous.withUTF8 { SHA256.hash(data: UnsafeRawBufferPointer($0)) }
        var hex = "sha256:"
        hex.reserveCapacity(7 + 64)
        let digits = Array("0123456789abcdef".unicodeScalars)
        for byte in digest {
            hex.unicodeScalars.append(digits[Int(byte >> 4)])
            hex.unicodeScalars.append(digits[Int(byte & 0x0F)])
        }
        return hex
    }
}
