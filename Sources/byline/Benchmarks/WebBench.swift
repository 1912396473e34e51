import BylineWeb
import Foundation

/// `byline bench --html DIR`: the speed of article extraction alone (charset decoding,
/// parsing, scoring, writing the text), in MB of HTML per second over the saved pages in DIR
/// (.html, .htm, .html.gz; compressed pages are inflated before timing), then the time and
/// peak memory of one generated 20 MB page.
enum WebBench {
    static let largePageBytes = 20_000_000

    static func run(_ paths: [String], runs: Int) throws {
        var pages: [[UInt8]] = []
        for path in InputPaths.expand(paths) where WebArticleLoader.isPagePath(path) {
            guard let data = FileManager.default.contents(atPath: path),
                  let page = try? WebPage.pageBytes([UInt8](data), path: path) else { continue }
            pages.append(page)
        }
        if !pages.isEmpty {
            let bytes = pages.reduce(0) { $0 + $1.count }
            var best = Double.infinity, bestCPU = Double.infinity
            var characters = 0
            for _ in 0..<max(1, runs) {
                let start = ContinuousClock.now
                let cpu = ReaderBench.threadCPUSeconds()
                characters = 0
                for page in pages { characters += WebPage.extract(page).text.unicodeScalars.count }
                bestCPU = min(bestCPU, ReaderBench.threadCPUSeconds() - cpu)
                best = min(best, (ContinuousClock.now - start).seconds)
            }
            print("pages: \(pages.count)  HTML bytes: \(bytes)  extracted characters: \(characters)")
            print("extraction: \(fmt(best, 3)) s  \(fmt(Double(bytes) / 1e6 / best, 1)) MB/s wall clock; "
                + "thread CPU \(fmt(bestCPU, 3)) s  \(fmt(Double(bytes) / 1e6 / bestCPU, 1)) MB/s")
        }
        pages = []
        let large = largePage()
        let start = ContinuousClock.now
        let cpu = ReaderBench.threadCPUSeconds()
        let article = WebPage.extract(large)
        let cpuSeconds = ReaderBench.threadCPUSeconds() - cpu
        let seconds = (ContinuousClock.now - start).seconds
        print("generated page: \(large.count) bytes  \(fmt(seconds, 3)) s  \(fmt(Double(large.count) / 1e6 / seconds, 1)) MB/s"
            + " wall clock; thread CPU \(fmt(cpuSeconds, 3)) s  \(fmt(Double(large.count) / 1e6 / cpuSeconds, 1)) MB/s;"
            + "  extracted characters: \(article.text.unicodeScalars.count)")
        print("peak memory: \(fmt(PeakMemory.megabytes(), 1)) MB")
    }

    /// A 20 MB page: navigation, an article of many paragraphs with links, and a long
    /// comment section, in nested divisions.
    static func largePage() -> [UInt8] {
        var html = "<!doctype html><html><head><meta charset=utf-8><title>Large page | Bench</title></head><body>"
        html += "<nav class=menu><ul>" + String(repeating: "<li><a href=/s>Section</a></li>", count: 50) + "</ul></nav>"
        html += "<div class=page><article class=story><h1>Large page</h1>"
        let paragraph = "<p>The council said on Tuesday that the budget, which runs to <a href=/b>4.2 billion</a>, "
            + "would be published in full, according to a spokesperson, who added that “no decision” had been made.</p>\n"
        let comment = "<div class=comment><p class=author>reader</p><p>I disagree with this, strongly.</p></div>\n"
        var n = 0
        while html.utf8.count < largePageBytes {
            html += n % 5 == 4 ? comment : paragraph
            n += 1
        }
        html += "</article></div></body></html>"
        return Array(html.utf8)
    }
}
