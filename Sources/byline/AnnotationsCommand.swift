import ArgumentParser

/// `byline annotations …`: the annotation store from the command line, for scripts, reports
/// and moving annotations between machines.
struct AnnotationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotations",
        abstract: "List, add, export and import claim annotations.",
        discussion: """
        Annotations live in an SQLite store: --store PATH, else $BYLINE_STORE, else
        $XDG_DATA_HOME/byline/annotations.sqlite (~/.local/share/byline/annotations.sqlite).
        Given a FILE, annotations made on an earlier version of it (same path), and imported ones \
        whose target names its path or URL, are re-attached to the current text; those that \
        cannot be are listed as orphans. Import reads W3C Web Annotations and Hypothesis exports; \
        export writes W3C JSON-LD, Hypothesis JSON, schema.org ClaimReview, Markdown or CSV.
        """,
        subcommands: [AnnotationsList.self, AnnotationsAdd.self, AnnotationsDelete.self, AnnotationsUndo.self,
                      AnnotationsExport.self, AnnotationsImport.self, StoreBenchCommand.self],
        defaultSubcommand: AnnotationsList.self
    )
}
