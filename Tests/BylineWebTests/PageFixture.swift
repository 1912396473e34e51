/// Small hand-written pages for the extraction tests: an article with the furniture real news
/// pages carry around it.
enum PageFixture {
    static let paragraphs = [
        "The city council approved the new budget on Tuesday, after a debate that lasted, by most accounts, well into the night.",
        "Under the plan, spending on schools rises by four percent, while the transport department, long criticised, loses a tenth of its funds.",
        "“We had to make choices,” the mayor said, adding that the council would review the cuts, line by line, next spring.",
        "Opposition members, who voted against the plan, said the cuts would hurt commuters, students and, above all, the elderly.",
    ]

    static func article(head: String = "", before: String = "", inside: String = "", after: String = "") -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Council passes budget | Daily Gazette</title>\(head)</head>
        <body>
        <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
        <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
        \(before)
        <div id="main"><article class="story">
        <h1>Council passes budget</h1>
        <p class="byline">By Jane Roe and John Doe</p>
        <p>\(paragraphs[0])</p>
        <p>\(paragraphs[1])</p>
        \(inside)
        <p>\(paragraphs[2])</p>
        <p>\(paragraphs[3])</p>
        </article>
        <div class="share-tools"><a href="https://facebook.com/share">Share on Facebook</a> <a href="https://x.com/share">Post</a></div>
        <aside class="related-links"><h3>Related</h3><ul><li><a href="/a">Mayor under fire over potholes</a></li><li><a href="/b">Budget talks stall again</a></li></ul></aside>
        <div class="newsletter-signup"><p>Sign up for our newsletter, delivered every morning, free.</p></div>
        <section id="comments"><h3>Comments</h3><div class="comment"><p>This is an outrage, frankly, and everyone knows it.</p></div></section>
        </div>
        \(after)
        <footer class="site-footer"><p>© 2024 Daily Gazette. All rights reserved. Privacy policy, terms, contact us.</p></footer>
        </body></html>
        """
    }
}
