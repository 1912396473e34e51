import BylineCore
import BylineReader
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
struct AnnotationsConfig: Equatable {
    var creator: ExportAgent?
    var reviewAuthor: ExportAgent?
    var reviewURL: String?

    static let keys = ["creator", "creator_id", "review_author", "review_author_type", "review_author_url", "review_url"]

    static func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> AnnotationsConfig {
        guard let folder = ReaderConfig.folder(environment: environment) else { return AnnotationsConfig() }
        let path = folder + "/config.toml"
        guard let text = ThemeLibrary.readUTF8(path) else { return AnnotationsConfig() }
        return try AnnotationsConfig(toml: text, file: path)
    }

    init(creator: ExportAgent? = nil, reviewAuthor: ExportAgent? = nil, reviewURL: String? = nil) {
        self.creator = creator
        self.reviewAuthor = reviewAuthor
        self.reviewURL = reviewURL
    }

    init(toml text: String, file: String) throws {
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
struct UnknownAnnotationSetting: Error, CustomStringConvertible {
    var file: String
    var key: String

    var description: String {
        "\(SafeText.echo(file)): unknown setting 'annotations.\(SafeText.echo(key))' (known: \(AnnotationsConfig.keys.joined(separator: ", ")))"
    }
}
