/// Refines the model's coarse labels into the contract's types: a location is a GPE
/// (country, city, state) unless it is a region, sea or the like; a miscellaneous name is
/// NORP when it is a nationality or group, EVENT when it names a war, summit or games.
/// A "place" that the lists know only as an organisation ("G7") is an organisation.
public struct EntityTypeRules: Sendable {
    let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) { self.gazetteer = gazetteer }

    static let naturalPlaceWords: Set<String> = [
        "sea", "ocean", "river", "gulf", "bay", "strait", "straits", "mountains", "mountain", "mount", "lake",
        "peninsula", "desert", "valley", "island", "islands", "coast", "basin", "region", "channel", "canal",
        "plateau", "highlands", "delta", "forest", "cape", "hills", "heights", "pacific", "atlantic",
    ]

    static let eventWords: Set<String> = [
        "war", "olympics", "olympic games", "games", "cup", "championship", "championships", "summit",
        "open", "grand prix", "festival", "revolution", "crisis", "conference", "tournament", "marathon",
        "derby", "rally", "election", "elections", "massacre", "uprising", "series", "bowl",
    ]

    /// The contract type for a mention with the model label `label` over tokens with lowercased hashes.
    public func type(label: String, lowerHashes: ArraySlice<UInt64>, wordHashes: ArraySlice<UInt64>,
                     words: [String]) -> EntityType {
        let lists = gazetteer.lists(ofName: lowerHashes, wordHashes: wordHashes)
        let places = Gazetteer.List.country.bit | Gazetteer.List.city.bit | Gazetteer.List.region.bit
        let bodies = Gazetteer.List.organization.bit | Gazetteer.List.outlet.bit
        switch label {
        case "PER": return .person
        case "ORG": return .org
        case "LOC":
            if lists & places == 0 && lists & bodies != 0 { return .org }
            if lists & Gazetteer.List.region.bit != 0 { return .loc }
            if lists & (Gazetteer.List.country.bit | Gazetteer.List.city.bit) != 0 { return .gpe }
            if let last = words.last?.lowercased(), EntityTypeRules.naturalPlaceWords.contains(last) { return .loc }
            return .gpe
        default:
            if lists & (Gazetteer.List.demonym.bit | Gazetteer.List.group.bit) != 0 { return .norp }
            if let last = words.last, last.hasSuffix("s"), words.count == 1 {
                let singular = String(last.dropLast()).lowercased()
                if gazetteer.lists(ofToken: FeatureHash.string(singular, lower: true))
                    & (Gazetteer.List.demonym.bit | Gazetteer.List.group.bit) != 0 { return .norp }
            }
            if let last = words.last?.lowercased(), EntityTypeRules.eventWords.contains(last) { return .event }
            return .misc
        }
    }
}
