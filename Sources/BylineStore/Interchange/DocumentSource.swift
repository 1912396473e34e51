import BylineCore
import Foundation

/// The document an annotation's target names, in both directions. Out: the article's URL when
/// known, else the text's SHA-256 as a resolvable `ni:///sha-256;…` name (RFC 6920, digest in
/// unpadded base64url) with the file path kept beside it. In: such a name, Byline's older
/// `sha256:<hex>`, a URL, a `file:` URL or a path (relative ones against the working folder),
/// or any other IRI, kept as it is.
public enum DocumentSource: Equatable, Sendable {
    /// A text Byline can name by its hash: "sha256:<hex>".
    case document(id: String)
    /// A web address, kept as given.
    case url(String)
    /// An absolute, standardised file path.
    case path(String)
    /// Any other IRI (urn:…), kept as given.
    case other(String)

    public static func parse(_ text: String) -> DocumentSource {
        let lower = text.lowercased()
        if lower.hasPrefix("sha256:"), text.count == 71 { return .document(id: lower) }
        if lower.hasPrefix("ni:"), let id = documentID(ni: text) { return .document(id: id) }
        if WebAddress.isWebAddress(text) { return .url(text) }
        if lower.hasPrefix("file:"), let url = URL(string: text), url.isFileURL, !url.path.isEmpty {
            return .path(url.standardizedFileURL.path)
        }
        if !text.isEmpty, text.hasPrefix("/") || !text.contains(":") {
            return DocumentRecord.libraryPath(text).map { .path($0) } ?? .other(text)
        }
        return .other(text)
    }

    /// The text an annotation keeps as its `source`: the path, the URL or the IRI; nil for a hash.
    public var name: String? {
        switch self {
        case .document: return nil
        case .url(let s), .path(let s), .other(let s): return s
        }
    }

    /// `ni:///sha-256;…` for a "sha256:<hex>" document id; nil for any other id.
    public static func ni(documentID: String) -> String? {
        guard documentID.hasPrefix("sha256:") else { return nil }
        let hex = documentID.utf8.dropFirst(7)
        guard hex.count == 64, let bytes = Hex.bytes(hex) else { return nil }
        let base64 = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        return "ni:///sha-256;" + base64
    }

    /// The "sha256:<hex>" id an `ni:` name with a sha-256 digest stands for.
    static func documentID(ni: String) -> String? {
        guard let semicolon = ni.firstIndex(of: ";") else { return nil }
        let algorithm = ni[..<semicolon].split(separator: "/").last.map(String.init)?.lowercased()
        guard algorithm == "sha-256" else { return nil }
        var value = String(ni[ni.index(after: semicolon)...])
        if let query = value.firstIndex(of: "?") { value = String(value[..<query]) }
        var base64 = value.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard let data = Data(base64Encoded: base64), data.count == 32 else { return nil }
        return "sha256:" + data.map { String(format: "%02x", $0) }.joined()
    }
}
