import BylineCore
import BylineStore

/// The store's claim index behind the copy offer, on the annotation queue, so a look-up runs
/// after the save it follows.
extension StoreAnnotationBackend {
    public func findOtherReports(article: Int, documentID: String, range: Range<Int>, _ annotation: Annotation) {
        run { store in
            guard let found = try ClaimIndex(store: store).otherReports(documentID: documentID, range: range) else { return [] }
            return [.otherReportsFound(article: article, annotation, found.reports)]
        }
    }

    public func copy(_ annotation: Annotation, to reports: [ClaimReport]) {
        run { store in [.annotationCopied(count: try ClaimIndex(store: store).copy(annotation, to: reports))] }
    }
}
