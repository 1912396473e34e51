import BylineCore
import BylineStore
import Foundation

/// How `byline people` prints: a line per identity or quote for people, a JSON object per
/// line for scripts (fields documented in the README). Names and quotes come from articles,
/// so text output goes through `SafeText`; JSON escapes control characters itself.
enum PeopleOutput {
    static func line(_ person: PersonSummary) -> String {
        var name = SafeText.line(person.name, limit: 60)
        if person.kind != .person { name += " (\(person.kind.rawValue))" } else if let title = person.title { name += ", " + SafeText.line(title, limit: 60) }
        var outlets = person.outlets.map { SafeText.line($0, limit: 40) }.joined(separator: ", ")
        if person.outletCount > person.outlets.count { outlets += " +\(person.outletCount - person.outlets.count)" }
        return "\(person.quotes)".padded(7) + "\(person.articles)".padded(7) + Sparkline.render(person.spark) + "  " + name
            + (outlets.isEmpty ? "" : "  · " + outlets)
    }

    static func heading(_ person: PersonSummary) -> String {
        var name = SafeText.line(person.name, limit: 80)
        if let title = person.title { name += ", " + SafeText.line(title, limit: 80) }
        return "\(name): \(person.quotes) quote\(person.quotes == 1 ? "" : "s") in \(person.articles) article\(person.articles == 1 ? "" : "s")"
    }

    static func line(_ quote: PersonQuote) -> String {
        let date = quote.date.map(Timestamp.day) ?? "—"
        return date.padded(12) + SafeText.line(quote.outlet ?? "—", limit: 24).padded(26) + "“" + SafeText.line(quote.text, limit: 300) + "”"
    }

    struct PersonRecord: Encodable {
        var id: Int64
        var kind: String
        var name: String
        var title: String?
        var quotes: Int
        var articles: Int
        var outlets: [String]
        var outletCount: Int
        var spark: [Int]
    }

    struct QuoteRecord: Encodable {
        var person: String
        var personId: Int64
        var document: String
        var quote: String
        var start: Int
        var end: Int
        var date: String?
        var outlet: String?
        var said: String
        var text: String
    }

    static func json(_ person: PersonSummary) -> String {
        encode(PersonRecord(id: person.id, kind: person.kind.rawValue, name: person.name, title: person.title, quotes: person.quotes,
                            articles: person.articles, outlets: person.outlets, outletCount: person.outletCount, spark: person.spark))
    }

    static func json(_ quote: PersonQuote, person: PersonSummary) -> String {
        encode(QuoteRecord(person: person.name, personId: person.id, document: quote.documentID, quote: quote.quoteID,
                           start: quote.range.lowerBound, end: quote.range.upperBound, date: quote.date.map(Timestamp.day),
                           outlet: quote.outlet, said: quote.said, text: quote.text))
    }

    private static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
