/// The binary form of an `EntityModel`, shipped as a package resource: only non-zero weights
/// are stored, as varint index deltas and 16-bit quantised values, which keeps the file a
/// few megabytes; in memory only the non-zero rows are kept (see `EntityModel`).
///
/// Layout (little-endian): "BYLNER01", u32 bucketBits, u32 label count, labels (u8 length +
/// UTF-8), f32 scale, transitions (count² f32), u32 entry count, entries (varint index delta,
/// i16 weight; the weight is the i16 times scale).
public enum EntityModelFile {
    public enum ReadError: Error, Equatable { case badMagic, truncated, badShape }

    static let magic = Array("BYLNER01".utf8)

    /// Non-zero quantised weights are stored; those below `minimum` in absolute value are pruned.
    public static func encode(_ model: EntityModel, minimum: Int16 = 1) -> [UInt8] {
        var out = magic
        appendU32(&out, UInt32(model.bucketBits))
        appendU32(&out, UInt32(model.tags.labels.count))
        for l in model.tags.labels {
            let b = Array(l.utf8)
            out.append(UInt8(b.count))
            out.append(contentsOf: b)
        }
        appendU32(&out, model.scale.bitPattern)
        for t in model.transitions { appendU32(&out, t.bitPattern) }
        var entries: [(Int, Int16)] = []
        for (i, q) in model.weights.enumerated() where q != 0 && q.magnitude >= minimum.magnitude {
            entries.append((i, q))
        }
        appendU32(&out, UInt32(entries.count))
        var last = 0
        for (i, q) in entries {
            var delta = UInt64(i - last)
            last = i
            while delta >= 0x80 {
                out.append(UInt8(delta & 0x7F) | 0x80)
                delta >>= 7
            }
            out.append(UInt8(delta))
            let u = UInt16(bitPattern: q)
            out.append(UInt8(u & 0xFF))
            out.append(UInt8(u >> 8))
        }
        return out
    }

    public static func decode(_ bytes: [UInt8]) throws -> EntityModel {
        var r = Reader(bytes: bytes)
        guard bytes.count >= magic.count, Array(bytes[0..<magic.count]) == magic else { throw ReadError.badMagic }
        r.position = magic.count
        let bits = Int(try r.u32())
        let labelCount = Int(try r.u32())
        guard bits > 4 && bits <= 24 && labelCount > 0 && labelCount < 64 else { throw ReadError.badShape }
        var labels: [String] = []
        for _ in 0..<labelCount {
            let n = Int(try r.u8())
            labels.append(String(decoding: try r.bytes(n), as: UTF8.self))
        }
        let tags = EntityTagSet(labels: labels)
        let scale = Float(bitPattern: try r.u32())
        var transitions: [Float] = []
        for _ in 0..<(tags.count * tags.count) { transitions.append(Float(bitPattern: try r.u32())) }
        // Entries come in index order, so each bucket's weights arrive together: rows are
        // built compact as they come, never as the flat table.
        let n = tags.count, buckets = 1 << bits
        var rowOf = [UInt32](repeating: 0, count: buckets)
        var rows = [Int16](repeating: 0, count: n)
        let entries = Int(try r.u32())
        var index = 0
        for _ in 0..<entries {
            var delta = 0, shift = 0
            while true {
                let b = try r.u8()
                delta |= Int(b & 0x7F) << shift
                shift += 7
                if b & 0x80 == 0 { break }
            }
            index += delta
            let lo = UInt16(try r.u8()), hi = UInt16(try r.u8())
            guard index < buckets * n else { throw ReadError.badShape }
            let bucket = index / n
            if rowOf[bucket] == 0 {
                rowOf[bucket] = UInt32(rows.count / n)
                rows.append(contentsOf: repeatElement(0, count: n))
            }
            rows[Int(rowOf[bucket]) * n + index % n] = Int16(bitPattern: lo | hi << 8)
        }
        return EntityModel(tags: tags, bucketBits: bits, rowOf: rowOf, rows: rows, scale: scale, transitions: transitions)
    }

    private static func appendU32(_ out: inout [UInt8], _ v: UInt32) {
        for k in 0..<4 { out.append(UInt8((v >> (8 * UInt32(k))) & 0xFF)) }
    }

    private struct Reader {
        let bytes: [UInt8]
        var position = 0

        mutating func u8() throws -> UInt8 {
            guard position < bytes.count else { throw ReadError.truncated }
            defer { position += 1 }
            return bytes[position]
        }

        mutating func u32() throws -> UInt32 {
            var v: UInt32 = 0
            for k in 0..<4 { v |= UInt32(try u8()) << (8 * UInt32(k)) }
            return v
        }

        mutating func bytes(_ n: Int) throws -> [UInt8] {
            guard position + n <= bytes.count else { throw ReadError.truncated }
            defer { position += n }
            return Array(bytes[position..<(position + n)])
        }
    }
}
