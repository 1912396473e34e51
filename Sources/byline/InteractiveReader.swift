import ArgumentParser
import BylineCore
import BylineReader
import BylineTerminal
import Foundation

/// `byline FILE…` on a terminal: loads settings and articles, reports what cannot be read on
/// one line each, and hands the readable ones to the reader on the terminal.
enum InteractiveReader {
    static func run(paths: [String], themeOption: String?) throws {
        let settings: ReaderSettings
        do {
            settings = try ReaderSettings.load(themeOption: themeOption)
        } catch {
            StandardError.print("byline: \(error)")
            throw ExitCode(2)
        }
        var articles: [LoadedArticle] = []
        var failed = false
        for path in paths {
            do {
                let article = try ArticleLoader().load(path)
                article.warnings.forEach { StandardError.print("byline: \(path): \($0)") }
                articles.append(article)
            } catch {
                failed = true
                StandardError.print("byline: \(error)")
            }
        }
        guard !articles.isEmpty else { throw ExitCode(1) }
        var app = try ReaderLaunch.makeApp(articles: articles, config: settings.config)
        do {
            try TerminalRunner.run(&app, theme: settings.theme)
        } catch let error as TerminalError {
            if case .stoppedBySignal = error { throw ExitCode(error.exitStatus) }
            StandardError.print("byline: \(error)")
            throw ExitCode(1)
        }
        if failed { throw ExitCode(1) }
    }
}
