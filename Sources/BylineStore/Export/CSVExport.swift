/// Annotations as CSV rows for spreadsheets: one row each, tags joined with "; ".
public enum CSVExport {
    public static let header = ["id", "document", "verdict", "note", "tags", "quote", "start", "end", "created", "modified"]

    public static func render(_ annotations: [Annotation]) -> String {
        var writer = CSVWriter()
        writer.writeRow(header)
        for a in annotations {
            writer.writeRow([a.id.uuidString.lowercased(), a.documentID, a.verdict?.rawValue ?? "", a.note,
                             a.tags.joined(separator: "; "), a.anchor.exact, String(a.anchor.start), String(a.anchor.end),
                             Timestamp.format(a.created), Timestamp.format(a.modified)])
        }
        return writer.output
    }
}
