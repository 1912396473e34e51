import Foundation

/// A folder of fuzz inputs, one file each: the kept corpus or a run's findings. File names
/// carry a hash of the content, so the same input is never kept twice.
public struct FuzzCorpus: Sendable {
    public let folder: URL

    public init(folder: URL) { self.folder = folder }

    /// The files' contents, in name order so that runs are reproducible.
    public func inputs() -> [(name: String, bytes: [UInt8])] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().compactMap { name in
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else { return nil }
            return (name, [UInt8](data))
        }
    }

    /// Saves `bytes` as `<prefix>-<hash>.txt` unless it is there already; returns the path.
    @discardableResult
    public func save(_ bytes: [UInt8], prefix: String) -> String {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("\(prefix)-\(FuzzCorpus.hash(bytes)).txt").path
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        }
        return path
    }

    /// FNV-1a, 64 bits, in hex: stable across runs and machines.
    public static func hash(_ bytes: [UInt8]) -> String {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
