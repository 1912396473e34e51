import BylineStore
import Foundation

/// What the reader does after the editor took a key.
public enum EditorOutcome: Equatable, Sendable {
    /// Keep the editor open and redraw it.
    case editing
    /// Save this draft, then close the editor (say "saved" only once the store returned).
    case save(AnnotationDraft)
    /// Close without saving.
    case cancel
    /// Esc with unsaved changes: the editor now asks "discard?"; `y` or Esc again discards.
    case confirmDiscard
    /// Ctrl-X on an existing annotation: delete it (undoable with `u`), then close.
    case delete(UUID)
}

/// The inline annotation editor as a pure value: keys in, outcome out, no terminal. Three
/// fields — verdict (one key each), note (multi-line), tags — with Tab between them; the
/// focus moves only on Tab, Shift-Tab and the arrows, never by itself, so the hint line's
/// "Tab: note" is always true. Enter or Ctrl-S saves, Esc cancels (asking first if something
/// changed).
public struct AnnotationEditor: Equatable, Sendable {
    public enum Field: Equatable, Sendable { case verdict, note, tags }

    /// The annotation being edited, nil for a new one.
    public let annotationID: UUID?
    /// The passage being judged, shown as the editor's heading.
    public let quote: String
    public private(set) var verdict: Verdict?
    public private(set) var note: LineEditor
    public private(set) var tags: LineEditor
    public private(set) var focus: Field
    public private(set) var isConfirmingDiscard = false
    /// A one-line message for the person ("nothing to save yet").
    public private(set) var notice: String?
    private let original: AnnotationDraft

    /// A new annotation on `quote`; the verdict field has the focus.
    public init(quote: String) {
        self.annotationID = nil
        self.quote = quote
        self.verdict = nil
        self.note = LineEditor(multiline: true)
        self.tags = LineEditor()
        self.focus = .verdict
        self.original = AnnotationDraft(verdict: nil, note: "", tags: [])
    }

    /// Editing `existing`; the note has the focus, cursor at its end.
    public init(editing existing: Annotation) {
        self.annotationID = existing.id
        self.quote = existing.anchor.exact
        self.verdict = existing.verdict
        self.note = LineEditor(existing.note, multiline: true)
        self.tags = LineEditor(existing.tags.joined(separator: ", "))
        self.focus = .note
        self.original = AnnotationDraft(verdict: existing.verdict, note: existing.note, tags: existing.tags)
    }

    /// What would be saved now.
    public var draft: AnnotationDraft {
        AnnotationDraft(verdict: verdict, note: note.text.trimmingCharacters(in: .whitespacesAndNewlines), tags: Self.parseTags(tags.text))
    }

    /// True when saving now would change something.
    public var isDirty: Bool { draft != original }

    /// Tags are separated by commas or spaces; a leading "#" is dropped.
    public static func parseTags(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0.isWhitespace })
            .map { $0.hasPrefix("#") ? String($0.dropFirst()) : String($0) }
    }

    public mutating func handle(_ key: KeyEvent) -> EditorOutcome {
        notice = nil
        if isConfirmingDiscard {
            isConfirmingDiscard = false
            switch key {
            case .char("y"), .char("Y"), .escape: return .cancel
            default: return .editing
            }
        }
        switch key {
        case .escape:
            guard isDirty else { return .cancel }
            isConfirmingDiscard = true
            return .confirmDiscard
        case .ctrl("x"):
            guard let id = annotationID else { return .editing }
            return .delete(id)
        case .enter, .ctrl("s"):
            let d = draft
            guard !d.isEmpty else {
                notice = "Nothing to save: choose a verdict, write a note or add a tag."
                return .editing
            }
            return .save(d)
        case .tab:
            focus = focus == .verdict ? .note : focus == .note ? .tags : .verdict
        case .backTab:
            focus = focus == .verdict ? .tags : focus == .note ? .verdict : .note
        case .function(let n) where (1...Verdict.allCases.count).contains(n):
            verdict = Verdict.allCases[n - 1]
        case .function(let n) where n == Verdict.allCases.count + 1:
            verdict = nil
        default:
            switch focus {
            case .verdict: handleVerdictKey(key)
            case .note: handleNoteKey(key)
            case .tags: handleTagsKey(key)
            }
        }
        return .editing
    }

    private mutating func handleVerdictKey(_ key: KeyEvent) {
        let all = Verdict.allCases
        switch key {
        case .char(let c) where Verdict(key: c) != nil:
            verdict = Verdict(key: c)
        case .char("-"), .char("0"), .backspace, .delete:
            verdict = nil
        case .right:
            verdict = verdict.map { all[(all.firstIndex(of: $0)! + 1) % all.count] } ?? all[0]
        case .left:
            verdict = verdict.map { all[(all.firstIndex(of: $0)! + all.count - 1) % all.count] } ?? all[all.count - 1]
        case .down:
            focus = .note
        case .up:
            break
        case .char, .paste:
            // Focus moves only when the person moves it: say how, rather than guess.
            notice = "Here s d f m u c choose a verdict: Tab moves to the note."
        default:
            break
        }
    }

    private mutating func handleNoteKey(_ key: KeyEvent) {
        switch key {
        case .up:
            if !note.moveUp() { focus = .verdict }
        case .down:
            if !note.moveDown() { focus = .tags }
        case .ctrl("o"), .ctrl("j"):
            note.insertNewline()
        default:
            Self.edit(&note, key)
        }
    }

    private mutating func handleTagsKey(_ key: KeyEvent) {
        switch key {
        case .up: focus = .note
        case .down: break
        default: Self.edit(&tags, key)
        }
    }

    /// The keys both text fields share.
    private static func edit(_ field: inout LineEditor, _ key: KeyEvent) {
        switch key {
        case .char(let c): field.insert(String(c))
        case .paste(let text): field.insert(text)
        case .backspace, .ctrl("h"): field.backspace()
        case .delete, .ctrl("d"): field.deleteForward()
        case .left, .ctrl("b"): field.moveLeft()
        case .right, .ctrl("f"): field.moveRight()
        case .home, .ctrl("a"): field.moveToLineStart()
        case .end, .ctrl("e"): field.moveToLineEnd()
        case .ctrl("k"): field.killToLineEnd()
        case .ctrl("u"): field.killToLineStart()
        case .ctrl("w"): field.killWordBefore()
        case .ctrl("y"): field.yank()
        case .pageUp: field.moveToStart()
        case .pageDown: field.moveToEnd()
        default: break
        }
    }
}
