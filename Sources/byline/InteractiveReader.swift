import ArgumentParser
import BylineCore
import BylineReader
import BylineStore
import BylineTerminal
import BylineWeb
import Foundation

/// `byline FILE…` on a terminal: loads settings and articles, reports what cannot be read on
/// one line each, and hands the readable ones to the reader on the terminal, with the
/// unreadable ones listed under them.
enum InteractiveReader {
    /// The theme and keys the reader starts with; a bad configuration is one line and exit 2.
    static func settings(themeOption: String?) throws -> ReaderSettings {
        do {
            return try ReaderSettings.load(themeOption: themeOption)
        } catch {
            StandardError.print("byline: \(error)")
            throw ExitCode(2)
        }
    }

    static func run(paths: [String], unreadable: [UnreadableInput], themeOption: String?, store: StoreOptions,
                    input: ArticleInput) throws {
        let settings = try InteractiveReader.settings(themeOption: themeOption)
        var articles: [LoadedArticle] = []
        var unreadable = unreadable
        for path in paths {
            do {
                let article = try EmptyStandardInput.check(input.load(path))
                StandardError.printWarnings(of: article)
                articles.append(article)
            } catch {
                unreadable.append(UnreadableInput(path: path, message: "\(error)"))
            }
        }
        // Printed before the screen is taken (and so still there after it is given back); the list shows them too.
        for bad in unreadable { StandardError.print("byline: \(bad.message)") }
        let failed = !unreadable.isEmpty
        guard !articles.isEmpty else {
            // A lone standard input's own line says it all ("standard input is empty").
            if paths != ["-"] || unreadable.count != 1 { StandardError.print("byline: nothing to read") }
            throw ExitCode(1)
        }
        var app = ReaderApp(articles: articles, unreadable: unreadable, keymap: settings.keymap,
                            annotations: openAnnotations(store), pages: LinkFetcher(input: input))
        do {
            if DebugCrashApp<ReaderApp>.isRequested {
                var crashing = DebugCrashApp(base: app)
                try TerminalRunner.run(&crashing, theme: settings.theme)
            } else {
                try TerminalRunner.run(&app, theme: settings.theme)
            }
        } catch let error as TerminalError {
            if case .stoppedBySignal = error { throw ExitCode(error.exitStatus) }
            StandardError.print("byline: \(error)")
            throw ExitCode(1)
        }
        if failed { throw ExitCode(1) }
    }

    /// Annotating needs the store; a store that cannot be opened only turns annotating off.
    private static func openAnnotations(_ store: StoreOptions) -> AnnotationBackend? {
        do {
            return StoreAnnotationBackend(store: try store.open())
        } catch {
            StandardError.print("byline: annotations are off: \(error)")
            return nil
        }
    }
}
