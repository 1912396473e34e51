import XCTest
@testable import BylineCore

/// The lexicon files as data: they load, a missing one is an error, and no entry is
/// duplicated or shadowed by another.
final class LexiconTests: XCTestCase {
    private var dir: URL { Lexicon.bundledDirectory! }
    private var gazetteers: URL { EntityResources.bundledDirectory!.appendingPathComponent("gazetteers") }

    /// The entries of a lexicon file, with the line each stands on.
    private func entries(_ file: String) throws -> [(line: Int, fields: [String])] {
        let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { n, line in
            let t = line.trimmingCharacters(in: .whitespaces)
            return t.isEmpty || t.hasPrefix("#") ? nil : (n + 1, t.split(separator: "\t").map(String.init))
        }
    }

    func testBundledLexiconLoadsEveryClass() throws {
        let lexicon = try Lexicon.bundled()
        for c in WordClass.allCases {
            XCTAssertFalse(try entries("\(c.fileName).txt").isEmpty, c.fileName)
        }
        XCTAssertTrue(lexicon.contains("sources", .anonymousHead))
        XCTAssertTrue(lexicon.contains("the", .determiner))
        XCTAssertEqual(lexicon.cue("told"), CueLexicon.Entry(lemma: "tell", kind: .addressed))
        XCTAssertEqual(lexicon.cue("endorsed")?.stance, true)
        XCTAssertEqual(lexicon.phrasalCue("put", next: "it")?.kind, .weak)
        XCTAssertNil(lexicon.cue("put"))
        XCTAssertEqual(lexicon.pronouns["she"]?.gender, .female)
        XCTAssertEqual(lexicon.gender(ofWord: "spokeswoman"), .female)
        XCTAssertEqual(lexicon.gender(ofGivenName: "barack"), .male)
    }

    func testMissingFileIsAnErrorNotAnEmptyList() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: dir, to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }
        XCTAssertNoThrow(try Lexicon(directory: copy, gazetteers: gazetteers))
        try FileManager.default.removeItem(at: copy.appendingPathComponent("phrase-breakers.txt"))
        XCTAssertThrowsError(try Lexicon(directory: copy, gazetteers: gazetteers)) { error in
            XCTAssertEqual("\(error)", "lexicon file phrase-breakers.txt is missing")
        }
    }

    func testAMissingGazetteerIsAnErrorNotAnEmptyList() throws {
        let bundled = try XCTUnwrap(EntityResources.bundledDirectory)
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("ner-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: bundled, to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }
        XCTAssertNoThrow(try EntityResources.load(from: copy))
        try FileManager.default.removeItem(at: copy.appendingPathComponent("gazetteers/outlets.txt"))
        XCTAssertThrowsError(try EntityResources.load(from: copy))
    }

    func testMissingSpellingVariantsAreAnError() throws {
        let bundled = try XCTUnwrap(EntityResources.bundledDirectory)
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("ner-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: bundled, to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }
        XCTAssertFalse(try EntityResources.load(from: copy).spellings.isEmpty)
        try FileManager.default.removeItem(at: copy.appendingPathComponent("spelling-variants.tsv"))
        XCTAssertThrowsError(try EntityResources.load(from: copy))
    }

    func testMalformedRowIsAnError() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: dir, to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }
        try "said\tsay\n".write(to: copy.appendingPathComponent("cues.tsv"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Lexicon(directory: copy, gazetteers: gazetteers))
    }

    func testNoFileListsAnEntryTwice() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".tsv") }
        XCTAssertGreaterThan(files.count, WordClass.allCases.count)
        for file in files {
            var seen: [String: Int] = [:]
            for (line, fields) in try entries(file) {
                let key = fields[0]
                XCTAssertEqual(key, key.lowercased(), "\(file):\(line): entries are lowercase")
                if let first = seen[key] { XCTFail("\(file):\(line): “\(key)” repeats line \(first)") }
                seen[key] = line
            }
        }
    }

    /// A class that lists the same words as another is a parallel list: rules that mean the
    /// same words share one class.
    func testNoTwoClassesListTheSameWords() throws {
        var owner: [Set<String>: WordClass] = [:]
        for c in WordClass.allCases {
            let words = Set(try entries("\(c.fileName).txt").map { $0.fields[0] })
            if let first = owner[words] { XCTFail("\(c.fileName).txt lists the same words as \(first.fileName).txt") }
            owner[words] = c
        }
    }

    /// Every word file is read: a class of `WordClass` or the stance lemmas; and every class has a bit.
    func testEveryWordFileIsAClass() throws {
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") })
        let read = Set(WordClass.allCases.map { "\($0.fileName).txt" }).union(["stance-lemmas.txt"])
        XCTAssertEqual(files.subtracting(read).sorted(), [])
        XCTAssertEqual(read.count, WordClass.allCases.count + 1, "two classes share a file name")
        XCTAssertLessThanOrEqual(WordClass.allCases.count, UInt128.bitWidth)
        XCTAssertEqual(Set(WordClass.allCases.map(\.bit.rawValue)).count, WordClass.allCases.count)
    }

    /// Outlet names and titles are written once, in the gazetteers: a lexicon file that
    /// repeats a one-word gazetteer entry is a parallel list.
    func testClassesSharedWithTheGazettersDoNotRepeatThem() throws {
        let lexicon = try Lexicon.bundled()
        for (c, list) in Lexicon.gazetteerClasses {
            let text = try String(contentsOf: gazetteers.appendingPathComponent("\(list.fileName).txt"), encoding: .utf8)
            var fromGazetteer: Set<String> = []
            for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.contains(" ") {
                fromGazetteer.insert(line.lowercased().hasSuffix(".") ? String(line.lowercased().dropLast()) : line.lowercased())
            }
            XCTAssertFalse(fromGazetteer.isEmpty, list.fileName)
            for word in fromGazetteer { XCTAssertTrue(lexicon.contains(word, c), "\(word) from \(list.fileName)") }
            for (line, fields) in try entries("\(c.fileName).txt") {
                XCTAssertFalse(fromGazetteer.contains(fields[0]), "\(c.fileName).txt:\(line): “\(fields[0])” is in gazetteers/\(list.fileName).txt")
            }
        }
        XCTAssertTrue(lexicon.contains("reuters", .outletWord))
        XCTAssertTrue(lexicon.contains("sen", .title))
        XCTAssertTrue(lexicon.contains("pollster", .title))
    }

    /// A cue form listed under two lemmas or kinds is shadowed: only its first row counts.
    func testNoCueFormIsShadowed() throws {
        var kinds: Set<String> = []
        for (line, fields) in try entries("cues.tsv") {
            XCTAssertEqual(fields.count, 3, "cues.tsv:\(line)")
            XCTAssertNotNil(CueLexicon.Kind(name: fields[2]), "cues.tsv:\(line): unknown kind \(fields[2])")
            kinds.insert(fields[2])
        }
        XCTAssertEqual(kinds.count, CueLexicon.Kind.allCases.count)
        let lemmas = Set(try entries("cues.tsv").map { $0.fields[1] })
        for (line, fields) in try entries("stance-lemmas.txt") {
            XCTAssertTrue(lemmas.contains(fields[0]), "stance-lemmas.txt:\(line): “\(fields[0])” is no cue lemma")
        }
    }

    /// A word both male and female would be decided by whichever list is read first.
    func testGendersAreDisjoint() throws {
        for file in ["gendered-words.tsv", "given-names-gender.tsv"] {
            for (line, fields) in try entries(file) {
                XCTAssertTrue(["male", "female"].contains(fields[1]), "\(file):\(line)")
            }
        }
        let words = Set(try entries("gendered-words.tsv").map { $0.fields[0] })
        let names = Set(try entries("given-names-gender.tsv").map { $0.fields[0] })
        XCTAssertTrue(words.isDisjoint(with: names), "\(words.intersection(names).sorted())")
    }

    /// One lowercasing for every stage: the layer's lowercase word, classes and cue entry per token.
    func testLexicalLayerReadsEachTokenOnce() {
        let doc = Document("The Spokesperson SAID that Ärger grew.")
        let view = TokenView(doc)
        XCTAssertEqual((0..<doc.tokens.count).map { view.lower($0) }, ["the", "spokesperson", "said", "that", "ärger", "grew", ""])
        XCTAssertTrue(view.has(.determiner, at: 0))
        XCTAssertTrue(view.has(.personHead, at: 1))
        XCTAssertEqual(view.cue(2)?.lemma, "say")
        XCTAssertFalse(view.has(.determiner, at: 6))
        XCTAssertNil(view.cue(6))
    }

    /// The classes past the 64th bit and the entries with an apostrophe are flags of their tokens too.
    func testLexicalLayerFlagsEveryClass() {
        let doc = Document("She’s saying it's time to go, as reported by the Post.")
        let view = TokenView(doc)
        let words = (0..<doc.tokens.count).map { view.lower($0) }
        func at(_ w: String) -> Int { words.firstIndex(of: w)! }
        XCTAssertTrue(view.has(.progressiveAuxiliary, at: at("’s")))
        XCTAssertTrue(view.has(.progressiveAuxiliary, at: at("'s")))
        XCTAssertTrue(view.has(.infinitiveMarker, at: at("to")))
        XCTAssertTrue(view.has(.relayPreposition, at: at("to")))
        XCTAssertTrue(view.has(.reportedByLead, at: at("as")))
        XCTAssertTrue(view.has(.agentPreposition, at: at("by")))
        XCTAssertTrue(view.has(.article, at: at("the")))
        XCTAssertFalse(view.has(.indefiniteArticle, at: at("the")))
        XCTAssertFalse(view.has(.infinitiveMarker, at: (0..<doc.tokens.count).first { view.isComma($0) }!))
        XCTAssertFalse(view.has(.modal, at: doc.tokens.count))
    }

    /// The layer keeps, of the profile's gazetteer columns, exactly the single-word hits that
    /// attribution reads ("Russian" alone is a demonym; "New York" inside a longer entry is not a unit).
    func testLexicalLayerKeepsTheSingleWordGazetteerHits() {
        let doc = Document("A Russian official in New York and two Democrats said Reuters told the BBC.")
        let data = BundledEntityData.shared
        let profile = TokenProfile(doc, gazetteer: data.resources.gazetteer, clusters: data.resources.clusters)
        let layer = LexicalLayer(doc, profile: profile, lexicon: data.lexicon)
        let units = (0..<doc.tokens.count).map { profile.gazetteer[4 * $0 + 3] }
        XCTAssertTrue(units.contains { $0 != 0 }, "the sentence has single-word gazetteer entries")
        XCTAssertEqual((0..<doc.tokens.count).map { layer.unitGazetteerLists($0) }, units)
        XCTAssertEqual(layer.unitGazetteerLists(doc.tokens.count + 3), 0)
    }
}
