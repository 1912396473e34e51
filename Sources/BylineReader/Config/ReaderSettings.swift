import Foundation

/// The theme and configuration the reader starts with: `--theme` wins over the config file's
/// `theme`, which wins over the built-in default. Every problem is an error that names the
/// file and the word at fault, reported before the terminal is taken over.
public struct ReaderSettings {
    public var theme: Theme
    public var config: ReaderConfig
    public var keymap: Keymap

    public static func load(themeOption: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ReaderSettings {
        let folder = ReaderConfig.folder(environment: environment)
        var config = ReaderConfig()
        if let file = ReaderConfig.file(environment: environment) {
            config = try ReaderConfig(toml: file.text, file: file.path)
        }
        let library = ThemeLibrary(searchFolders: folder.map { [$0 + "/themes"] } ?? [])
        let theme: Theme
        if let themeOption {
            theme = try library.theme(named: themeOption)
        } else if let configured = config.theme {
            let relativeToConfig = configured.contains("/") && !configured.hasPrefix("/") && folder != nil
            theme = try library.theme(named: relativeToConfig ? folder! + "/" + configured : configured)
        } else {
            theme = try library.theme(named: ThemeLibrary.defaultThemeName)
        }
        let keymap: Keymap
        do {
            keymap = try Keymap.default.applying(overrides: config.keys)
        } catch {
            throw ConfigError.keys(file: config.file, message: "\(error)")
        }
        return ReaderSettings(theme: theme, config: config, keymap: keymap)
    }
}
