import BylineCore
import BylineStore
import BylineWeb
import Foundation

/// `byline bench --claims PATH…`: what grouping claims across articles costs beyond the
/// analysis. The articles are analysed first (timed, for scale); then, best of `runs`: the
/// claims' fingerprints alone, and the whole in-memory grouping as `claims --grouped FILES`
/// does it (fingerprints, MinHash/LSH, verification, union-find, reports). Then the store:
/// indexing every article into a fresh claim index 200 to a transaction, as the library
/// does, reading the groups back, and one more article indexed incrementally.
enum ClaimsBench {
    static func run(_ paths: [String], runs: Int) throws {
        let texts = try BenchCorpus.load(paths)
        guard !texts.isEmpty else { return print("nothing to measure: give a folder of articles or a .jsonl file") }
        let analyzer = Analyzer()
        var start = ContinuousClock.now
        let analyses = texts.map { analyzer.analyze($0) }
        let analysis = (ContinuousClock.now - start).seconds
        let claims = analyses.reduce(0) { $0 + $1.claims.count }
        print("articles: \(texts.count)  claims: \(claims)  analysis (1 core): \(fmt(analysis, 2)) s")

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
        print("stage".padded(34) + "seconds".padded(10) + "claims/s")
        print("fingerprints (\(fingerprinted) of \(claims) claims)".padded(34) + fmt(fingerprints, 4).padded(10) + "\(Int(Double(claims) / fingerprints))")
        print("LSH + verify + union-find".padded(34) + fmt(lsh, 4).padded(10) + "\(Int(Double(claims) / lsh))  (\(verifications) pairs verified)")
        print("grouping in memory".padded(34) + fmt(grouping, 4).padded(10) + "\(Int(Double(claims) / grouping))")
        print("  \(groups.count) groups of \(grouped) claims; largest \(groups.map(\.articles).max() ?? 0) articles")

        let folder = NSTemporaryDirectory() + "byline-claims-bench-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let index = ClaimIndex(store: try AnnotationStore(path: folder + "/claims.sqlite"))
        let batches = stride(from: 0, to: analyses.count - 1, by: 200).map { Array(analyses[$0..<min($0 + 200, analyses.count - 1)]) }
        start = ContinuousClock.now
        for batch in batches { try index.index(batch.map { ($0.document.id, $0) }, analyzerVersion: "bench") }
        let indexing = (ContinuousClock.now - start).seconds
        print("store: index \(analyses.count - 1) articles".padded(34) + fmt(indexing, 4).padded(10) + "\(Int(Double(claims) / indexing))")
        start = ContinuousClock.now
        let stored = try index.groups()
        print("store: read \(stored.count) groups".padded(34) + fmt((ContinuousClock.now - start).seconds, 4))
        let last = analyses[analyses.count - 1]
        start = ContinuousClock.now
        try index.index([(last.document.id, last)], analyzerVersion: "bench")
        print("store: one more article (\(last.claims.count) claims)".padded(34) + fmt((ContinuousClock.now - start).seconds, 4))
        print("peak memory: \(fmt(PeakMemory.megabytes(), 1)) MB")
    }

    private static func best(_ runs: Int, _ work: () -> Void) -> Double {
        var bestTime = Double.infinity
        for _ in 0..<max(1, runs) {
            let start = ContinuousClock.now
            work()
            bestTime = min(bestTime, (ContinuousClock.now - start).seconds)
        }
        return bestTime
    }
}
