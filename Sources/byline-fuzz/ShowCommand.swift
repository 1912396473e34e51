import ArgumentParser
import BylineFuzz
import Foundation

/// `byline-fuzz show --seed S --case I`: writes the input of one case to standard output.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print the input of one case.")

    @Option var seed: UInt64
    @Option(name: .customLong("case")) var index: Int

    @Option(help: "The corpus the run started with (its seeds change the cases).")
    var corpus = "Tests/BylineFuzzTests/Corpus"

    func run() throws {
        let seeds = FuzzCorpus(folder: URL(fileURLWithPath: corpus)).inputs().map(\.bytes)
        FileHandle.standardOutput.write(Data(FuzzTextGenerator(seeds: seeds).input(seed: seed, case: index)))
    }
}
