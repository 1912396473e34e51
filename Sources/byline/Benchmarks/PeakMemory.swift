import Foundation

/// Peak resident memory of this process, as the kernel counts it.
enum PeakMemory {
    static func megabytes() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return megabytes(of: usage)
    }

    /// The peak in `usage`, of this process or of a child `wait4` reported on.
    static func megabytes(of usage: rusage) -> Double {
        Double(usage.ru_maxrss) / 1024.0
    }
}
