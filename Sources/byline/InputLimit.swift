import ArgumentParser
import BylineCore

/// `--max-bytes`: how much of one input is read before it is refused. Reading stops at the
/// limit, so an endless source (`/dev/zero`, `yes |`, a FIFO) costs at most that much memory.
struct InputLimit: ParsableArguments {
    @Option(name: .customLong("max-bytes"), help: ArgumentHelp(
        "Refuse an input larger than this many bytes; reading stops there (default 256 MiB).",
        valueName: "bytes"))
    var maxBytes: Int = ArticleLoader.defaultMaxBytes

    func validate() throws {
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be a positive number of bytes") }
        guard maxBytes <= ArticleLoader.maxBytesLimit else {
            throw ValidationError("--max-bytes can be at most \(ArticleLoader.maxBytesLimit) (512 MiB - 1)")
        }
    }
}
