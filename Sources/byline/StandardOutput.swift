import Foundation

/// Writes straight to descriptor 1 from the bytes at hand: a large report or a streamed JSON
/// block goes out without being copied into `Data` first.
enum StandardOutput {
    static func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard var next = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let n = Foundation.write(STDOUT_FILENO, next, left)
            if n < 0 {
                if errno == EINTR { continue }
                return
            }
            next += n
            left -= n
        }
    }

    static func write(_ text: String) {
        var text = text
        text.withUTF8 { write($0) }
    }
}
