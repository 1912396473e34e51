import Foundation

/// Messages for the user that must not mix with the JSON on standard output.
enum StandardError {
    static func print(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
