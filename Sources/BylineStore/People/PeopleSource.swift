/// Where the people lists are read from: the library's index, or one built in memory for the
/// articles named on the command line. `byline people` reads either the same way.
public protocol PeopleSource {
    func people(offset: Int, limit: Int, filter: String?) throws -> (people: [PersonSummary], count: Int)
    func quotes(of identityID: Int64, after cursor: PersonQuote?, limit: Int) throws -> [PersonQuote]
    func findPeople(_ name: String) throws -> [PersonSummary]
}

extension LibraryStore: PeopleSource {}
