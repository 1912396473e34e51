import BylineCore
import BylineStore

/// One opened article as the reader sees it: the raw text (shared), the analysis once it has
/// arrived, annotations, and where the user is in it. Each article keeps its own position, so
/// J/K and the list bring the user back where they were.
public struct ArticleState: Sendable {
    public let text: ArticleText
    /// The analysis and its indexes; nil while analysis runs in the background.
    public private(set) var index: AnalysisIndex?
    /// Sentences, for keeping the top sentence on top across resizes; nil until analysed.
    public private(set) var document: Document?
    /// Where analysis is: shown in the status bar.
    public var progress: AnalysisProgress = .waiting
    /// Annotations by claim id.
    public var annotations: [String: ClaimAnnotationSummary] = [:]
    /// All annotations the store found in this text, on claims or not (the list's count).
    public var annotationCount = 0
    /// Every stored annotation placed in this text, in text order: gutter badges, `Enter`.
    public var placements: [AnnotationPlacement] = []
    /// Stored annotations of an earlier version of this file that could not be placed in it.
    public var orphanAnnotations: [Annotation] = []
    /// Scalar offset of the start of the body's top line: the position survives rewrapping.
    public var top = 0
    public var cursors: [Pane: PaneCursor] = [:]
    public var mark: Mark?
    /// Speaker key whose quotes stay bright while everything else is dimmed.
    public var speakerFilter: String?
    public var quotesGroupedBySpeaker = false

    public init(text: ArticleText, analysis: Analysis? = nil, document: Document? = nil) {
        self.text = text
        if let analysis { setAnalysis(analysis, document: document) }
    }

    public var analysis: Analysis? { index?.analysis }

    public mutating func setAnalysis(_ analysis: Analysis, document: Document?) {
        index = AnalysisIndex(analysis)
        self.document = document
        progress = .done
    }

    /// The page's title, else the headline the analysis found, else the file name.
    public var title: String {
        if let t = text.pageMetadata?.title, !t.isEmpty { return t }
        if let t = analysis?.document.title, !t.isEmpty { return t }
        return text.fileName
    }

    /// The authors the page names, else the byline the analysis found.
    public var authors: [String] {
        if let byline = text.pageMetadata?.byline, !byline.isEmpty { return byline }
        return analysis?.document.byline ?? []
    }

    /// The site's name, else its publisher, else the publisher the analysis found.
    public var site: String? {
        for name in [text.pageMetadata?.site, text.pageMetadata?.publisher, analysis?.document.publisher] {
            if let name, !name.isEmpty { return name }
        }
        return nil
    }

    /// The publication date (the day of an ISO 8601 time), when the page gives one.
    public var date: String? {
        guard let p = text.pageMetadata?.published, !p.isEmpty else { return nil }
        return p.count > 10 && p.unicodeScalars.prefix(10).allSatisfy({ $0 == "-" || ("0"..."9").contains($0) }) ? String(p.prefix(10)) : p
    }

    /// True when `query` is in the title, the site or an author's name (the list's `/`).
    func matchesListFilter(_ query: String) -> Bool {
        ([title, site ?? ""] + authors).contains { TextSearch.contains(query, in: $0) }
    }

    /// The cursor of a side pane; before any move, the first selectable row.
    public func cursor(_ pane: Pane) -> PaneCursor {
        cursors[pane] ?? PaneCursor(selected: rows(pane).firstIndex { $0.isSelectable } ?? 0)
    }

    public func rows(_ pane: Pane) -> [PaneRow] {
        index?.rows(pane, groupedBySpeaker: quotesGroupedBySpeaker) ?? []
    }

    /// The annotation summary of claim `c`, if it has one.
    public func annotation(ofClaim c: Int) -> ClaimAnnotationSummary? {
        guard let claim = analysis?.claims[c] else { return nil }
        return annotations[claim.id]
    }
}

/// Background analysis of one article, as the status bar reports it.
public enum AnalysisProgress: Equatable, Sendable {
    case waiting
    /// Splitting into paragraphs, sentences and tokens.
    case structuring
    /// Running the analysis stages.
    case analysing
    case done
}
