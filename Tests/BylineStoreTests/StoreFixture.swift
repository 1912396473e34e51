import BylineCore
import BylineStore
import Foundation
import XCTest

/// A store in a fresh temporary folder with a clock that ticks one second per reading, and a
/// small article of our own to annotate.
final class StoreFixture {
    let folder: String
    let path: String
    let text: ScalarText
    let document: DocumentRecord

    static let article = """
        Harbour town votes on sea wall

        The council approved a sea wall costing 40 million pounds on Tuesday, the mayor said.
        Critics said the wall would harm the beach. “It will protect four thousand homes,” said Mayor Jo Lind.

        Tourism fell by 12 percent last year, according to the regional office.
        """

    init() throws {
        folder = NSTemporaryDirectory() + "byline-store-tests-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        path = folder + "/annotations.sqlite"
        text = ScalarText(Self.article)
        document = DocumentRecord(id: DocumentID.of(Self.article), path: "/articles/harbour.txt", title: "Harbour town votes on sea wall",
                                  length: text.count)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    /// A clock starting at 2026-01-01T00:00:00Z and moving one second per call.
    static func tickingClock() -> StoreClock {
        let counter = Counter()
        return StoreClock { Date(timeIntervalSince1970: 1_767_225_600 + Double(counter.next())) }
    }

    func open(clock: StoreClock = StoreFixture.tickingClock()) throws -> AnnotationStore {
        try AnnotationStore(path: path, clock: clock)
    }

    /// The anchor of the first occurrence of `quote` in the article.
    func anchor(_ quote: String) -> TextAnchor {
        let hay = text.scalars, needle = Array(quote.unicodeScalars)
        for i in 0...(hay.count - needle.count) where hay[i..<(i + needle.count)].elementsEqual(needle) {
            return TextAnchor(range: i..<(i + needle.count), in: text)
        }
        XCTFail("quote not in the article: \(quote)")
        return TextAnchor(exact: quote, prefix: "", suffix: "", start: 0, end: 0)
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int { lock.lock(); defer { lock.unlock() }; value += 1; return value }
}
