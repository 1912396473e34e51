/// Why an article could not be loaded; each message names the file so a user with many
/// arguments knows which one failed.
public enum LoadError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(path: String)
    case isDirectory(path: String)
    case unreadable(path: String, reason: String)
    case binary(path: String)
    case tooLarge(path: String, limit: Int)

    public var path: String {
        switch self {
        case .notFound(let p), .isDirectory(let p), .unreadable(let p, _), .binary(let p), .tooLarge(let p, _):
            return p
        }
    }

    public var description: String {
        switch self {
        case .notFound(let p):
            return "\(SafeText.echo(p)): no such file"
        case .isDirectory(let p):
            return "\(SafeText.echo(p)): is a directory, not an article"
        case .unreadable(let p, let reason):
            return "\(SafeText.echo(p)): cannot be read (\(SafeText.echo(reason)))"
        case .binary(let p):
            return "\(SafeText.echo(p)): looks like a binary file, not text; refusing to analyse it"
        case .tooLarge(let p, let limit):
            return "\(SafeText.echo(p)): larger than the \(LoadError.size(limit)) limit; stopped reading"
        }
    }

    /// "256 MiB" for whole mebibytes, else "1000 bytes": the limit as the user set it.
    static func size(_ bytes: Int) -> String {
        bytes >= 1_048_576 && bytes % 1_048_576 == 0 ? "\(bytes / 1_048_576) MiB" : "\(bytes) bytes"
    }
}
