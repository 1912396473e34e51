import Foundation

/// Reads articles from files or standard input. The only place in the core that touches the
/// file system; everything after it is text in, analysis out.
public struct ArticleLoader: Sendable {
    /// Larger inputs are refused rather than left to exhaust memory.
    public var maxBytes: Int
    /// Turns bytes that are not plain text, such as a web page, into an article; returning nil
    /// leaves them to `TextDecoder`. Set by `BylineWeb` (the core knows no markup).
    public var markupDecoder: (@Sendable (_ bytes: [UInt8], _ path: String) throws(LoadError) -> LoadedArticle?)?

    public init(maxBytes: Int = 256 * 1_048_576,
                markupDecoder: (@Sendable (_ bytes: [UInt8], _ path: String) throws(LoadError) -> LoadedArticle?)? = nil) {
        self.maxBytes = maxBytes
        self.markupDecoder = markupDecoder
    }

    /// The article in `bytes`: markup when `markupDecoder` recognises it, plain text otherwise.
    public func decode(_ bytes: [UInt8], path: String) throws(LoadError) -> LoadedArticle {
        if let markupDecoder, let article = try markupDecoder(bytes, path) { return article }
        return try TextDecoder.decode(bytes, path: path)
    }

    /// Loads `path`, or standard input when `path` is "-".
    public func load(_ path: String) throws(LoadError) -> LoadedArticle {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            if data.count > maxBytes { throw .tooLarge(path: path, bytes: data.count, limit: maxBytes) }
            return try decode([UInt8](data), path: path)
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw .notFound(path: path)
        }
        if isDir.boolValue { throw .isDirectory(path: path) }
        let bytes = try readBytes(path)
        return try decode(bytes, path: path)
    }

    private func readBytes(_ path: String) throws(LoadError) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { try? handle.close() }
        let data: Data
        do {
            let size = try handle.seekToEnd()
            if size > UInt64(maxBytes) { throw LoadError.tooLarge(path: path, bytes: Int(size), limit: maxBytes) }
            try handle.seek(toOffset: 0)
            data = try handle.readToEnd() ?? Data()
        } catch let error as LoadError {
            throw error
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        if data.count > maxBytes { throw .tooLarge(path: path, bytes: data.count, limit: maxBytes) }
        return [UInt8](data)
    }
}
