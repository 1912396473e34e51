import BylineCore

/// A passage of an article named the way a script names it: a claim of the analysis, an
/// occurrence of an exact quote, a sentence, or scalar offsets. It lives beside the anchors so
/// that naming a passage and finding it again use the same exact search.
public enum Passage: Sendable, Equatable {
    /// A claim id of the analysis ("C3"), in any case.
    case claim(String)
    /// The `occurrence`-th (1-based) occurrence of the exact text.
    case quote(String, occurrence: Int)
    /// A sentence, 1-based.
    case sentence(Int)
    /// Scalar offsets written "START:END", end exclusive.
    case offsets(String)

    /// Why a passage cannot be found in an article, in words for the user.
    public struct NotFound: Error, Sendable, Equatable, CustomStringConvertible {
        public let description: String
    }

    /// The passage's scalar range in `document`: never empty, always inside the text.
    public func range(in document: Document) throws(NotFound) -> Range<Int> {
        let range = try locate(in: document)
        guard !range.isEmpty else { throw NotFound(description: "the passage to annotate is empty") }
        return range
    }

    private func locate(in document: Document) throws(NotFound) -> Range<Int> {
        switch self {
        case .claim(let id):
            let claims = Analyzer().analyze(document).claims
            guard let claim = claims.first(where: { $0.id.caseInsensitiveCompare(id) == .orderedSame }) else {
                let ids = claims.map(\.id)
                let known = ids.isEmpty ? "none" : ids.count <= 6 ? ids.joined(separator: ", ") : "\(ids[0])…\(ids[ids.count - 1])"
                throw NotFound(description: "no claim \(id): the analysis found \(ids.count) claims (\(known))")
            }
            return claim.span.range
        case .quote(let quote, let occurrence):
            let needle = Array(quote.unicodeScalars)
            let hits = ScalarSearch.occurrences(of: needle, in: document.text.scalars, limit: max(occurrence, 0))
            guard occurrence >= 1, occurrence <= hits.count else {
                let total = ScalarSearch.occurrences(of: needle, in: document.text.scalars, limit: .max).count
                throw NotFound(description: "the quote occurs \(total) time(s), not \(occurrence)")
            }
            let at = hits[occurrence - 1]
            return at..<(at + needle.count)
        case .sentence(let n):
            let all = document.sentences
            guard n >= 1, n <= all.count else { throw NotFound(description: "the article has \(all.count) sentences") }
            return all[n - 1].start..<all[n - 1].end
        case .offsets(let text):
            let length = document.length
            let parts = text.split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
            guard parts.count == 2, let start = parts[0], let end = parts[1], start >= 0, start < end, end <= length else {
                throw NotFound(description: "the range must be START:END within 0…\(length)")
            }
            return start..<end
        }
    }
}
