import BylineCore
import BylineStore

/// An annotation just saved on a claim that other articles report too, and those reports:
/// the status line offers to copy it onto them, and `c` accepts.
public struct CopyOffer: Equatable, Sendable {
    public var annotation: Annotation
    public var reports: [ClaimReport]

    public init(annotation: Annotation, reports: [ClaimReport]) {
        self.annotation = annotation
        self.reports = reports
    }
}

extension Action {
    /// The one key the copy offer survives: every other key withdraws it.
    var acceptsCopyOffer: Bool {
        if case .copyToOtherReports = self { return true }
        return false
    }
}

/// The reader's part in "an annotation on one report of a claim is offered on the others":
/// after a save on a claim, ask the store for the claim's other reports; if there are some,
/// offer them on the status line; `c` copies; the store says how many it added.
extension ReaderState {
    func findOtherReports(article n: Int, claimID: String, _ annotation: Annotation) -> [Effect] {
        guard let analysis = articles[safe: n]?.analysis, let claim = analysis.claims.first(where: { $0.id == claimID }) else { return [] }
        return [.findOtherReports(article: n, documentID: analysis.document.id, range: claim.span.range, annotation)]
    }

    mutating func offerOtherReports(article n: Int, _ annotation: Annotation, _ reports: [ClaimReport]) {
        guard !reports.isEmpty, n == current, editorSession == nil else { return }
        copyOffer = CopyOffer(annotation: annotation, reports: reports)
        var outlets: [String] = []
        for r in reports where !outlets.contains(r.outlet) { outlets.append(r.outlet) }
        let named = outlets.prefix(3).map { SafeText.line($0, limit: 24) }.joined(separator: ", ") + (outlets.count > 3 ? ", …" : "")
        let count = reports.count == 1 ? "1 other article reports" : "\(reports.count) other articles report"
        message = "Saved. \(count) this claim (\(named)): c copies the annotation to them"
    }

    mutating func copyToOtherReports() -> [Effect] {
        guard let offer = copyOffer else {
            message = "Nothing to copy: c follows saving an annotation on a claim other articles report"
            return []
        }
        copyOffer = nil
        message = "Copying to \(offer.reports.count) other report\(offer.reports.count == 1 ? "" : "s")…"
        return [.copyAnnotation(offer.annotation, to: offer.reports)]
    }

    mutating func annotationCopied(_ count: Int) {
        message = count == 0 ? "Those reports already had this annotation"
            : "Copied to \(count) other report\(count == 1 ? "" : "s") of the claim"
    }
}

extension AnnotationBackend {
    /// Without a claim index there are no other reports.
    public func findOtherReports(article: Int, documentID: String, range: Range<Int>, _ annotation: Annotation) {}
    public func copy(_ annotation: Annotation, to reports: [ClaimReport]) {}
}
