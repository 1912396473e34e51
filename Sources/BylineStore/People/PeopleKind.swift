/// What a library-wide identity is: a person, an organisation (ministries, companies,
/// governments) or an outlet (another newspaper or agency). Each kind links only to its own.
public enum PeopleKind: String, Sendable, Codable, CaseIterable {
    case person, organisation, outlet
}
