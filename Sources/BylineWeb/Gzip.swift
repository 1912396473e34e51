import CZlib

/// Inflates gzip data (saved pages stored as `.html.gz`, bodies served gzip-encoded), with a
/// cap on the inflated size so that a small bomb cannot exhaust memory.
public enum Gzip {
    public static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// The inflated bytes, or nil when the data is not valid gzip/zlib or inflates past `limit`.
    public static func inflate(_ bytes: [UInt8], limit: Int = 256 * 1_048_576) -> [UInt8]? {
        var stream = z_stream()
        // 15 + 32: a zlib or gzip header, detected automatically.
        guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = bytes
        let status: Int32 = input.withUnsafeMutableBufferPointer { inBuf in
            stream.next_in = inBuf.baseAddress
            stream.avail_in = uInt(inBuf.count)
            while true {
                let code: Int32 = chunk.withUnsafeMutableBufferPointer { outBuf in
                    stream.next_out = outBuf.baseAddress
                    stream.avail_out = uInt(outBuf.count)
                    return CZlib.inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                out.append(contentsOf: chunk[0..<produced])
                if out.count > limit { return Z_BUF_ERROR }
                if code == Z_STREAM_END {
                    // Concatenated gzip members continue after the first.
                    if stream.avail_in > 0, inflateReset(&stream) == Z_OK { continue }
                    return Z_STREAM_END
                }
                if code != Z_OK { return code }
                if stream.avail_in == 0 && produced == 0 { return Z_DATA_ERROR }
            }
        }
        return status == Z_STREAM_END ? out : nil
    }
}
