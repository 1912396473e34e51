import Foundation

/// One test of this bundle run again in a child process, its standard output piped back: the
/// crash tests kill it with SIGKILL mid-write and check the store against what it had reported.
struct ChildTestProcess {
    let process: Process
    let output: FileHandle
    private let errors: FileHandle?

    /// Starts `test` ("BylineStoreTests.Class/testMethod") with `store` in the environment
    /// variable `variable`; its standard error is kept only when `keepingErrors`.
    init(_ test: String, variable: String, store: String, keepingErrors: Bool = false) throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = [test]
        var environment = ProcessInfo.processInfo.environment
        environment[variable] = store
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        output = out.fileHandleForReading
        if keepingErrors {
            let pipe = Pipe()
            process.standardError = pipe
            errors = pipe.fileHandleForReading
        } else {
            process.standardError = FileHandle.nullDevice
            errors = nil
        }
        try process.run()
    }

    /// Appends the child's output to `buffer` until `enough(buffer)` or its output ends.
    func read(into buffer: inout String, until enough: (String) -> Bool) {
        while !enough(buffer) {
            let chunk = output.availableData
            if chunk.isEmpty { return }
            buffer += String(decoding: chunk, as: UTF8.self)
        }
    }

    /// Sends SIGKILL and waits until the child is gone.
    func killAndWait() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// What the child wrote that was not read yet, once it has ended.
    func remainingOutput() -> String {
        String(decoding: output.readDataToEndOfFile(), as: UTF8.self)
    }

    /// The last 2,000 bytes of the child's standard error ("" when it was not kept).
    func errorTail() -> String {
        String(decoding: errors?.readDataToEndOfFile().suffix(2_000) ?? Data(), as: UTF8.self)
    }

    /// The whole lines of `text`: a line cut by the kill was never fully reported.
    static func wholeLines(_ text: String) -> ArraySlice<Substring> {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    }
}
