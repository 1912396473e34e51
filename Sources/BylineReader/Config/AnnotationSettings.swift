import BylineCore
import BylineStore
import Foundation
import TOMLKit

/// Who the annotation exports name, from the `[annotations]` table of the config file:
///
///     [annotations]
///     creator = "Ana Lopes"                 # W3C `creator` (a Person)
///     creator_id = "mailto:ana@example.org"
///     review_author = "Example Fact Check"  # ClaimReview `author`
///     review_author_type = "Organization"   # or "Person"
///     review_author_url = "https://factcheck.example.org"
///     review_url = "https://factcheck.example.org/reviews/harbour"  # ClaimReview `url`
///
/// Read beside `ReaderConfig` from the same file, and only by the exports that name someone, so
/// a mistake here never stops a CSV or Markdown export, nor the reader.
public struct AnnotationSettings: Equatable, Sendable {
    public var creator: ExportAgent?
    public var reviewAuthor: ExportAgent?
    public var reviewURL: String?

    public static let keys = ["creator", "creator_id", "review_author", "review_author_type", "review_author_url", "review_url"]

    /// The `[annotations]` table of the config file, or no settings when there is no file.
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> AnnotationSettings {
        guard let file = ReaderConfig.file(environment: environment) else { return AnnotationSettings() }
        return try AnnotationSettings(toml: file.text, file: file.path)
    }

    public init(creator: ExportAgent? = nil, reviewAuthor: ExportAgent? = nil, reviewURL: String? = nil) {
        self.creator = creator
        self.reviewAuthor = reviewAuthor
        self.reviewURL = reviewURL
    }

    public init(toml text: String, file: String) throws {
        let table: TOMLTable
        do { table = try TOMLTable(string: text) } catch let error as TOMLParseError {
            throw ConfigError.syntax(file: file, message: "\(error.description) at line \(error.source.begin.line)")
        }
        guard let value = table["annotations"] else { return }
        guard let section = value.table else {
            throw ConfigError.invalidValue(file: file, key: "annotations", expected: "a table ([annotations])")
        }
        var values: [String: String] = [:]
        for key in section.keys {
            guard Self.keys.contains(key) else { throw UnknownAnnotationSetting(file: file, key: key) }
            guard let text = section[key]?.string, !text.isEmpty else {
                throw ConfigError.invalidValue(file: file, key: "annotations." + key, expected: "a non-empty string")
            }
            values[key] = text
        }
        if let name = values["creator"] { creator = ExportAgent(name: name, id: values["creator_id"]) }
        if let name = values["review_author"] {
            let type = values["review_author_type"] ?? "Organization"
            guard type == "Organization" || type == "Person" else {
                throw ConfigError.invalidValue(file: file, key: "annotations.review_author_type", expected: "\"Organization\" or \"Person\"")
            }
            reviewAuthor = ExportAgent(name: name, id: values["review_author_url"], type: type)
        }
        reviewURL = values["review_url"]
    }
}

/// A key of `[annotations]` that Byline does not know; the message lists those it does.
public struct UnknownAnnotationSetting: Error, Equatable, CustomStringConvertible {
    public var file: String
    public var key: String

    public var description: String {
        "\(SafeText.echo(file)): unknown setting 'annotations.\(SafeText.echo(key))' (known: \(AnnotationSettings.keys.joined(separator: ", ")))"
    }
}
