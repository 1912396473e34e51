import Foundation

/// Reads articles from files or standard input. The only place in the core that touches the
/// file system; everything after it is text in, analysis out.
///
/// Everything is read the same way, in chunks with read(2), and reading stops as soon as the
/// limit is passed: a size from stat or seek is wrong for pipes, FIFOs, /proc files and
/// devices such as /dev/zero, which would otherwise grow the process without bound.
public struct ArticleLoader: Sendable {
    /// The default limit, 256 MiB: far beyond any article, well below exhausting memory.
    public static let defaultMaxBytes = 256 * 1_048_576
    /// The largest limit there is: a text has at most as many scalars as bytes, and token
    /// offsets hold up to `Token.maxOffset`.
    public static let maxBytesLimit = Token.maxOffset - 1
    /// How much one read(2) asks for.
    static let chunkBytes = 65_536

    /// Larger inputs are refused rather than left to exhaust memory.
    public var maxBytes: Int
    /// Turns bytes that are not plain text, such as a web page, into an article; returning nil
    /// leaves them to `TextDecoder`. Set by `BylineWeb` (the core knows no markup).
    public var markupDecoder: (@Sendable (_ bytes: [UInt8], _ path: String) throws(LoadError) -> LoadedArticle?)?

    /// `maxBytes` above `maxBytesLimit` is taken as that limit.
    public init(maxBytes: Int = ArticleLoader.defaultMaxBytes,
                markupDecoder: (@Sendable (_ bytes: [UInt8], _ path: String) throws(LoadError) -> LoadedArticle?)? = nil) {
        self.maxBytes = min(maxBytes, ArticleLoader.maxBytesLimit)
        self.markupDecoder = markupDecoder
    }

    /// The article in `bytes`: markup when `markupDecoder` recognises it, plain text otherwise.
    public func decode(_ bytes: [UInt8], path: String) throws(LoadError) -> LoadedArticle {
        if let markupDecoder, let article = try markupDecoder(bytes, path) { return article }
        return try TextDecoder.decode(bytes, path: path)
    }

    /// Loads `path`, or standard input when `path` is "-".
    public func load(_ path: String) throws(LoadError) -> LoadedArticle {
        try decode(readBytes(path), path: path)
    }

    /// The bytes of `path`, or of standard input when `path` is "-", read in chunks up to
    /// `maxBytes`: for any input that must stay bounded, article or not.
    public func readBytes(_ path: String) throws(LoadError) -> [UInt8] {
        if path == "-" { return try readAll(STDIN_FILENO, path: path) }
        let fd = try Self.openFile(path)
        defer { close(fd) }
        return try readAll(fd, path: path)
    }

    /// A descriptor open for reading `path`, which the caller closes; a file that cannot be
    /// opened is the same `LoadError` for every reader of input.
    public static func openFile(_ path: String) throws(LoadError) -> Int32 {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw .notFound(path: path) }
            throw .unreadable(path: path, reason: String(cString: strerror(code)))
        }
        return fd
    }

    /// Reads `fd` to its end, or throws as soon as more than `maxBytes` arrived. A folder is
    /// refused, and a regular file that says it is too large, before reading anything.
    func readAll(_ fd: Int32, path: String) throws(LoadError) -> [UInt8] {
        var info = stat()
        var expected = 0
        if fstat(fd, &info) == 0 {
            let kind = info.st_mode & S_IFMT
            if kind == S_IFDIR { throw .isDirectory(path: path) }
            if kind == S_IFREG {
                if Int(info.st_size) > maxBytes { throw .tooLarge(path: path, limit: maxBytes) }
                expected = Int(info.st_size)
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(expected + 1)
        var chunk = [UInt8](repeating: 0, count: Self.chunkBytes)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n == 0 { return bytes }
            if n < 0 {
                let code = errno
                if code == EINTR { continue }
                throw .unreadable(path: path, reason: String(cString: strerror(code)))
            }
            if bytes.count + n > maxBytes { throw .tooLarge(path: path, limit: maxBytes) }
            bytes.append(contentsOf: chunk[0..<n])
        }
    }
}
