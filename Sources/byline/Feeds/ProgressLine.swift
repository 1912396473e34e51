import Foundation

/// "updating 12/100: coastal" on standard error, rewritten in place as each feed finishes,
/// only when standard error is a terminal (a log file gets no carriage returns); cleared
/// before the summary.
final class ProgressLine: @unchecked Sendable {
    private let enabled: Bool
    private let total: Int
    private let lock = NSLock()
    private var done = 0

    init(total: Int, enabled: Bool = isatty(STDERR_FILENO) != 0) {
        self.total = total
        self.enabled = enabled
    }

    func finished(_ name: String) {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        guard enabled else { return }
        let line = SafeLine.clip("updating \(done)/\(total): \(name)", 70)
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
    }

    /// Clears the line before the summary is printed.
    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

/// A name made harmless for the terminal and cut to a width.
enum SafeLine {
    static func clip(_ text: String, _ width: Int) -> String {
        let safe = text.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F && !($0.value >= 0x80 && $0.value < 0xA0) }
        let s = String(String.UnicodeScalarView(safe))
        return s.count > width ? String(s.prefix(width - 1)) + "…" : s
    }
}
