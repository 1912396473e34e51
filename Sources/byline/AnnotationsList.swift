import ArgumentParser
import BylineCore
import BylineStore
import Foundation

/// `byline annotations list [FILE]`: the annotations grouped by article (a heading with its
/// title and path), one indented line each; with FILE, where each stands in the current text
/// and how it was found, orphans last. Quotes, notes and tags may come from someone else's
/// export, so each is printed through `SafeText`.
struct AnnotationsList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List annotations (of FILE, or all, by article).")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var web: WebOptions

    @Argument(help: "An article (a file, or a URL, fetched): list its annotations, re-attached to its current text.")
    var file: String?

    mutating func run() throws {
        let store = try storeOptions.open(access: .read)
        guard let file else {
            let groups = try ArticleGroups(store: store)
            if groups.isEmpty { print("no annotations in \(SafeText.echo(store.path))") }
            for group in groups.groups {
                print(Self.heading(title: group.title, path: group.path))
                for a in group.annotations {
                    print("  " + Self.line(a, place: a.anchor.isPlaced ? "\(a.anchor.start)-\(a.anchor.end)" : "unplaced"))
                }
            }
            return
        }
        let article = try AnnotatedArticle(path: file, input: ArticleInput(web: web))
        let located = try store.locate(in: article.text, documentID: article.id, path: article.record.path)
        if located.attached.isEmpty && located.orphans.isEmpty {
            print("no annotations on \(SafeText.echo(file))")
            return
        }
        print(Self.heading(title: article.heading, path: article.record.path ?? file))
        for item in located.attached {
            let r = item.resolution
            var how = r.method.rawValue
            if r.method == .fuzzy { how += " \(Int((r.similarity * 100).rounded()))%" }
            print("  " + Self.line(item.annotation, place: "\(r.range.lowerBound)-\(r.range.upperBound) (\(how))"))
        }
        for a in located.orphans { print("  " + Self.line(a, place: "orphan")) }
    }

    static func heading(title: String, path: String?) -> String {
        var out = SafeText.line(title, limit: 80)
        if let path, path != title { out += "  (\(SafeText.echo(path)))" }
        return out
    }

    static func line(_ a: Annotation, place: String) -> String {
        let id = String(a.id.uuidString.lowercased().prefix(8))
        let quote = SafeText.line(a.anchor.exact, limit: 60)
        var out = "\(id)  \(place)  \(a.verdict?.rawValue ?? "-")  \"\(quote)\""
        if !a.note.isEmpty { out += "  — " + SafeText.line(a.note) }
        if !a.tags.isEmpty { out += "  " + a.tags.map { "#" + SafeText.line($0) }.joined(separator: " ") }
        return out
    }
}
