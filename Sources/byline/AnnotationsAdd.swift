import ArgumentParser
import BylineCore
import BylineStore
import Foundation

/// `byline annotations add FILE …`: annotates a passage without the reader, for scripts and
/// tests. Prints the new annotation's id once it is committed.
struct AnnotationsAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Annotate a claim, a quote, a sentence or a range of FILE.",
        discussion: """
        Say what to annotate with exactly one of --claim ID (a claim of the analysis), --quote TEXT
        (its first occurrence, or --occurrence N), --sentence N (1-based) or --range START:END
        (scalar offsets). Verdicts: supported, disputed, false, misleading, unverifiable, needs-context.
        """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var web: WebOptions

    @Argument(help: "The article: a file, or a URL (fetched).")
    var file: String

    @Option(help: "A claim id of the analysis, such as C1.")
    var claim: String?

    @Option(help: "The exact text to annotate.")
    var quote: String?

    @Option(help: "Which occurrence of --quote (1-based).")
    var occurrence: Int = 1

    @Option(help: "A sentence number (1-based).")
    var sentence: Int?

    @Option(help: "Scalar offsets START:END.")
    var range: String?

    @Option(help: "supported, disputed, false, misleading, unverifiable or needs-context.")
    var verdict: String?

    @Option(help: "Why: the note.")
    var note: String = ""

    @Option(name: .customLong("tag"), help: "A tag (repeatable).")
    var tags: [String] = []

    mutating func run() throws {
        var parsedVerdict: Verdict?
        if let verdict {
            guard let v = Verdict(word: verdict) else { throw ValidationError("unknown verdict \(SafeText.echo(verdict))") }
            parsedVerdict = v
        }
        let draft = AnnotationDraft(verdict: parsedVerdict, note: note, tags: tags)
        guard !draft.isEmpty else { throw ValidationError("give a --verdict, a --note or a --tag") }
        let article = try AnnotatedArticle(path: file, input: ArticleInput(web: web))
        let target = try targetRange(article)
        let store = try storeOptions.open()
        let saved = try store.add(draft, anchor: TextAnchor(range: target, in: article.text), document: article.record)
        print(saved.id.uuidString.lowercased())
    }

    private func targetRange(_ article: AnnotatedArticle) throws -> Range<Int> {
        let given = [claim != nil, quote != nil, sentence != nil, range != nil].filter { $0 }.count
        guard given == 1 else { throw ValidationError("give exactly one of --claim, --quote, --sentence, --range") }
        let passage: Passage
        if let claim {
            passage = .claim(claim)
        } else if let quote {
            passage = .quote(quote, occurrence: occurrence)
        } else if let sentence {
            passage = .sentence(sentence)
        } else {
            passage = .offsets(range ?? "")
        }
        do {
            return try passage.range(in: article.document)
        } catch {
            throw ValidationError("\(error)")
        }
    }
}
