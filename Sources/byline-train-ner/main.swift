import BylineCore
import Foundation

/// Trains the entity model from CoNLL-format data and writes the bundled weights.
///
///   swift run -c release byline-train-ner TRAIN.txt [--dev DEV.txt] [--epochs N] [--bits B]
///       [--out Sources/BylineCore/Resources/NER/model.bin]
///
/// Gazetteers and word classes are read from Sources/BylineCore/Resources/NER (or --resources),
/// the same files the model ships with.
struct Arguments {
    var train = ""
    var dev: String?
    var epochs = 12
    var bits = 18
    var out = "Sources/BylineCore/Resources/NER/model.bin"
    var resources = "Sources/BylineCore/Resources/NER"

    init(_ argv: [String]) {
        var it = argv.dropFirst().makeIterator()
        while let a = it.next() {
            switch a {
            case "--dev": dev = it.next()
            case "--epochs": epochs = Int(it.next() ?? "") ?? epochs
            case "--bits": bits = Int(it.next() ?? "") ?? bits
            case "--out": out = it.next() ?? out
            case "--resources": resources = it.next() ?? resources
            case "-h", "--help":
                print("usage: byline-train-ner TRAIN.txt [--dev DEV.txt] [--epochs N] [--bits B] [--out FILE] [--resources DIR]")
                exit(0)
            default: train = a
            }
        }
    }
}

func standardError(_ s: String) { FileHandle.standardError.write((s + "\n").data(using: .utf8)!) }

let args = Arguments(CommandLine.arguments)
guard !args.train.isEmpty else {
    standardError("byline-train-ner: give the CoNLL training file (see --help)")
    exit(2)
}
do {
    let resources = try EntityResources.load(from: URL(fileURLWithPath: args.resources))
    let trainDocs = LabeledCorpus.parseCoNLL(try String(contentsOfFile: args.train, encoding: .utf8))
    print("training documents: \(trainDocs.count), gazetteer entries: \(resources.gazetteer.entryCount), word classes: \(resources.clusters.count)")
    let trainer = EntityTrainer(labels: ["PER", "ORG", "LOC", "MISC"], resources: resources,
                                options: .init(epochs: args.epochs, bucketBits: args.bits))
    let started = Date()
    let (model, alignment) = trainer.train(trainDocs) { print($0) }
    print("gold spans: \(alignment.spans), not aligned with tokens: \(alignment.misaligned)")
    print(String(format: "trained in %.1f s", Date().timeIntervalSince(started)))
    let bytes = EntityModelFile.encode(model)
    try Data(bytes).write(to: URL(fileURLWithPath: args.out))
    print("wrote \(args.out): \(bytes.count) bytes")
    if let dev = args.dev {
        let devDocs = LabeledCorpus.parseCoNLL(try String(contentsOfFile: dev, encoding: .utf8))
        let reloaded = try EntityModelFile.decode(bytes)
        let eval = EntityEvaluation(model: reloaded, resources: resources, documents: devDocs)
        for label in reloaded.tags.labels {
            let c = eval.byLabel[label] ?? .init()
            print(String(format: "dev %@: precision %.4f recall %.4f f1 %.4f", label, c.precision, c.recall, c.f1))
        }
        print(String(format: "dev f1 (4 labels): %.4f   dev f1 (without MISC): %.4f",
                     eval.overall.f1, eval.overall(excluding: "MISC").f1))
    }
} catch {
    standardError("byline-train-ner: \(error)")
    exit(1)
}
