import BylineCore
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
        let line = SafeText.line("updating \(done)/\(total): \(name)", limit: 70)
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
    }

    /// Clears the line before the summary is printed.
    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
