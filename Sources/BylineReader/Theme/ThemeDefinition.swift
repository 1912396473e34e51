import TOMLKit

/// One theme file as written, before `inherits` is resolved: kept separate from `Theme` so
/// that files can be validated on their own and combined in any order.
public struct ThemeDefinition: Equatable, Sendable {
    public var name: String
    /// The file it came from, for error messages.
    public var file: String
    public var inherits: String?
    /// The theme to use instead on terminals with fewer than 256 colours.
    public var fallback: String?
    public var styles: [StyleRole: ThemeStyle]

    static let styleProperties: Set<String> = ["fg", "bg", "attrs"]

    /// Parses and validates a theme file: every role must be one of `StyleRole.known`,
    /// every colour and attribute a known name.
    public init(toml text: String, name: String, file: String) throws {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ThemeError.syntax(file: file, message: "\(error.description) at line \(error.source.begin.line)")
        }
        self.name = name
        self.file = file
        self.inherits = try Self.optionalString(table, "inherits", file)
        self.fallback = try Self.optionalString(table, "fallback", file)
        for key in table.keys where !["name", "description", "inherits", "fallback", "styles"].contains(key) {
            throw ThemeError.unknownProperty(file: file, role: "(top level)", property: key)
        }
        var styles: [StyleRole: ThemeStyle] = [:]
        if let value = table["styles"] {
            guard let stylesTable = value.table else {
                throw ThemeError.invalidValue(file: file, key: "styles", expected: "a table of roles")
            }
            try Self.collect(stylesTable, prefix: "", file: file, into: &styles)
        }
        self.styles = styles
    }

    private static func optionalString(_ table: TOMLTable, _ key: String, _ file: String) throws -> String? {
        guard let value = table[key] else { return nil }
        guard let string = value.string else { throw ThemeError.invalidValue(file: file, key: key, expected: "a string") }
        return string
    }

    /// Accepts quoted dotted keys (`"entity.person" = {…}`) and nested tables
    /// (`[styles.entity.person]`) alike: a table holding style properties is a role.
    private static func collect(_ table: TOMLTable, prefix: String, file: String,
                                into styles: inout [StyleRole: ThemeStyle]) throws {
        let keys = table.keys
        let properties = keys.filter(styleProperties.contains)
        if !prefix.isEmpty, !properties.isEmpty || keys.isEmpty {
            try styles[role(prefix, file)] = style(table, keys: properties, role: prefix, file: file)
        }
        for key in keys where !styleProperties.contains(key) {
            let path = prefix.isEmpty ? key : prefix + "." + key
            guard let sub = table[key]?.table else {
                if prefix.isEmpty {
                    throw ThemeError.invalidValue(file: file, key: path, expected: "a table such as { fg = \"cyan\", attrs = [\"bold\"] }")
                }
                throw ThemeError.unknownProperty(file: file, role: prefix, property: key)
            }
            try collect(sub, prefix: path, file: file, into: &styles)
        }
    }

    private static func role(_ name: String, _ file: String) throws -> StyleRole {
        let role = StyleRole(name)
        guard StyleRole.known.contains(role) else { throw ThemeError.unknownRole(file: file, role: name) }
        return role
    }

    private static func style(_ table: TOMLTable, keys: [String], role: String, file: String) throws -> ThemeStyle {
        var style = ThemeStyle()
        for key in keys {
            guard let value = table[key] else { continue }
            switch key {
            case "fg": style.foreground = try color(value, role: role, file: file)
            case "bg": style.background = try color(value, role: role, file: file)
            case "attrs":
                guard let array = value.array else {
                    throw ThemeError.invalidValue(file: file, key: "\(role).attrs", expected: "an array of attribute names")
                }
                for item in array {
                    guard let name = item.string, let attribute = TextAttributes(name: name) else {
                        throw ThemeError.unknownAttribute(file: file, role: role, attribute: item.string ?? "\(item)")
                    }
                    style.attributes.insert(attribute)
                }
            default:
                throw ThemeError.unknownProperty(file: file, role: role, property: key)
            }
        }
        return style
    }

    private static func color(_ value: TOMLValueConvertible, role: String, file: String) throws -> ThemeColor {
        if let index = value.int {
            guard (0...255).contains(index) else {
                throw ThemeError.unknownColor(file: file, role: role, color: String(index))
            }
            return .indexed(index)
        }
        guard let name = value.string, let color = ThemeColor(name: name) else {
            throw ThemeError.unknownColor(file: file, role: role, color: value.string ?? "\(value)")
        }
        return color
    }
}
