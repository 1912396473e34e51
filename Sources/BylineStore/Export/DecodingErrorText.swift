import BylineCore

/// Swift's `DecodingError` as one line a person understands: where in the item the problem
/// is, as a JSON path ("body[0].value"), and what was expected there ("expected a string"),
/// instead of the coding-path dump its description gives.
enum DecodingErrorText {
    static func describe(_ error: Error) -> String {
        guard let error = error as? DecodingError else { return SafeText.echo("\(error)") }
        switch error {
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(name(of: type))"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): expected \(name(of: type)), found null"
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): missing"
        case .dataCorrupted(let context):
            return "\(path(context.codingPath)): \(SafeText.echo(context.debugDescription))"
        @unknown default:
            return SafeText.echo("\(error)")
        }
    }

    /// "body[0].value"; the item itself when the path is empty.
    static func path(_ codingPath: [CodingKey]) -> String {
        var out = ""
        for key in codingPath {
            if let i = key.intValue {
                out += "[\(i)]"
            } else {
                out += (out.isEmpty ? "" : ".") + SafeText.line(key.stringValue, limit: 40)
            }
        }
        return out.isEmpty ? "the item" : out
    }

    private static func name(of type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type, is Int64.Type, is Int32.Type: return "an integer"
        case is Double.Type, is Float.Type: return "a number"
        case is Bool.Type: return "true or false"
        case is [Any].Type: return "an array"
        case is [String: Any].Type: return "an object"
        default:
            let text = "\(type)"
            return text.hasPrefix("Array") || text.hasPrefix("[") ? "an array" : "an object"
        }
    }
}
