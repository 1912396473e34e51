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
        Given a FILE, annotations made on an earlier version of it (same path) are re-attached
        to the current text; those that cannot be are listed as orphans.
        """,
        subcommands: [AnnotationsList.self, AnnotationsAdd.self, AnnotationsDelete.self, AnnotationsUndo.self,
                      AnnotationsExport.self, AnnotationsImport.self, StoreBenchCommand.self],
        defaultSubcommand: AnnotationsList.self
    )
}
