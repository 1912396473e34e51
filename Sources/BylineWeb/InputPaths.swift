import Foundation

/// Expands the paths a user typed: a folder stands for the articles inside it (text files and
/// saved web pages), in name order.
public enum InputPaths {
    public static let articleExtensions: Set<String> = ["txt", "text", "md", "markdown"]

    public static func expand(_ paths: [String]) -> [String] {
        var out: [String] = []
        for path in paths {
            var isDir: ObjCBool = false
            if path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
                out.append(contentsOf: articles(in: path))
            } else {
                out.append(path)
            }
        }
        return out
    }

    public static func articles(in folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let rel = walker.nextObject() as? String {
            let ext = (rel as NSString).pathExtension.lowercased()
            if articleExtensions.contains(ext) || WebArticleLoader.isPagePath(rel) { found.append((folder as NSString).appendingPathComponent(rel)) }
        }
        return found.sorted()
    }
}
