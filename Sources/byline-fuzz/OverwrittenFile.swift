import Foundation

/// A file kept open and rewritten in place, for the input being analysed right now: the page
/// cache keeps what was written when the process dies, at two system calls a write.
struct OverwrittenFile {
    let handle: FileHandle

    init(_ url: URL) throws {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        handle = try FileHandle(forWritingTo: url)
    }

    func replace(with bytes: [UInt8]) throws {
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: bytes)
    }
}
