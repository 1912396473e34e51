import XCTest
@testable import BylineCore

/// The tagger sums a word's own (`local`) features once per local key and adds the
/// `context` ones per token, so the split must be exact: the two parts together are all of
/// a token's features, and tokens with one local key have the same local features.
/// Tagging must come out as summing every feature afresh would.
final class EntityFeaturePartsTests: XCTestCase {
    private let text = "WASHINGTON (Reuters) - The Secretary of State told the lawmakers on Tuesday that the "
        + "United Nations and the European Union would meet in New York. The Union said the meeting was "
        + "useful.\n\nTHE UNION SAYS THE NATIONS ARE SAFE IN NEW YORK\n\nIt is safe, said Dr. Anna O'Brien of the World Health Organization (WHO) "
        + "in Genève.\n\nThe Secretary said the Union and the Nations met in Genève and in New York, "
        + "and that Anna O'Brien of the WHO was there. The meeting was the Union's first."

    private func features(_ profile: TokenProfile, _ doc: Document, _ k: Int, _ sentence: Range<Int>,
                          _ parts: EntityFeatures.Parts) -> [UInt64] {
        var out: [UInt64] = []
        EntityFeatures.extract(profile, doc, token: k, sentence: sentence, parts: parts, into: &out)
        return out
    }

    func testLocalAndContextTogetherAreAllTheFeatures() throws {
        let resources = try EntityResources.bundled()
        let doc = Document(text)
        let profile = TokenProfile(doc, gazetteer: resources.gazetteer, clusters: resources.clusters)
        for sentence in doc.sentences {
            for k in sentence.tokens {
                let all = features(profile, doc, k, sentence.tokens, .all)
                let local = features(profile, doc, k, sentence.tokens, .local)
                let context = features(profile, doc, k, sentence.tokens, .context)
                XCTAssertEqual((local + context).sorted(), all.sorted(), "token \(k)")
                XCTAssertGreaterThanOrEqual(local.count, 8, "token \(k)")
                XCTAssertGreaterThanOrEqual(context.count, 14, "token \(k)")
            }
        }
    }

    func testEqualLocalKeysMeanEqualLocalFeatures() throws {
        let resources = try EntityResources.bundled()
        let doc = Document(text)
        let profile = TokenProfile(doc, gazetteer: resources.gazetteer, clusters: resources.clusters)
        XCTAssertTrue(EntityFeatures.hasLocalKeys(profile))
        var seen: [UInt32: [UInt64]] = [:]
        var repeats = 0
        for sentence in doc.sentences {
            for k in sentence.tokens {
                let key = EntityFeatures.localKey(profile, token: k)
                let local = features(profile, doc, k, sentence.tokens, .local)
                if let earlier = seen[key] {
                    XCTAssertEqual(local, earlier, "token \(k)")
                    repeats += 1
                } else {
                    seen[key] = local
                }
            }
        }
        XCTAssertGreaterThan(repeats, 20, "the text repeats words in the same places")
        XCTAssertEqual(Set(seen.keys.map { $0 & 3 }), [0, 1, 2, 3], "plain, headline, sentence start and both are all met")
    }

    func testTaggingMatchesScoringEveryFeatureAfresh() throws {
        let resources = try EntityResources.bundled()
        let model = try EntityResources.bundledModel()
        let tagger = EntityTagger(model: model)
        let doc = Document(text)
        let profile = TokenProfile(doc, gazetteer: resources.gazetteer, clusters: resources.clusters)
        let n = model.tags.count
        var expected: [EntityTagger.Span] = []
        for sentence in doc.sentences where !sentence.tokens.isEmpty {
            let r = sentence.tokens
            var scores = [Float](repeating: 0, count: r.count * n)
            for k in r {
                model.setScores(features(profile, doc, k, r, .all)[...], into: &scores, at: (k - r.lowerBound) * n)
            }
            let path = tagger.decoder.decode(scores: scores, length: r.count, transitions: model.transitions)
            for (range, label) in model.tags.decode(path) {
                expected.append(EntityTagger.Span(tokens: (range.lowerBound + r.lowerBound)..<(range.upperBound + r.lowerBound),
                                                  label: label))
            }
        }
        XCTAssertGreaterThan(expected.count, 8)
        XCTAssertEqual(tagger.tag(doc, profile: profile), expected)
    }
}
