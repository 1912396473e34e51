import BylineCore
import BylineStore
import BylineWeb
import Foundation

/// `byline bench --claims PATH…`: what grouping claims across articles costs beyond the
/// analysis. The articles are analysed first (timed, for scale); then, best of `runs`: the
/// claims' fingerprints alone, and the whole in-memory grouping as `claims --grouped FILES`
/// does it (fingerprints, MinHash/LSH, verification, union-find, reports). Then the store:
/// indexing every article into a fresh claim index 200 to a transaction, as the library
/// does, reading the groups back, and one more article indexed incrementally. Every stage is
/// given as wall clock and as the process's CPU time, which a loaded machine does not inflate.
enum ClaimsBench {
    static func run(_ paths: [String], runs: Int) throws {
        let texts = try BenchCorpus.load(paths)
        guard !texts.isEmpty else { return print("nothing to measure: give a folder of articles or a .jsonl file") }
        let analyzer = Analyzer()
        var start = Timing.now()
        let analyses = texts.map { analyzer.analyze($0) }
        let analysis = start.elapsed()
        let claims = analyses.reduce(0) { $0 + $1.claims.count }
        print("articles: \(texts.count)  claims: \(claims)  analysis (1 core): \(fmt(analysis.wall, 2)) s wall, \(fmt(analysis.cpu, 2)) s CPU")

        let articles = analyses.map { ClaimArticle(analysis: $0) }
        var fingerprinted = 0
        let fingerprints = best(runs) {
            fingerprinted = 0
            for a in analyses { for c in a.claims where ClaimFingerprint(text: c.span.text) != nil { fingerprinted += 1 } }
        }
        let prepared = analyses.map { a in a.claims.map { ClaimFingerprint(text: $0.span.text) } }
        var verifications = 0
        let lsh = best(runs) {
            var grouper = ClaimGrouper()
            for (n, list) in prepared.enumerated() { for f in list where f != nil { grouper.add(document: n, f) } }
            _ = grouper.groups()
            verifications = grouper.verifications
        }
        var groups: [ClaimGroup] = []
        let grouping = best(runs) { groups = ClaimArticle.groups(articles) }
        let grouped = groups.reduce(0) { $0 + $1.reports.count }
        print("stage".padded(34) + "wall s".padded(10) + "CPU s".padded(10) + "claims/s (CPU)")
        line("fingerprints (\(fingerprinted) of \(claims) claims)", fingerprints, claims)
        line("LSH + verify + union-find", lsh, claims, "  (\(verifications) pairs verified)")
        line("grouping in memory", grouping, claims)
        print("  \(groups.count) groups of \(grouped) claims; largest \(groups.map(\.articles).max() ?? 0) articles")

        let folder = NSTemporaryDirectory() + "byline-claims-bench-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let index = ClaimIndex(store: try AnnotationStore(path: folder + "/claims.sqlite"))
        let batches = stride(from: 0, to: analyses.count - 1, by: 200).map { Array(analyses[$0..<min($0 + 200, analyses.count - 1)]) }
        start = Timing.now()
        for batch in batches { try index.index(batch.map { ($0.document.id, $0) }, analyzerVersion: "bench") }
        line("store: index \(analyses.count - 1) articles", start.elapsed(), claims)
        start = Timing.now()
        let stored = try index.groups()
        line("store: read \(stored.count) groups", start.elapsed(), nil)
        let last = analyses[analyses.count - 1]
        start = Timing.now()
        try index.index([(last.document.id, last)], analyzerVersion: "bench")
        line("store: one more article (\(last.claims.count) claims)", start.elapsed(), nil)
        print("peak memory: \(fmt(PeakMemory.megabytes(), 1)) MB")
    }

    private static func line(_ stage: String, _ t: Timing.Span, _ claims: Int?, _ note: String = "") {
        let rate = claims.map { "\(Int(Double($0) / max(t.cpu, 1e-9)))" } ?? ""
        print(stage.padded(34) + fmt(t.wall, 4).padded(10) + fmt(t.cpu, 4).padded(10) + rate + note)
    }

    /// Best of `runs`, wall clock and CPU each taken at their own minimum.
    private static func best(_ runs: Int, _ work: () -> Void) -> Timing.Span {
        var result = Timing.Span(wall: .infinity, cpu: .infinity)
        for _ in 0..<max(1, runs) {
            let start = Timing.now()
            work()
            let t = start.elapsed()
            result = Timing.Span(wall: min(result.wall, t.wall), cpu: min(result.cpu, t.cpu))
        }
        return result
    }

    /// Wall clock and the process's CPU time together (SQLite writes run on GRDB's writer
    /// thread, so the thread's own clock would miss them; the work is single-threaded).
    struct Timing {
        struct Span {
            var wall: Double
            var cpu: Double
        }

        var wall: ContinuousClock.Instant
        var cpu: Double

        static func now() -> Timing { Timing(wall: .now, cpu: processCPUSeconds()) }

        func elapsed() -> Span { Span(wall: (ContinuousClock.now - wall).seconds, cpu: Self.processCPUSeconds() - cpu) }

        static func processCPUSeconds() -> Double {
            var ts = timespec()
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
            return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
        }
    }
}
