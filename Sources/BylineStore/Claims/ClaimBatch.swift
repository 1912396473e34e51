import BylineCore
import Foundation
import GRDB

/// One indexing pass of the claim index, grouped in memory: the claims of a batch of
/// documents with their fingerprints and band keys (computed before the write transaction),
/// matched against the stored claims that share a band key (found by one query for the whole
/// batch) and against each other, groups joined by a union-find over group ids whose root is
/// the smallest id, so a group keeps the id of its oldest claim as `ClaimIndex` promises.
/// Verdicts are the same as claim-by-claim indexing: each claim meets every earlier claim
/// (stored, or earlier in the batch) that shares one of its band keys.
struct ClaimBatch {
    struct Entry {
        var documentID: String
        var claim: Claim
        var fingerprint: ClaimFingerprint
        var keys: [Int64]
        var via: [String]
    }

    private(set) var claims: [Entry] = []
    private(set) var matched = 0
    /// Row ids the batch's claims get, `first ..< first + claims.count`.
    private var first: Int64 = 0
    private var parent: [Int64: Int64] = [:]
    /// Claims of the batch that entered the band table (exact duplicates stay out).
    private var banded: [Bool] = []

    init(_ documents: [(documentID: String, analysis: Analysis?)]) {
        var keys: [UInt64] = [], scratch: [UInt64] = []
        for (id, analysis) in documents {
            guard let analysis else { continue }
            for claim in analysis.claims {
                guard let fingerprint = ClaimFingerprint(text: claim.span.text) else { continue }
                MinHash.standard.bandKeys(of: fingerprint.shingles, into: &keys, scratch: &scratch)
                claims.append(Entry(documentID: id, claim: claim, fingerprint: fingerprint,
                                    keys: keys.map { Int64(bitPattern: $0) }, via: ClaimReport.via(of: claim, in: analysis)))
            }
        }
    }

    /// Finds and verifies every claim's candidates and joins the groups, in memory.
    mutating func group(_ db: Database) throws {
        first = (try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM claim_sentence") ?? 0) + 1
        var allKeys = Set<Int64>()
        for entry in claims { allKeys.formUnion(entry.keys) }
        // Stored claims sharing a key with the batch: their ids by key, then their group and fingerprint.
        var storedByKey: [Int64: [Int64]] = [:]
        let probe = Self.jsonArray(allKeys.sorted())
        let hits = try Row.fetchCursor(db, sql: """
            SELECT key, sentenceId FROM claim_band WHERE key IN (SELECT value FROM json_each(?)) ORDER BY sentenceId
            """, arguments: [probe])
        while let row = try hits.next() { storedByKey[row[0], default: []].append(row[1]) }
        var stored: [Int64: (group: Int64, fingerprint: ClaimFingerprint)] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, groupId, shingles, numbers, negated FROM claim_sentence
            WHERE id IN (SELECT sentenceId FROM claim_band WHERE key IN (SELECT value FROM json_each(?)))
            """, arguments: [probe])
        while let row = try rows.next() { stored[row["id"]] = (row["groupId"], ClaimRows.fingerprint(row)) }

        var batchByKey: [Int64: [Int]] = [:]
        banded = Array(repeating: false, count: claims.count)
        for (n, entry) in claims.enumerated() {
            let id = first + Int64(n)
            parent[id] = id
            var seenStored = Set<Int64>(), seenBatch = Set<Int>()
            var duplicate = false, joined = false
            func consider(_ label: Int64, _ theirs: ClaimFingerprint) {
                if theirs == entry.fingerprint { duplicate = true }
                if find(label) == find(id) { return }
                if theirs.matches(entry.fingerprint) {
                    union(label, id)
                    joined = true
                }
            }
            for key in entry.keys {
                for other in storedByKey[key] ?? [] where seenStored.insert(other).inserted {
                    if let candidate = stored[other] { consider(candidate.group, candidate.fingerprint) }
                }
                for other in batchByKey[key] ?? [] where seenBatch.insert(other).inserted {
                    consider(first + Int64(other), claims[other].fingerprint)
                }
            }
            if joined || duplicate { matched += 1 }
            // An exact duplicate stays out of the bands (see `ClaimGrouper`): copies never grow the candidates.
            if !duplicate {
                banded[n] = true
                for key in entry.keys { batchByKey[key, default: []].append(n) }
            }
        }
    }

    /// Writes the batch's claims with their groups, relabels the stored groups that joined
    /// an older one, and adds the band keys in key order.
    func write(_ db: Database) throws {
        var sets = self
        let insert = try db.cachedStatement(sql: """
            INSERT INTO claim_sentence (id, documentId, claimId, start, "end", text, via, shingles, numbers, negated, groupId)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var bands: [(Int64, Int64)] = []
        for (n, entry) in claims.enumerated() {
            let id = first + Int64(n), claim = entry.claim
            try insert.execute(arguments: [id, entry.documentID, claim.id, claim.span.start, claim.span.end, claim.span.text,
                                           ClaimRows.joined(entry.via), ClaimRows.blob(entry.fingerprint.shingles),
                                           entry.fingerprint.numbers.joined(separator: " "), entry.fingerprint.negated,
                                           sets.find(id)])
            if banded[n] { for key in entry.keys { bands.append((key, id)) } }
        }
        let relabel = try db.cachedStatement(sql: "UPDATE claim_sentence SET groupId = ? WHERE groupId = ?")
        for label in parent.keys.sorted() where label < first {
            let root = sets.find(label)
            if root != label { try relabel.execute(arguments: [root, label]) }
        }
        bands.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        let chunk = 200
        let full = try db.cachedStatement(sql: "INSERT OR IGNORE INTO claim_band (key, sentenceId) VALUES "
                                              + Array(repeating: "(?, ?)", count: chunk).joined(separator: ","))
        var start = 0
        while start < bands.count {
            let end = min(start + chunk, bands.count)
            var values: [DatabaseValueConvertible] = []
            values.reserveCapacity(2 * (end - start))
            for (key, id) in bands[start..<end] { values += [key, id] }
            if end - start == chunk {
                try full.execute(arguments: StatementArguments(values))
            } else {
                try db.execute(sql: "INSERT OR IGNORE INTO claim_band (key, sentenceId) VALUES "
                                   + Array(repeating: "(?, ?)", count: end - start).joined(separator: ","),
                               arguments: StatementArguments(values))
            }
            start = end
        }
    }

    // MARK: union-find over group ids

    private mutating func find(_ x: Int64) -> Int64 {
        var x = x
        while let p = parent[x], p != x {
            let grand = parent[p] ?? p
            parent[x] = grand
            x = grand
        }
        parent[x] = x
        return x
    }

    private mutating func union(_ a: Int64, _ b: Int64) {
        let ra = find(a), rb = find(b)
        guard ra != rb else { return }
        if ra < rb { parent[rb] = ra } else { parent[ra] = rb }
    }

    /// A JSON array of the values, for `json_each(?)`: one argument however long the batch.
    static func jsonArray(_ values: [Int64]) -> String {
        "[" + values.map(String.init).joined(separator: ",") + "]"
    }

    static func jsonArray(_ values: [String]) -> String {
        (try? String(decoding: JSONEncoder().encode(values), as: UTF8.self)) ?? "[]"
    }
}
