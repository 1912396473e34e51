import BylineCore

/// Keys to actions, built from `ActionTable` and the user's overrides. One key does one thing
/// everywhere; what the action means depends on the focused pane.
public struct Keymap: Sendable {
    /// Key → action name.
    public private(set) var bindings: [KeyEvent: String]

    /// The table's default keys.
    public static let `default`: Keymap = {
        var b: [KeyEvent: String] = [:]
        for spec in ActionTable.all {
            for k in spec.keys { b[KeyName.parse(k)!] = spec.name }
        }
        return Keymap(bindings: b)
    }()

    private init(bindings: [KeyEvent: String]) {
        self.bindings = bindings
    }

    /// This keymap with the actions in `overrides` (action name → key names, as in the config
    /// file's `[keys]` table) bound to exactly those keys. A key taken from another action is
    /// unbound there, as the user asked for it. Unknown actions and key names are errors.
    public func applying(overrides: [String: [String]]) throws -> Keymap {
        var unknownActions: [String] = []
        var unknownKeys: [String] = []
        var parsed: [(String, [KeyEvent])] = []
        for name in overrides.keys.sorted() {
            guard ActionTable.spec(named: name) != nil else {
                unknownActions.append(name)
                continue
            }
            var keys: [KeyEvent] = []
            for k in overrides[name]! {
                if let key = KeyName.parse(k) { keys.append(key) } else { unknownKeys.append(k) }
            }
            parsed.append((name, keys))
        }
        if !unknownActions.isEmpty { throw KeymapError.unknownActions(unknownActions) }
        if !unknownKeys.isEmpty { throw KeymapError.unknownKeys(unknownKeys) }
        var b = bindings
        for (name, _) in parsed { b = b.filter { $0.value != name } }
        var claimed: [KeyEvent: String] = [:]
        for (name, keys) in parsed {
            for k in keys {
                if let other = claimed[k], other != name {
                    throw KeymapError.conflict(key: KeyName.display(k), actions: [other, name])
                }
                claimed[k] = name
                b[k] = name
            }
        }
        return Keymap(bindings: b)
    }

    /// The action a key runs, if any.
    public func action(for key: KeyEvent) -> Action? {
        bindings[key].flatMap(ActionTable.spec(named:))?.action
    }

    /// The keys bound to an action, in the order they read best in the help overlay.
    public func keys(for name: String) -> [String] {
        let defaults = ActionTable.spec(named: name)?.keys ?? []
        let mine = bindings.filter { $0.value == name }.map { KeyName.display($0.key) }
        return defaults.filter(mine.contains) + mine.filter { !defaults.contains($0) }.sorted()
    }

    /// Action name → "j, Down", for the help overlay.
    public var help: [String: String] {
        Dictionary(uniqueKeysWithValues: ActionTable.all.map { ($0.name, keys(for: $0.name).joined(separator: ", ")) })
    }
}

/// A config file's key bindings that cannot be applied; the message names the culprits.
public enum KeymapError: Error, Equatable, CustomStringConvertible {
    case unknownActions([String])
    case unknownKeys([String])
    case conflict(key: String, actions: [String])

    public var description: String {
        switch self {
        case .unknownActions(let names):
            return "unknown action\(names.count > 1 ? "s" : "") in key bindings: \(SafeText.echo(names.joined(separator: ", ")))"
        case .unknownKeys(let names):
            return "unknown key name\(names.count > 1 ? "s" : "") in key bindings: \(SafeText.echo(names.joined(separator: ", ")))"
        case .conflict(let key, let actions):
            return "key \(SafeText.echo(key)) is bound to more than one action: \(SafeText.echo(actions.joined(separator: ", ")))"
        }
    }
}
