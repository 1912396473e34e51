import BylineCore
import TOMLKit

/// The user's settings from `$XDG_CONFIG_HOME/byline/config.toml`: a theme and key rebindings.
/// Parsed and checked here (pure); the bindings are validated against the action table by
/// `Keymap.applying(overrides:)`, so an unknown action or key is an error naming it.
///
///     theme = "light"
///     [keys]
///     quit = ["q", "Q"]
///     next-quote = "n"
public struct ReaderConfig: Equatable, Sendable {
    public var theme: String?
    /// Action name → key names, as `Keymap.applying(overrides:)` takes them.
    public var keys: [String: [String]]
    public var file: String

    public init(theme: String? = nil, keys: [String: [String]] = [:], file: String = "") {
        self.theme = theme
        self.keys = keys
        self.file = file
    }

    public init(toml text: String, file: String) throws {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError.syntax(file: file, message: "\(error.description) at line \(error.source.begin.line)")
        }
        self.file = file
        self.keys = [:]
        for key in table.keys {
            guard let value = table[key] else { continue }
            switch key {
            case "theme":
                guard let name = value.string, !name.isEmpty else {
                    throw ConfigError.invalidValue(file: file, key: "theme", expected: "a theme name or a path to a .toml file")
                }
                theme = name
            case "keys":
                guard let bindings = value.table else {
                    throw ConfigError.invalidValue(file: file, key: "keys", expected: "a table of action = key or [keys]")
                }
                for action in bindings.keys {
                    guard let keyValue = bindings[action] else { continue }
                    if let single = keyValue.string {
                        keys[action] = [single]
                    } else if let array = keyValue.array, array.allSatisfy({ $0.string != nil }) {
                        keys[action] = array.compactMap(\.string)
                    } else {
                        throw ConfigError.invalidValue(file: file, key: "keys.\(action)", expected: "a key name or an array of key names")
                    }
                }
            case "annotations":
                // Read and checked by `AnnotationSettings`, for the exports that need it.
                continue
            default:
                throw ConfigError.unknownSetting(file: file, key: key)
            }
        }
    }

    /// The config file's path and text, or nil when there is none (or it cannot be read as
    /// UTF-8): the one place the reader's and the annotation exports' settings are read from.
    public static func file(environment: [String: String]) -> (path: String, text: String)? {
        guard let folder = folder(environment: environment) else { return nil }
        let path = folder + "/config.toml"
        return ThemeLibrary.readUTF8(path).map { (path, $0) }
    }

    /// Where the config lives: `$XDG_CONFIG_HOME/byline`, else `~/.config/byline`.
    public static func folder(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/byline" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/byline" }
        return nil
    }
}

/// A config file that cannot be used; the message names the file and the setting.
public enum ConfigError: Error, Equatable, CustomStringConvertible {
    case syntax(file: String, message: String)
    case unknownSetting(file: String, key: String)
    case invalidValue(file: String, key: String, expected: String)
    /// A key binding the keymap refused; `message` comes from the keymap.
    case keys(file: String, message: String)

    public var description: String {
        switch self {
        case .syntax(let file, let message): return "\(SafeText.echo(file)): not valid TOML: \(SafeText.echo(message))"
        case .unknownSetting(let file, let key): return "\(SafeText.echo(file)): unknown setting '\(SafeText.echo(key))' (known: theme, keys, annotations)"
        case .invalidValue(let file, let key, let expected): return "\(SafeText.echo(file)): '\(SafeText.echo(key))' must be \(expected)"
        case .keys(let file, let message): return "\(SafeText.echo(file)): \(SafeText.echo(message))"
        }
    }
}
