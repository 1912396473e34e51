import Foundation

/// Finds themes by name or path and resolves `inherits` and `fallback`. Themes a user keeps in
/// their config folder shadow the built-in ones of the same name; built-ins are compiled into
/// the binary (`BuiltinThemes`), so an installed or moved binary always has them.
public struct ThemeLibrary: Sendable {
    /// Built-in theme files: name → TOML text.
    public var builtins: [String: String]
    /// Folders searched for `NAME.toml` before the built-ins.
    public var searchFolders: [String]
    public var readFile: @Sendable (String) -> String?

    public init(builtins: [String: String] = BuiltinThemes.sources, searchFolders: [String] = [],
                readFile: @escaping @Sendable (String) -> String? = ThemeLibrary.readUTF8) {
        self.builtins = builtins
        self.searchFolders = searchFolders
        self.readFile = readFile
    }

    public static let builtin = ThemeLibrary()

    public static let defaultThemeName = "default"

    public var builtinNames: [String] { builtins.keys.sorted() }

    /// `nameOrPath` is a theme name (`light`) or, when it contains a slash or ends in `.toml`,
    /// a file path.
    public func theme(named nameOrPath: String) throws -> Theme {
        try resolve(nameOrPath, relativeTo: nil, chain: [])
    }

    /// Reads and validates one file without resolving what it inherits.
    public func definition(named nameOrPath: String, relativeTo folder: String? = nil) throws -> ThemeDefinition {
        if Self.isPath(nameOrPath) {
            let path = folder.map { Self.join($0, nameOrPath) } ?? nameOrPath
            guard let text = readFile(path) else { throw ThemeError.notFound(name: nameOrPath, searched: [path]) }
            return try ThemeDefinition(toml: text, name: Self.baseName(path), file: path)
        }
        var searched: [String] = []
        for candidateFolder in (folder.map { [$0] } ?? []) + searchFolders {
            let path = Self.join(candidateFolder, nameOrPath + ".toml")
            searched.append(path)
            if let text = readFile(path) { return try ThemeDefinition(toml: text, name: nameOrPath, file: path) }
        }
        if let text = builtins[nameOrPath] {
            return try ThemeDefinition(toml: text, name: nameOrPath, file: "Themes/\(nameOrPath).toml")
        }
        searched.append("built-in: " + builtinNames.joined(separator: ", "))
        throw ThemeError.notFound(name: nameOrPath, searched: searched)
    }

    private func resolve(_ nameOrPath: String, relativeTo folder: String?, chain: [String]) throws -> Theme {
        let definition = try definition(named: nameOrPath, relativeTo: folder)
        let key = definition.file
        guard !chain.contains(key) else { throw ThemeError.inheritanceCycle(chain: chain + [key]) }
        let here = Self.folder(of: definition.file)
        var styles: [StyleRole: ThemeStyle] = [:]
        var inheritedFallback: Theme?
        if let parent = definition.inherits {
            let base = try resolve(parent, relativeTo: here, chain: chain + [key])
            styles = base.styles
            inheritedFallback = base.fallback
        }
        styles.merge(definition.styles) { _, own in own }
        let fallback = try definition.fallback.map { try resolve($0, relativeTo: here, chain: chain + [key]) }
        return Theme(name: definition.name, styles: styles, fallback: fallback ?? inheritedFallback)
    }

    static func isPath(_ s: String) -> Bool { s.contains("/") || s.hasSuffix(".toml") }

    static func join(_ folder: String, _ name: String) -> String {
        name.hasPrefix("/") ? name : (folder.hasSuffix("/") ? folder + name : folder + "/" + name)
    }

    static func folder(of file: String) -> String? {
        guard !file.hasPrefix("Themes/"), let slash = file.lastIndex(of: "/") else { return nil }
        return String(file[..<slash])
    }

    static func baseName(_ path: String) -> String {
        let last = path.split(separator: "/").last.map(String.init) ?? path
        return last.hasSuffix(".toml") ? String(last.dropLast(5)) : last
    }

    @Sendable public static func readUTF8(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
