import BylineCore
import BylineStore
import Foundation

/// How `byline claims` prints: groups and their reports as text for people, or one compact
/// JSON object per line with `--json`. Every name and sentence in text output goes through
/// `SafeText`, since articles are written by strangers.
enum ClaimsOutput {
    // MARK: text

    /// A group in a list: its id, how many articles and outlets, then each report in order.
    static func text(_ group: ClaimGroup, detailed: Bool = false) -> String {
        var lines = ["group \(group.id): \(group.articles) articles, \(group.outlets.count) outlets"
                     + (detailed ? "" : ": " + SafeText.line(group.headline, limit: 160))]
        for (n, r) in group.reports.enumerated() {
            let day = (r.published ?? r.firstSeen).map(Timestamp.day) ?? "undated   "
            let via = r.via.isEmpty ? "" : "  [via " + r.via.map { SafeText.line($0, limit: 60) }.joined(separator: " → ") + "]"
            if detailed {
                lines.append("  \(n + 1). \(day)  \(SafeText.line(r.outlet, limit: 40))  \(r.claimID)\(via)")
                if let title = r.title { lines.append("     " + SafeText.line(title, limit: 160)) }
                if let location = r.location { lines.append("     " + SafeText.line(location, limit: 200)) }
                lines.append("     “" + SafeText.line(r.text, limit: 400) + "”")
            } else {
                lines.append("  \(n + 1). \(day)  " + SafeText.line(r.outlet, limit: 40).padded(18) + r.claimID.padded(5)
                             + SafeText.line(r.text, limit: 100) + via)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// One claim of one article, for the ungrouped list.
    static func text(_ claim: Claim, in article: ClaimArticle) -> String {
        let via = ClaimReport.via(of: claim, in: article.analysis)
        let viaText = via.isEmpty ? "" : "  [via " + via.map { SafeText.line($0, limit: 60) }.joined(separator: " → ") + "]"
        return "  " + claim.id.padded(5) + String(format: "%.2f ", claim.score) + SafeText.line(claim.span.text, limit: 120) + viaText
    }

    static func heading(_ article: ClaimArticle) -> String {
        let title = article.analysis.document.title.map { SafeText.line($0, limit: 100) } ?? "(untitled)"
        return SafeText.line(article.outlet, limit: 40) + ": " + title + (article.location.map { "  " + SafeText.line($0, limit: 200) } ?? "")
    }

    static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    // MARK: JSON lines

    /// `{"group", "articles", "outlets", "claim", "reports": [...]}` on one line.
    static func json(_ group: ClaimGroup) -> String {
        var w = JSONWriter(pretty: false)
        w.beginObject()
        w.key("group"); w.int(group.id)
        w.key("articles"); w.int(group.articles)
        w.key("outlets"); w.stringArray(group.outlets)
        w.key("claim"); w.string(group.headline)
        w.key("reports")
        w.beginArray()
        for (n, r) in group.reports.enumerated() {
            w.beginObject()
            w.key("order"); w.int(n + 1)
            w.key("outlet"); w.string(r.outlet)
            w.key("document"); w.string(r.documentID)
            w.key("title"); w.string(r.title)
            w.key("location"); w.string(r.location)
            w.key("claim"); w.string(r.claimID)
            w.key("text"); w.string(r.text)
            w.key("start"); w.int(r.range.lowerBound)
            w.key("end"); w.int(r.range.upperBound)
            w.key("published"); w.string(r.published.map(iso))
            w.key("firstSeen"); w.string(r.firstSeen.map(iso))
            w.key("via"); w.stringArray(r.via)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.output
    }

    /// One claim of one article on one line.
    static func json(_ claim: Claim, in article: ClaimArticle) -> String {
        var w = JSONWriter(pretty: false)
        w.beginObject()
        w.key("outlet"); w.string(article.outlet)
        w.key("document"); w.string(article.analysis.document.id)
        w.key("title"); w.string(article.analysis.document.title)
        w.key("location"); w.string(article.location)
        w.key("claim"); w.string(claim.id)
        w.key("score"); w.double(claim.score)
        w.key("signals"); w.stringArray(claim.signals)
        w.key("text"); w.string(claim.span.text)
        w.key("start"); w.int(claim.span.start)
        w.key("end"); w.int(claim.span.end)
        w.key("via"); w.stringArray(ClaimReport.via(of: claim, in: article.analysis))
        w.endObject()
        return w.output
    }
}
