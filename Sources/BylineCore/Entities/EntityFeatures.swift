/// The recogniser's feature templates: each feature is a 64-bit hash of a template id and
/// the values it looks at, taken from a `TokenProfile` and the scalars; no strings are made.
/// The trainer calls exactly this code, so training and inference cannot drift apart.
public enum EntityFeatures {
    /// An upper bound on the features of one token, for sizing buffers.
    public static let maxPerToken = 64

    private enum T: UInt32 {
        case bias = 1, word, lower, shape, prefix, suffix
        case lowerPrev, lowerNext, lowerPrev2, lowerNext2
        case shapePrevCur, shapeCurNext, shapePrev, shapeNext
        case lowerPrevCur, lowerCurNext
        case startShape, capsLower, docCase, capsDocCase
        case cluster, clusterPrev, clusterNext, clusterPair
        case gaz, gazCap, gazPrev, gazNext, gazCaps
        case wordPrevCap, shapeWindow, lowerLength
    }

    @inline(__always)
    private static func h(_ t: T, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt64 {
        FeatureHash.combine(t.rawValue, a, b, c)
    }

    /// A token's features fall in two parts. The word's own features (`local`) depend only on
    /// its word (its entry in the profile's word table, whose text decides its hashes, affixes,
    /// length, case and word classes) and on its sentence-start and headline flags, which
    /// `localKey` folds in: tokens with equal keys get the same local features, so the tagger
    /// sums their weights once per key. The rest (`context`) reads the neighbours and the
    /// gazetteer matches at the token.
    public struct Parts: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let local = Parts(rawValue: 1)
        public static let context = Parts(rawValue: 2)
        public static let all: Parts = [.local, .context]
    }

    /// Whether `localKey` can number this profile's words: below 2^29 of them (a document of
    /// 256 MB has fewer), so that a key fits 32 bits below `UInt32.max`.
    public static func hasLocalKeys(_ p: TokenProfile) -> Bool { p.types.word.count < 1 << 29 }

    /// The key of token `k`'s `local` features: its word times 4 plus its sentence-start and
    /// headline flags.
    @inline(__always)
    public static func localKey(_ p: TokenProfile, token k: Int) -> UInt32 {
        let place = p.placeFlags[k]
        return p.typeOf[k] << 2 | (place.contains(.sentenceStart) ? 2 : 0) | (place.contains(.capsSentence) ? 1 : 0)
    }

    /// Appends the features of token `k`, whose sentence holds tokens `sentence`, to `out`:
    /// all of them, or only those of `parts`, in the order of `all`.
    @inline(__always)
    public static func extract<Sink: FeatureSink>(_ p: TokenProfile, _ doc: Document, token k: Int, sentence: Range<Int>,
                                                  parts: Parts = .all, into out: inout Sink) {
        let local = parts.contains(.local), context = parts.contains(.context)
        let s = doc.text.scalars
        let types = p.types, typeOf = p.typeOf
        let t = doc.tokens[k]
        let cur = Int(typeOf[k])
        let f = types.flags[cur].union(p.placeFlags[k])
        let none: UInt64 = 0x4E4F4E45
        let hasPrev = k > sentence.lowerBound, hasNext = k + 1 < sentence.upperBound
        let prev = hasPrev ? Int(typeOf[k - 1]) : 0, next = hasNext ? Int(typeOf[k + 1]) : 0
        let wordCur = types.word[cur], lowerCur = types.lower[cur], shapeCur = types.shape[cur]
        let lowerPrev = hasPrev ? types.lower[prev] : none
        let lowerNext = hasNext ? types.lower[next] : none
        let shapePrev = hasPrev ? types.shape[prev] : none
        let shapeNext = hasNext ? types.shape[next] : none
        let caps: UInt64 = f.contains(.capsSentence) ? 1 : 0

        if local {
            out.append(h(.bias, 0))
            out.append(h(.word, wordCur))
            out.append(h(.lower, lowerCur))
            out.append(h(.shape, shapeCur, caps))
            var hp = FeatureHash.offset
            var i = t.start
            while i < t.end && i - t.start < 4 {
                hp = FeatureHash.step(hp, FeatureHash.lowered(s[i]))
                out.append(h(.prefix, hp, UInt64(i - t.start)))
                i += 1
            }
            var hsuf = FeatureHash.offset
            i = t.end - 1
            while i >= t.start && t.end - i <= 4 {
                hsuf = FeatureHash.step(hsuf, FeatureHash.lowered(s[i]))
                out.append(h(.suffix, hsuf, UInt64(t.end - i)))
                i -= 1
            }
        }
        if context {
            out.append(h(.lowerPrev, lowerPrev))
            out.append(h(.lowerNext, lowerNext))
            out.append(h(.lowerPrev2, k - 2 >= sentence.lowerBound ? types.lower[Int(typeOf[k - 2])] : none))
            out.append(h(.lowerNext2, k + 2 < sentence.upperBound ? types.lower[Int(typeOf[k + 2])] : none))
            out.append(h(.shapePrevCur, shapePrev, shapeCur, caps))
            out.append(h(.shapeCurNext, shapeCur, shapeNext, caps))
            out.append(h(.shapePrev, shapePrev, caps))
            out.append(h(.shapeNext, shapeNext, caps))
            out.append(h(.shapeWindow, shapePrev, shapeCur, shapeNext))
            out.append(h(.lowerPrevCur, lowerPrev, lowerCur))
            out.append(h(.lowerCurNext, lowerCur, lowerNext))
        }
        let start: UInt64 = f.contains(.sentenceStart) ? 1 : 0
        let docCase = UInt64(f.rawValue & (Flags.docCapitalized.rawValue | Flags.docLowercase.rawValue))
        let cap: UInt64 = f.contains(.capitalized) ? 1 : 0
        let c = types.clusters[cur]
        if local {
            out.append(h(.startShape, start, shapeCur, caps))
            if caps == 1 { out.append(h(.capsLower, lowerCur)) }
            out.append(h(.docCase, docCase, cap, start))
            out.append(h(.capsDocCase, docCase, caps, cap))
        }
        if context && hasPrev && types.flags[prev].contains(.capitalized) && caps == 0 {
            out.append(h(.wordPrevCap, types.word[prev], cap))
        }
        if local {
            out.append(h(.lowerLength, UInt64(min(t.length, 12)), cap))
            for level in 0..<WordClusters.levels {
                out.append(h(.cluster, WordClusters.id(c, level: level), UInt64(level), cap))
            }
        }
        guard context else { return }
        let cPrev = hasPrev ? WordClusters.id(types.clusters[prev], level: 1) : 2000
        let cNext = hasNext ? WordClusters.id(types.clusters[next], level: 1) : 2000
        out.append(h(.clusterPrev, cPrev))
        out.append(h(.clusterNext, cNext))
        out.append(h(.clusterPair, cPrev, WordClusters.id(c, level: 1), cNext))

        let gazetteer = p.gazetteer
        for position in 0..<4 {
            var bits = gazetteer[4 * k + position]
            while bits != 0 {
                let list = UInt64(bits.trailingZeroBitCount)
                bits &= bits - 1
                out.append(h(.gaz, list, UInt64(position)))
                out.append(h(.gazCap, list, UInt64(position), cap | (caps << 1)))
            }
        }
        if hasPrev { appendNeighbourGazetteer(gazetteer, k - 1, .gazPrev, &out) }
        if hasNext { appendNeighbourGazetteer(gazetteer, k + 1, .gazNext, &out) }
    }

    private typealias Flags = TokenProfile.Flags

    private static func appendNeighbourGazetteer<Sink: FeatureSink>(_ gazetteer: TokenGazetteer, _ j: Int, _ t: T, _ out: inout Sink) {
        var bits = gazetteer[4 * j] | gazetteer[4 * j + 1] | gazetteer[4 * j + 2] | gazetteer[4 * j + 3]
        while bits != 0 {
            let list = UInt64(bits.trailingZeroBitCount)
            bits &= bits - 1
            out.append(h(t, list))
        }
    }
}
