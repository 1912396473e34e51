import BylineCore
import Foundation

/// An article the store has seen: the library that lets annotations be found again by path
/// when the text at that path was revised (and so has a new id).
public struct DocumentRecord: Equatable, Sendable {
    /// "sha256:<hex>" of the text.
    public var id: String
    /// Absolute path it was read from; nil for standard input or imported annotations.
    public var path: String?
    public var title: String?
    /// Length in Unicode scalars.
    public var length: Int

    public init(id: String, path: String?, title: String?, length: Int) {
        self.id = id
        self.path = path
        self.title = title
        self.length = length
    }
}

extension DocumentRecord {
    /// The path as the library keys it: absolute and standardised, nil for standard input,
    /// so the reader and the CLI find the same earlier versions of a file; a web address is
    /// kept as it is, so a page fetched again finds the annotations of its earlier version.
    public static func libraryPath(_ path: String) -> String? {
        if path == "-" || path.isEmpty { return nil }
        if WebAddress.isWebAddress(path) { return path }
        return URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
