import Foundation

/// Peak resident memory of this process, as the kernel counts it.
enum PeakMemory {
    static func megabytes() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024.0
    }
}
