import CLibXML2

/// libxml2's global set-up, which its first parse does lazily and not thread-safely (2.9):
/// a program that parses pages on several threads calls this once before starting them.
public enum ParserSetup {
    public static func prepareForThreads() {
        xmlInitParser()
    }
}
