import Foundation

/// The article `swift run byline` opens: written by us for the purpose, shipped as a resource.
enum SampleArticle {
    static var path: String? {
        Bundle.module.path(forResource: "sample", ofType: "txt")
    }
}
