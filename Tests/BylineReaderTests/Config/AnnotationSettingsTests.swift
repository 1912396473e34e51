import BylineReader
import BylineStore
import Foundation
import XCTest

/// Who the annotation exports name, read from the `[annotations]` table of the reader's
/// config file; every problem names the file and the key.
final class AnnotationSettingsTests: XCTestCase {
    private let file = "/home/u/.config/byline/config.toml"

    func testEveryKeyIsRead() throws {
        let settings = try AnnotationSettings(toml: """
            theme = "light"
            [annotations]
            creator = "Ana Lopes"
            creator_id = "mailto:ana@example.org"
            review_author = "Jo Check"
            review_author_type = "Person"
            review_author_url = "https://check.example"
            review_url = "https://check.example/r/1"
            """, file: file)
        XCTAssertEqual(settings, AnnotationSettings(creator: ExportAgent(name: "Ana Lopes", id: "mailto:ana@example.org"),
                                                    reviewAuthor: ExportAgent(name: "Jo Check", id: "https://check.example", type: "Person"),
                                                    reviewURL: "https://check.example/r/1"))
    }

    func testWithoutTheTableNothingIsSetAndAReviewAuthorIsAnOrganizationByDefault() throws {
        XCTAssertEqual(try AnnotationSettings(toml: "theme = \"light\"\n", file: file), AnnotationSettings())
        let settings = try AnnotationSettings(toml: "[annotations]\nreview_author = \"Desk\"\n", file: file)
        XCTAssertEqual(settings.reviewAuthor?.type, "Organization")
    }

    func testProblemsNameTheFileAndTheKey() {
        XCTAssertThrowsError(try AnnotationSettings(toml: "[annotations]\nreviewer = \"x\"\n", file: file)) {
            XCTAssertEqual("\($0)", "\(file): unknown setting 'annotations.reviewer' (known: creator, creator_id, review_author, review_author_type, review_author_url, review_url)")
        }
        XCTAssertThrowsError(try AnnotationSettings(toml: "[annotations]\ncreator = 3\n", file: file)) {
            XCTAssertEqual($0 as? ConfigError, .invalidValue(file: file, key: "annotations.creator", expected: "a non-empty string"))
        }
        XCTAssertThrowsError(try AnnotationSettings(toml: "[annotations]\nreview_author = \"x\"\nreview_author_type = \"Robot\"\n", file: file)) {
            XCTAssertEqual($0 as? ConfigError, .invalidValue(file: file, key: "annotations.review_author_type", expected: "\"Organization\" or \"Person\""))
        }
        XCTAssertThrowsError(try AnnotationSettings(toml: "annotations = 1\n", file: file)) {
            XCTAssertEqual($0 as? ConfigError, .invalidValue(file: file, key: "annotations", expected: "a table ([annotations])"))
        }
    }

    func testLoadReadsTheReadersConfigFile() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("byline-annotation-settings-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let folder = home.appendingPathComponent("byline")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        XCTAssertEqual(try AnnotationSettings.load(environment: ["XDG_CONFIG_HOME": home.path]), AnnotationSettings())
        try "[annotations]\ncreator = \"Ana\"\n".write(to: folder.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try AnnotationSettings.load(environment: ["XDG_CONFIG_HOME": home.path]).creator?.name, "Ana")
    }
}
