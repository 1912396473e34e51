import BylineCore

/// Why a theme or configuration could not be used; every case names the file and the
/// offending word, so a typo in a config is found without reading the source.
public enum ThemeError: Error, Equatable, CustomStringConvertible {
    case syntax(file: String, message: String)
    case unknownRole(file: String, role: String)
    case unknownColor(file: String, role: String, color: String)
    case unknownAttribute(file: String, role: String, attribute: String)
    case unknownProperty(file: String, role: String, property: String)
    case invalidValue(file: String, key: String, expected: String)
    case notFound(name: String, searched: [String])
    case inheritanceCycle(chain: [String])

    public var description: String {
        switch self {
        case .syntax(let file, let message):
            return "\(SafeText.echo(file)): not valid TOML: \(SafeText.echo(message))"
        case .unknownRole(let file, let role):
            return "\(SafeText.echo(file)): unknown style role '\(SafeText.echo(role))'"
        case .unknownColor(let file, let role, let color):
            return "\(SafeText.echo(file)): unknown colour '\(SafeText.echo(color))' for '\(SafeText.echo(role))' (use default, an ANSI name such as bright-blue, color0…color255 or #rrggbb)"
        case .unknownAttribute(let file, let role, let attribute):
            return "\(SafeText.echo(file)): unknown attribute '\(SafeText.echo(attribute))' for '\(SafeText.echo(role))' (use \(TextAttributes.names.map(\.0).joined(separator: ", ")))"
        case .unknownProperty(let file, let role, let property):
            return "\(SafeText.echo(file)): unknown property '\(SafeText.echo(property))' for '\(SafeText.echo(role))' (use fg, bg, attrs)"
        case .invalidValue(let file, let key, let expected):
            return "\(SafeText.echo(file)): '\(SafeText.echo(key))' must be \(expected)"
        case .notFound(let name, let searched):
            return "theme '\(SafeText.echo(name))' not found (looked in: \(SafeText.echo(searched.joined(separator: ", "))))"
        case .inheritanceCycle(let chain):
            return "themes inherit from each other in a cycle: \(SafeText.echo(chain.joined(separator: " → ")))"
        }
    }
}
