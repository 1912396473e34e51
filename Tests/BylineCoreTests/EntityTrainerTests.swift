import XCTest
@testable import BylineCore

/// The training command's engine on a tiny corpus written for this test.
final class EntityTrainerTests: XCTestCase {
    static let corpus = """
    -DOCSTART- -X- -X- O

    Alice B-PER
    Smith I-PER
    visited O
    Paris B-LOC
    . O

    Bob B-PER
    works O
    at O
    Acme B-ORG
    Corp I-ORG
    in O
    Berlin B-LOC
    . O

    -DOCSTART- -X- -X- O

    Carol B-PER
    Jones I-PER
    left O
    Acme B-ORG
    Corp I-ORG
    for O
    Rome B-LOC
    . O

    The O
    French B-MISC
    team O
    won O
    . O
    """

    func testTrainsAModelThatTagsItsTrainingDataAndSurvivesTheFile() throws {
        let docs = LabeledCorpus.parseCoNLL(EntityTrainerTests.corpus)
        XCTAssertEqual(docs.count, 2)
        let trainer = EntityTrainer(labels: ["PER", "ORG", "LOC", "MISC"], resources: EntityResources(),
                                    options: .init(epochs: 10, bucketBits: 12, seed: 1))
        let (model, alignment) = trainer.train(docs)
        XCTAssertEqual(alignment, EntityTrainer.Alignment(spans: 9, misaligned: 0))
        let evaluation = EntityEvaluation(model: model, resources: EntityResources(), documents: docs)
        XCTAssertEqual(evaluation.overall, EntityEvaluation.Counts(correct: 9, predicted: 9, gold: 9))

        let reloaded = try EntityModelFile.decode(EntityModelFile.encode(model))
        XCTAssertEqual(reloaded.tags, model.tags)
        XCTAssertEqual(reloaded.bucketBits, 12)
        XCTAssertEqual(reloaded.transitions, model.transitions)
        XCTAssertEqual(reloaded.weights, model.weights)
        XCTAssertEqual(reloaded.scale, model.scale)
        let again = EntityEvaluation(model: reloaded, resources: EntityResources(), documents: docs)
        XCTAssertEqual(again.overall, EntityEvaluation.Counts(correct: 9, predicted: 9, gold: 9))
    }

    func testTrainingIsDeterministic() {
        let docs = LabeledCorpus.parseCoNLL(EntityTrainerTests.corpus)
        let trainer = EntityTrainer(labels: ["PER", "ORG", "LOC", "MISC"], resources: EntityResources(),
                                    options: .init(epochs: 3, bucketBits: 10, seed: 5))
        XCTAssertEqual(trainer.train(docs).0.weights, trainer.train(docs).0.weights)
    }

    func testModelFileRejectsGarbage() {
        XCTAssertThrowsError(try EntityModelFile.decode(Array("not a model".utf8))) { error in
            XCTAssertEqual(error as? EntityModelFile.ReadError, .badMagic)
        }
        XCTAssertThrowsError(try EntityModelFile.decode(Array("BYLNER01".utf8) + [18, 0])) { error in
            XCTAssertEqual(error as? EntityModelFile.ReadError, .truncated)
        }
    }
}
