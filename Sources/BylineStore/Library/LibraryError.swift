import BylineCore

/// Library failures a person can act on.
public enum LibraryError: Error, Equatable, CustomStringConvertible {
    case duplicateFeed(url: String, name: String)
    case duplicateName(String)
    case noSuchFeed(String)
    case emptyName

    public var description: String {
        switch self {
        case .duplicateFeed(let url, let name): return "\(SafeText.echo(url)) is already subscribed as \(SafeText.echo(name))"
        case .duplicateName(let name): return "a feed is already named \(SafeText.echo(name)); choose another with --name"
        case .noSuchFeed(let name): return "no feed named \(SafeText.echo(name)) (see byline feeds list)"
        case .emptyName: return "a feed's name cannot be empty"
        }
    }
}
