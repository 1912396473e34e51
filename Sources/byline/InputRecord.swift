import BylineCore
import Foundation

/// One line of `byline analyze --input jsonl`: `{"id": …, "text": …}` or
/// `{"id": …, "html": …, "url": …}`; any other field is carried into the output under `meta`.
///
/// The id and the other fields are kept as JSON text, so that the output line gives them
/// back whatever their type (a string, a number, an object…).
struct InputRecord: Sendable {
    enum Content: Sendable {
        case text(String)
        case html(String)
    }

    /// The fields the record format defines; every other one goes to `meta`.
    static let knownFields: Set<String> = ["id", "text", "html", "url"]

    /// The record's `id` as JSON; `null` when it has none.
    let idJSON: String
    let content: Content
    let url: String?
    /// The other fields as one JSON object (keys sorted), or nil when there are none.
    let metaJSON: String?

    /// Why a line is not a record to analyse, with the id when one could be read.
    struct Failure: Error, Sendable {
        let idJSON: String
        let message: String
    }

    static func parse(_ line: [UInt8]) -> Result<InputRecord, Failure> {
        guard String(validating: line, as: UTF8.self) != nil else {
            let repaired = Data(String(decoding: line, as: UTF8.self).utf8)
            let id = (try? JSONSerialization.jsonObject(with: repaired) as? [String: Any]).map { idJSON($0) }
            return .failure(Failure(idJSON: id ?? "null", message: "invalid UTF-8 at byte \(TextDecoder.firstInvalidUTF8Byte(line))"))
        }
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                return .failure(Failure(idJSON: "null", message: "not a JSON object"))
            }
            object = parsed
        } catch {
            return .failure(Failure(idJSON: leadingID(line) ?? "null", message: "not JSON"))
        }
        let id = idJSON(object)
        let url = object["url"] as? String
        let content: Content
        if let text = object["text"] as? String {
            content = .text(text)
        } else if let html = object["html"] as? String {
            content = .html(html)
        } else {
            return .failure(Failure(idJSON: id, message: "no \"text\" or \"html\" string in the record"))
        }
        let meta = object.filter { !knownFields.contains($0.key) }
        let metaJSON = meta.isEmpty ? nil : json(meta, sorted: true)
        return .success(InputRecord(idJSON: id, content: content, url: url, metaJSON: metaJSON))
    }

    /// The id of a line too long to parse, when it appears among the bytes kept of it as a
    /// string or number right after `"id":`.
    static func leadingID(_ bytes: [UInt8]) -> String? {
        let key = Array(#""id""#.utf8)
        guard let start = firstIndex(of: key, in: bytes) else { return nil }
        var i = start + key.count
        func skipSpace() { while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 } }
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
        i += 1
        skipSpace()
        let valueStart = i
        guard i < bytes.count else { return nil }
        if bytes[i] == UInt8(ascii: "\"") {
            i += 1
            while i < bytes.count, bytes[i] != UInt8(ascii: "\"") { i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1 }
            guard i < bytes.count else { return nil }
            i += 1
        } else {
            while i < bytes.count, (bytes[i] >= 0x30 && bytes[i] <= 0x39) || bytes[i] == UInt8(ascii: "-") { i += 1 }
        }
        let slice = Data(bytes[valueStart..<i])
        guard let value = try? JSONSerialization.jsonObject(with: slice, options: [.fragmentsAllowed]),
              value is String || value is NSNumber else { return nil }
        return json(value, sorted: false)
    }

    private static func idJSON(_ object: [String: Any]) -> String {
        guard let id = object["id"] else { return "null" }
        return json(id, sorted: false)
    }

    private static func json(_ value: Any, sorted: Bool) -> String {
        if let string = value as? String {
            var w = JSONWriter(pretty: false)
            w.string(string)
            return w.output
        }
        let options: JSONSerialization.WritingOptions = sorted ? [.fragmentsAllowed, .sortedKeys] : [.fragmentsAllowed]
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: options) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
        }
        return nil
    }
}

