/// The records between the input and the output, oldest first: those sent to the child
/// (`sent` of them) and then those not sent yet.
struct RecordQueue {
    private var entries: [SupervisedInput.Entry] = []
    private var head = 0
    /// Entries from `head` sent to the current child (or with their answer known).
    private(set) var sent = 0

    var isEmpty: Bool { head == entries.count }
    var count: Int { entries.count - head }
    var hasUnsent: Bool { head + sent < entries.count }

    mutating func append(_ entry: SupervisedInput.Entry) { entries.append(entry) }

    /// The next entry to send, at most `count` of it being sent already.
    var nextUnsent: SupervisedInput.Entry { entries[head + sent] }

    mutating func markSending(at time: Double) {
        if entries[head + sent].sentAt == nil { entries[head + sent].sentAt = time }
    }

    mutating func markSent() { sent += 1 }

    /// When the oldest record sent and not answered was sent, or nil.
    var waitingSince: Double? {
        var i = head
        while i < entries.count, entries[i].answer != nil { i += 1 }
        return i < entries.count ? entries[i].sentAt : nil
    }

    /// Hands the answers known without the child (records refused on reading) at the front.
    mutating func emitKnownAnswers(_ emit: (UnsafeBufferPointer<UInt8>) -> Void) {
        while head < entries.count, let answer = entries[head].answer {
            var text = answer
            text.withUTF8 { emit($0) }
            _ = popFirst()
        }
    }

    /// Removes the oldest entry (answered, or to be run alone).
    @discardableResult
    mutating func popFirst() -> SupervisedInput.Entry? {
        guard head < entries.count else { return nil }
        let entry = entries[head]
        entries[head] = SupervisedInput.Entry()
        head += 1
        sent = max(0, sent - 1)
        if head > 1024 && head * 2 > entries.count {
            entries.removeFirst(head)
            head = 0
        }
        return entry
    }

    /// After a child failed: nothing is sent any more, and nothing has been timed.
    mutating func unsendAll() {
        sent = 0
        for i in head..<entries.count { entries[i].sentAt = nil }
    }

    /// Whether the front entry (after the known answers) was sent.
    var frontWasSent: Bool { sent > 0 }
}
