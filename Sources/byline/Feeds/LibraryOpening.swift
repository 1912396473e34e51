import BylineStore

extension StoreOptions {
    /// The library in this store.
    func openLibrary(keep: Int = LibraryStore.standardKeep) throws -> LibraryStore {
        LibraryStore(store: try open(), defaultKeep: keep)
    }
}
