import BylineCore

/// Runs one fuzz input the way `byline analyze` does — decode the bytes, analyse, write JSON
/// and the text report — and returns the broken invariants. Bytes the decoder refuses as
/// binary (a NUL, say) are still analysed, decoded leniently, so that odd scalars reach the core.
public struct FuzzHarness: Sendable {
    let analyzer: Analyzer

    public init() { analyzer = Analyzer() }

    public func run(_ bytes: [UInt8]) -> (analysis: Analysis, violations: [String]) {
        let text: String
        if let article = try? TextDecoder.decode(bytes, path: "fuzz") {
            text = article.text
        } else {
            text = String(decoding: bytes, as: UTF8.self)
        }
        let analysis = analyzer.analyze(text, path: "fuzz")
        _ = TextReport.render(analysis)
        return (analysis, AnalysisInvariants.violations(of: analysis, text: text))
    }

    public func violations(_ bytes: [UInt8]) -> [String] { run(bytes).violations }
}
