import BylineCore

/// Annotations as CSV rows for spreadsheets: one row each, tags joined with "; ", start and end
/// empty for a quote not yet placed. Faithful by default (a file keeps every character);
/// `forTerminal` passes each field through `SafeText` for a CSV printed on a screen.
public enum CSVExport {
    public static let header = ["id", "document", "verdict", "note", "tags", "quote", "start", "end", "created", "modified"]

    public static func render(_ annotations: [Annotation], forTerminal: Bool = false) -> String {
        var writer = CSVWriter()
        writer.writeRow(header)
        for a in annotations {
            let fields = [a.id.uuidString.lowercased(), a.documentID, a.verdict?.rawValue ?? "", a.note,
                          a.tags.joined(separator: "; "), a.anchor.exact,
                          a.anchor.isPlaced ? String(a.anchor.start) : "", a.anchor.isPlaced ? String(a.anchor.end) : "",
                          Timestamp.format(a.created), Timestamp.format(a.modified)]
            writer.writeRow(forTerminal ? fields.map { SafeText.lines($0) } : fields)
        }
        return writer.output
    }
}
