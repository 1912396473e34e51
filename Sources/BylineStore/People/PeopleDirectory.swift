/// The identities the library knows, by the keys their names give: what `PersonLinker` asks
/// and adds to. `PeopleIndex` keeps one in SQLite; `MemoryPeopleDirectory` serves tests and
/// the command line.
public protocol PeopleDirectory {
    /// Identities registered under `key`, oldest first.
    func identities(withKey key: String) throws -> [Int64]
    /// A new identity named `name`, with no key yet.
    mutating func newIdentity(kind: PeopleKind, name: String, title: String?) throws -> Int64
    /// Registers `keys` for `id` (keys it has already are ignored).
    mutating func register(_ keys: [String], for id: Int64) throws
}

/// A directory in memory.
public struct MemoryPeopleDirectory: PeopleDirectory, Sendable {
    public private(set) var names: [Int64: String] = [:]
    private var keys: [String: [Int64]] = [:]
    private var next: Int64 = 1

    public init() {}

    public func identities(withKey key: String) -> [Int64] { keys[key] ?? [] }

    public mutating func newIdentity(kind: PeopleKind, name: String, title: String?) -> Int64 {
        defer { next += 1 }
        names[next] = name
        return next
    }

    public mutating func register(_ keys: [String], for id: Int64) {
        for key in keys where !(self.keys[key] ?? []).contains(id) { self.keys[key, default: []].append(id) }
    }
}
