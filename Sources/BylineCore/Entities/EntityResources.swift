import Foundation

/// The recogniser's data besides the weights: gazetteers, word classes, the alias table
/// that makes "US", "U.S." and "the United States" one referent, and the current spellings
/// of names the training text knew by older ones.
public struct EntityResources: Sendable {
    public var gazetteer: Gazetteer
    public var clusters: WordClusters
    public var aliases: NameAliases
    public var spellings: SpellingVariants

    public init(gazetteer: Gazetteer = Gazetteer(), clusters: WordClusters = WordClusters(),
                aliases: NameAliases = NameAliases(), spellings: SpellingVariants = SpellingVariants()) {
        self.gazetteer = gazetteer
        self.clusters = clusters
        self.aliases = aliases
        self.spellings = spellings
    }

    /// The folder of the bundled resources (`Resources/NER` of BylineCore).
    public static var bundledDirectory: URL? {
        Bundle.module.resourceURL?.appendingPathComponent("NER", isDirectory: true)
    }

    /// Loads the gazetteers, word classes, aliases and spellings shipped with BylineCore.
    public static func bundled() throws -> EntityResources {
        guard let dir = bundledDirectory else { throw CocoaError(.fileNoSuchFile) }
        return try load(from: dir)
    }

    /// Loads resources from a folder laid out like the bundled one; a missing or unreadable
    /// file is an error, never an empty list (a lost gazetteer would quietly cost accuracy).
    public static func load(from dir: URL) throws -> EntityResources {
        var lists: [Gazetteer.List: String] = [:]
        for list in Gazetteer.List.allCases {
            let url = dir.appendingPathComponent("gazetteers/\(list.fileName).txt")
            lists[list] = try String(contentsOf: url, encoding: .utf8)
        }
        let clusters = try String(contentsOf: dir.appendingPathComponent("clusters.tsv"), encoding: .utf8)
        let aliases = try String(contentsOf: dir.appendingPathComponent("aliases.txt"), encoding: .utf8)
        let spellings = try String(contentsOf: dir.appendingPathComponent("spelling-variants.tsv"), encoding: .utf8)
        return EntityResources(gazetteer: Gazetteer(lists: lists), clusters: WordClusters(text: clusters),
                               aliases: NameAliases(text: aliases), spellings: SpellingVariants(text: spellings))
    }

    /// Reads the bundled model weights.
    public static func bundledModel() throws -> EntityModel {
        guard let dir = bundledDirectory else { throw CocoaError(.fileNoSuchFile) }
        let data = try Data(contentsOf: dir.appendingPathComponent("model.bin"))
        return try EntityModelFile.decode([UInt8](data))
    }
}

/// The bundled model, gazetteers and lexicon, loaded once per process on first use and shared.
final class BundledEntityData: Sendable {
    static let shared = BundledEntityData()

    let model: EntityModel
    let resources: EntityResources
    let lexicon: Lexicon

    private init() {
        do {
            model = try EntityResources.bundledModel()
            resources = try EntityResources.bundled()
            lexicon = try Lexicon.bundled()
        } catch {
            fatalError("BylineCore's bundled resources are missing or corrupt: \(error)")
        }
    }
}
