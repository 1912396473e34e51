import ArgumentParser
import BylineCore
import BylineReader
import BylineStore
import Foundation

/// `byline annotations export --format … [FILE] [-o OUT]`: the annotations of FILE (or all of
/// them) as W3C Web Annotation JSON-LD (an array, or an AnnotationCollection), a Hypothesis
/// export, schema.org ClaimReview, a fact-check report, or CSV. Creator and review author come
/// from the `[annotations]` table of the config file. JSON escapes every control; CSV is made
/// safe only when printed on a terminal.
struct AnnotationsExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export annotations as W3C JSON-LD, Hypothesis JSON, ClaimReview, Markdown or CSV.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case w3c, hypothesis, claimreview, markdown, csv
    }

    enum Container: String, ExpressibleByArgument, CaseIterable {
        case list, collection
    }

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .shortAndLong, help: "w3c (Web Annotation JSON-LD), hypothesis, claimreview (schema.org), markdown (a report) or csv.")
    var format: Format = .w3c

    @Option(help: "For w3c: a JSON array (list) or an AnnotationCollection with its first AnnotationPage (collection).")
    var container: Container = .list

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Argument(help: "An article: export only its annotations (and those of earlier versions at its path).")
    var file: String?

    func validate() throws {
        if container == .collection && format != .w3c { throw ValidationError("--container collection is for --format w3c") }
    }

    mutating func run() throws {
        // Only the exports that name a creator or a review author read the config's [annotations].
        let config = [.w3c, .hypothesis, .claimreview].contains(format) ? try AnnotationSettings.load() : AnnotationSettings()
        let store = try storeOptions.open(access: .read)
        let articles = try gather(store)
        let generator = ExportAgent.byline(version: Byline.configuration.version)
        let records = Dictionary(articles.compactMap { a in a.group.record.map { (a.group.documentID, $0) } }, uniquingKeysWith: { a, _ in a })
        let all = articles.flatMap { $0.group.annotations + $0.orphans }
        let document: (Annotation) -> DocumentRecord? = { records[$0.documentID] }
        let text: String
        switch format {
        case .w3c:
            let writer = WebAnnotationWriter(generator: generator, creator: config.creator)
            text = container == .list ? writer.list(all, document: document)
                : writer.collection(all, label: file.map { "Byline annotations of \($0)" } ?? "Byline annotations", document: document)
        case .hypothesis:
            text = HypothesisFormat(client: generator).export(all, exportDate: Date(), user: config.creator?.id, document: document)
        case .claimreview:
            if config.reviewURL == nil {
                StandardError.print("byline: warning: no review_url in [annotations] of the config file; Google requires a ClaimReview url")
            }
            let items = try claimItems(articles, store: store)
            var url = config.reviewURL
            let reviewed = Set(items.map { $0.articleURL ?? $0.annotation.documentID })
            if url != nil, reviewed.count > 1 {
                StandardError.print("byline: warning: review_url names one review, and these verdicts are on \(reviewed.count) articles; it is left out (give FILE to export one article's)")
                url = nil
            }
            text = ClaimReviewExport(author: config.reviewAuthor, url: url).render(items)
        case .markdown:
            text = MarkdownReport.render(articles.map {
                MarkdownReport.Section(title: $0.group.title, documentID: $0.group.documentID, path: $0.group.path, annotations: $0.group.annotations,
                                       orphans: $0.orphans)
            })
        case .csv:
            text = CSVExport.render(all, forTerminal: output == nil && isatty(STDOUT_FILENO) != 0)
        }
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do { try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic) } catch {
            StandardError.print("byline: \(SafeText.echo(output)): cannot be written (\(error.localizedDescription))")
            throw ExitCode(1)
        }
    }

    /// One article's annotations: placed in its current text when it was read, else as stored.
    struct ArticleAnnotations {
        var group: ArticleGroups.Group
        var orphans: [Annotation] = []
        var article: AnnotatedArticle?
        var ranges: [UUID: Range<Int>] = [:]
    }

    private func gather(_ store: AnnotationStore) throws -> [ArticleAnnotations] {
        if let file {
            let article = try AnnotatedArticle(path: file)
            let located = try store.locate(in: article.text, documentID: article.id, path: article.record.path)
            var ranges: [UUID: Range<Int>] = [:]
            for item in located.attached { ranges[item.annotation.id] = item.resolution.range }
            let group = ArticleGroups.Group(documentID: article.id, record: article.record, title: article.heading, path: article.record.path,
                                            annotations: located.attached.map(\.annotation))
            return [ArticleAnnotations(group: group, orphans: located.orphans, article: article, ranges: ranges)]
        }
        return try ArticleGroups(store: store).groups.map { ArticleAnnotations(group: $0) }
    }

    /// The annotations with a verdict, each with its article analysed (read from its file when
    /// no FILE was given, never fetched; an article that cannot be read is named and left out).
    private func claimItems(_ articles: [ArticleAnnotations], store: AnnotationStore) throws -> [ClaimReviewExport.Item] {
        var items: [ClaimReviewExport.Item] = []
        for var entry in articles where (entry.group.annotations + entry.orphans).contains(where: { $0.verdict != nil }) {
            if entry.article == nil {
                guard let path = entry.group.path, case .path = DocumentSource.parse(path), let article = try? AnnotatedArticle(path: path) else {
                    let name = SafeText.echo(entry.group.path ?? entry.group.documentID)
                    StandardError.print("byline: warning: \(name): not a file that can be read (give a web article as FILE); its verdicts are left out")
                    continue
                }
                let located = try store.locate(in: article.text, documentID: article.id, path: article.record.path)
                entry.group.annotations = located.attached.map(\.annotation)
                entry.orphans = located.orphans
                for item in located.attached { entry.ranges[item.annotation.id] = item.resolution.range }
                entry.article = article
            }
            guard let article = entry.article else { continue }
            let analysis = Analyzer().analyze(article.document)
            let url = article.record.path.flatMap { path -> String? in
                if case .url = DocumentSource.parse(path) { return path }
                return nil
            }
            for a in entry.orphans where a.verdict != nil {
                let quote = SafeText.line(a.anchor.exact, limit: 40)
                StandardError.print("byline: warning: \(String(a.id.uuidString.lowercased().prefix(8))) \"\(quote)\" is not in the current text of \(SafeText.echo(entry.group.path ?? entry.group.title)): its verdict is left out")
            }
            for a in entry.group.annotations where a.verdict != nil {
                guard let range = entry.ranges[a.id] else { continue }
                items.append(ClaimReviewExport.Item(annotation: a, range: range, analysis: analysis, articleURL: url))
            }
        }
        return items
    }
}
