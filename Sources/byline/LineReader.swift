import BylineCore
import Foundation

/// Reads a file descriptor one line at a time, in chunks, holding at most one line of up to
/// `maxLineBytes` bytes: a longer line is skipped to its end and reported with its first
/// bytes only, so a stream of any size, or one endless line, costs bounded memory.
struct LineReader {
    enum Line {
        /// A whole line, without its "\n" (nor a "\r" before it).
        case complete([UInt8])
        /// A line longer than the limit: its first `prefixBytes` bytes and its full length.
        case tooLong(prefix: [UInt8], bytes: Int)
    }

    /// How much of an over-long line is kept, to find its record's id.
    static let prefixBytes = 4096
    private static let chunkBytes = 65_536

    let fd: Int32
    /// The name of what `fd` reads, for errors.
    let path: String
    let maxLineBytes: Int
    private var chunk = [UInt8](repeating: 0, count: LineReader.chunkBytes)
    private var chunkStart = 0
    private var chunkEnd = 0
    private var atEnd = false

    init(fd: Int32, path: String, maxLineBytes: Int) {
        self.fd = fd
        self.path = path
        self.maxLineBytes = maxLineBytes
    }

    /// Whether bytes read from `fd` wait here, so that `next()` may not need to read.
    var hasBufferedBytes: Bool { chunkStart < chunkEnd }

    /// The next line, or nil at the end of input. A read error ends the input, like EOF, after
    /// the caller has had every line before it; the error is thrown.
    mutating func next() throws(LoadError) -> Line? {
        var line: [UInt8] = []
        var length = 0
        while true {
            if chunkStart == chunkEnd {
                if atEnd { return length == 0 ? nil : finished(line, length) }
                try refill()
                continue
            }
            let available = chunk[chunkStart..<chunkEnd]
            let newline = available.firstIndex(of: UInt8(ascii: "\n"))
            let end = newline ?? chunkEnd
            let piece = chunk[chunkStart..<end]
            // Enough to tell a line over the limit, and to keep the prefix of one.
            let room = max(maxLineBytes + 1, Self.prefixBytes) - line.count
            if room > 0 { line.append(contentsOf: piece.prefix(room)) }
            length += piece.count
            chunkStart = newline.map { $0 + 1 } ?? chunkEnd
            if newline != nil { return finished(line, length) }
        }
    }

    private func finished(_ line: [UInt8], _ length: Int) -> Line {
        var line = line
        if length > maxLineBytes {
            if line.count > Self.prefixBytes { line.removeSubrange(Self.prefixBytes...) }
            return .tooLong(prefix: line, bytes: length)
        }
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        return .complete(line)
    }

    private mutating func refill() throws(LoadError) {
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 {
                chunkStart = 0
                chunkEnd = n
                return
            }
            if n == 0 {
                atEnd = true
                return
            }
            if errno == EINTR { continue }
            let code = errno
            atEnd = true
            throw .unreadable(path: path, reason: String(cString: strerror(code)))
        }
    }
}
