import CMalloc

/// The process's malloc settings.
enum MallocTuning {
    /// Buffers from this size up are mapped on their own, whatever was freed before.
    static let mmapThreshold: Int32 = 256 * 1024

    /// Gives large buffers back to the system as soon as they are freed. glibc otherwise
    /// raises its mapping threshold to the largest buffer freed so far (the entity model's
    /// loading frees a 9 MB table), after which an analysis's megabyte arrays come from the
    /// heap and stay resident as holes once freed: on dense text that was 5 MB of the peak.
    /// Setting the threshold turns that adjustment off.
    static func returnLargeBuffers() {
        _ = mallopt(M_MMAP_THRESHOLD, mmapThreshold)
    }
}
