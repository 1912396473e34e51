import ArgumentParser
import BylineFetch

/// `--offline`, `--timeout` and `--max-page-size`, shared by every command that may fetch a URL.
struct WebOptions: ParsableArguments {
    @Flag(name: .long, help: "Never use the network: URLs are refused with a message (saved pages still open).")
    var offline = false

    @Option(name: .long, help: ArgumentHelp("Seconds a fetch may take, redirects included.", valueName: "seconds"))
    var timeout: Double = FetchOptions.defaultTimeout

    @Option(name: .customLong("max-page-size"), help: ArgumentHelp(
        "Largest page to download, in bytes or with K or M.", valueName: "size"))
    var maxPageSize: ByteSize = ByteSize(bytes: FetchOptions.defaultMaxBytes)

    func validate() throws {
        guard timeout > 0 else { throw ValidationError("--timeout must be more than 0 seconds") }
        guard maxPageSize.bytes > 0 else { throw ValidationError("--max-page-size must be more than 0") }
    }

    var fetcher: PageFetcher {
        PageFetcher(options: FetchOptions(offline: offline, timeout: timeout, maxBytes: maxPageSize.bytes,
                                          userAgent: FetchOptions.userAgent(version: Byline.configuration.version)))
    }
}

/// A size typed as 1048576, 512K or 32M.
struct ByteSize: ExpressibleByArgument {
    let bytes: Int

    init(bytes: Int) { self.bytes = bytes }

    init?(argument: String) {
        let units: [Character: Int] = ["K": 1024, "M": 1_048_576, "G": 1_073_741_824]
        var digits = Substring(argument.uppercased())
        var unit = 1
        if digits.hasSuffix("B") { digits = digits.dropLast() }
        if digits.hasSuffix("I") { digits = digits.dropLast() }
        if let last = digits.last, let u = units[last] {
            unit = u
            digits = digits.dropLast()
        }
        guard let n = Int(digits), n >= 0, n <= Int.max / unit else { return nil }
        bytes = n * unit
    }

    var defaultValueDescription: String {
        if bytes > 0, bytes % 1_048_576 == 0 { return "\(bytes / 1_048_576)M" }
        if bytes > 0, bytes % 1024 == 0 { return "\(bytes / 1024)K" }
        return "\(bytes)"
    }
}
