import XCTest
@testable import BylineCore

/// The tagger's fixed feature buffer must receive exactly the features the trainer's array
/// does, token for token, or tagging would drift from training.
final class FeatureBufferTests: XCTestCase {
    func testBufferAndArrayGetTheSameFeatures() throws {
        let resources = try EntityResources.bundled()
        let doc = Document("WASHINGTON (Reuters) - Secretary of State Antony Blinken told U.S. lawmakers on Tuesday "
            + "that the United Nations and the European Union would meet in New York.\n\nDOCTORS SAY IT IS SAFE, "
            + "said Dr. Anna O'Brien of the World Health Organization (WHO) in Genève.")
        let profile = TokenProfile(doc, gazetteer: resources.gazetteer, clusters: resources.clusters)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: FeatureBuffer.capacity) { block in
            var buffer = FeatureBuffer(block)
            for sentence in doc.sentences {
                for k in sentence.tokens {
                    var array: [UInt64] = []
                    EntityFeatures.extract(profile, doc, token: k, sentence: sentence.tokens, into: &array)
                    buffer.removeAll()
                    EntityFeatures.extract(profile, doc, token: k, sentence: sentence.tokens, into: &buffer)
                    XCTAssertEqual(Array(buffer.features), array, "token \(k)")
                    XCTAssertGreaterThanOrEqual(array.count, 20)
                }
            }
        }
    }
}
