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

    /// Appends the features of token `k`, whose sentence holds tokens `sentence`, to `out`.
    public static func extract(_ p: TokenProfile, _ doc: Document, token k: Int, sentence: Range<Int>,
                               into out: inout [UInt64]) {
        let s = doc.text.scalars
        let t = doc.tokens[k]
        let f = p.flags[k]
        let none: UInt64 = 0x4E4F4E45
        let hasPrev = k > sentence.lowerBound, hasNext = k + 1 < sentence.upperBound
        let lowerPrev = hasPrev ? p.lower[k - 1] : none
        let lowerNext = hasNext ? p.lower[k + 1] : none
        let shapePrev = hasPrev ? p.shape[k - 1] : none
        let shapeNext = hasNext ? p.shape[k + 1] : none
        let caps: UInt64 = f.contains(.capsSentence) ? 1 : 0

        out.append(h(.bias, 0))
        out.append(h(.word, p.word[k]))
        out.append(h(.lower, p.lower[k]))
        out.append(h(.shape, p.shape[k], caps))
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
        out.append(h(.lowerPrev, lowerPrev))
        out.append(h(.lowerNext, lowerNext))
        out.append(h(.lowerPrev2, k - 2 >= sentence.lowerBound ? p.lower[k - 2] : none))
        out.append(h(.lowerNext2, k + 2 < sentence.upperBound ? p.lower[k + 2] : none))
        out.append(h(.shapePrevCur, shapePrev, p.shape[k], caps))
        out.append(h(.shapeCurNext, p.shape[k], shapeNext, caps))
        out.append(h(.shapePrev, shapePrev, caps))
        out.append(h(.shapeNext, shapeNext, caps))
        out.append(h(.shapeWindow, shapePrev, p.shape[k], shapeNext))
        out.append(h(.lowerPrevCur, lowerPrev, p.lower[k]))
        out.append(h(.lowerCurNext, p.lower[k], lowerNext))
        let start: UInt64 = f.contains(.sentenceStart) ? 1 : 0
        out.append(h(.startShape, start, p.shape[k], caps))
        if caps == 1 { out.append(h(.capsLower, p.lower[k])) }
        let docCase = UInt64(f.rawValue & (Flags.docCapitalized.rawValue | Flags.docLowercase.rawValue))
        let cap: UInt64 = f.contains(.capitalized) ? 1 : 0
        out.append(h(.docCase, docCase, cap, start))
        out.append(h(.capsDocCase, docCase, caps, cap))
        if hasPrev && p.flags[k - 1].contains(.capitalized) && caps == 0 {
            out.append(h(.wordPrevCap, p.word[k - 1], cap))
        }
        out.append(h(.lowerLength, UInt64(min(t.length, 12)), cap))

        let c = p.clusters[k]
        for level in 0..<WordClusters.levels {
            out.append(h(.cluster, WordClusters.id(c, level: level), UInt64(level), cap))
        }
        let cPrev = hasPrev ? WordClusters.id(p.clusters[k - 1], level: 1) : 2000
        let cNext = hasNext ? WordClusters.id(p.clusters[k + 1], level: 1) : 2000
        out.append(h(.clusterPrev, cPrev))
        out.append(h(.clusterNext, cNext))
        out.append(h(.clusterPair, cPrev, WordClusters.id(c, level: 1), cNext))

        for position in 0..<4 {
            var bits = p.gazetteer[4 * k + position]
            while bits != 0 {
                let list = UInt64(bits.trailingZeroBitCount)
                bits &= bits - 1
                out.append(h(.gaz, list, UInt64(position)))
                out.append(h(.gazCap, list, UInt64(position), cap | (caps << 1)))
            }
        }
        if hasPrev { appendNeighbourGazetteer(p, k - 1, .gazPrev, &out) }
        if hasNext { appendNeighbourGazetteer(p, k + 1, .gazNext, &out) }
    }

    private typealias Flags = TokenProfile.Flags

    private static func appendNeighbourGazetteer(_ p: TokenProfile, _ j: Int, _ t: T, _ out: inout [UInt64]) {
        var bits = p.gazetteer[4 * j] | p.gazetteer[4 * j + 1] | p.gazetteer[4 * j + 2] | p.gazetteer[4 * j + 3]
        while bits != 0 {
            let list = UInt64(bits.trailingZeroBitCount)
            bits &= bits - 1
            out.append(h(t, list))
        }
    }
}
