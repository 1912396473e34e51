#!/usr/bin/env python3
"""A local web server for Byline's fetch tests: never the internet, only 127.0.0.1.

Binds a free port, prints "PORT <n>" on its first line, and serves fixed pages that exercise
every way a fetch can go right or wrong. It exits when its standard input closes (the test
process ended) or on SIGTERM, and every slow answer gives up after a bounded time.
"""
import email.utils
import gzip
import http.server
import sys
import threading
import time
import zlib

ARTICLE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbour council approves the new ferry line | The Coastal Courier</title>
<meta property="og:site_name" content="The Coastal Courier">
<meta name="author" content="Maria Lindqvist">
<meta property="article:published_time" content="2026-11-02T08:30:00Z">
<link rel="canonical" href="{base}/article">
</head><body>
<nav><a href="/">Home</a> <a href="/sections">Sections</a></nav>
<article>
<h1>Harbour council approves the new ferry line</h1>
<p class="byline">By Maria Lindqvist</p>
<p>The harbour council voted on Tuesday to approve a ferry line between the old port and the
island of Skarv, ending a debate that had lasted three years.</p>
<p>"This line will carry four hundred commuters a day," said council chair Anders Holm, who
called the vote a turning point for the town.</p>
<p>Opponents, led by the fishermen's association, said the plan ignored the cost of dredging.
"Nobody has shown us the figures," said Karin Berg, the association's secretary.</p>
<p>The council will publish the budget next month, according to a statement. Read the
<a href="/second">follow-up on the dredging costs</a> and the
<a href="/notes.txt">council's notes</a>, or the <a href="/status/404">missing report</a>.</p>
</article>
<footer>Copyright The Coastal Courier</footer>
</body></html>
"""

SECOND = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Dredging will cost twice the estimate, engineers say | The Coastal Courier</title>
<meta property="og:site_name" content="The Coastal Courier">
<meta name="author" content="Jonas Ek">
<meta property="article:published_time" content="2026-11-09T10:00:00Z">
</head><body>
<article>
<h1>Dredging will cost twice the estimate, engineers say</h1>
<p>Engineers hired by the harbour council said on Monday that dredging the channel for the new
ferry line would cost twice the original estimate.</p>
<p>"The silt is deeper than the old charts show," said engineer Lena Strand, who led the survey.</p>
<p>The council said it would review the figures before the budget vote.</p>
</article>
</body></html>
"""

WAITING = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Ferry timetable still unpublished | The Coastal Courier</title>
<meta name="author" content="Maria Lindqvist">
</head><body>
<article>
<h1>Ferry timetable still unpublished</h1>
<p>The harbour council has not yet published the timetable for the new ferry line, three weeks
after the vote that approved it, and commuters on the island say they cannot plan their winter.</p>
<p>"We were promised a timetable before the autumn storms," said Per Nygren, who runs the island
shop. The council said the timetable depended on the dredging survey.</p>
<p>The council's <a href="/slow">timetable page</a> has not answered for days.</p>
</article>
</body></html>
"""

# Greek in ISO-8859-7, named only in the HTTP header: read from a file it decodes differently.
GREEK = """<!doctype html><html><head><title>Νέα γραμμή πορθμείου</title></head><body><article>
<h1>Νέα γραμμή πορθμείου</h1>
<p>Το λιμενικό συμβούλιο ενέκρινε την Τρίτη μια νέα γραμμή πορθμείου ανάμεσα στο παλιό λιμάνι και
το νησί, τερματίζοντας μια συζήτηση τριών ετών.</p>
<p>«Η γραμμή θα μεταφέρει τετρακόσιους επιβάτες την ημέρα», δήλωσε ο πρόεδρος του συμβουλίου.</p>
</article></body></html>
"""

NOTES = """Council notes

The council met on Tuesday. "We will listen to every objection," said Anders Holm.
"""


# Feeds, written for Byline's tests. The courier feed answers conditional requests with 304.
FEED_BODY = ("The harbour engineers published their survey of the channel on Monday, and the figures are "
             "larger than anyone on the council expected. ") * 8

COURIER_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>The Coastal Courier</title><link>{base}/</link>
<item><title>Harbour council approves the new ferry line</title><link>/article</link><guid>courier-1</guid>
<pubDate>Mon, 02 Nov 2026 08:30:00 GMT</pubDate><description>The council voted on Tuesday.</description></item>
<item><title>Dredging survey &lt;b&gt;published&lt;/b&gt;</title><link>/second</link><guid>courier-2</guid>
<pubDate>Mon, 09 Nov 2026 10:00:00 +0100</pubDate><description>Engineers report.</description>
<content:encoded><![CDATA[<p>{body}</p><p>"The silt is deeper than the old charts show," said engineer Lena Strand.</p>]]></content:encoded></item>
<item><title>Missing report</title><link>/status/404</link><guid>courier-3</guid>
<description>A report the council has not published.</description></item>
</channel></rss>
"""

ATOM_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="{base}/news/">
<title>Wire</title><id>tag:wire.test,2026:feed</id><updated>2026-11-12T10:00:00Z</updated>
<entry><title>Ferry timetable still unpublished</title><link href="../waiting"/><id>tag:wire.test,2026:1</id>
<updated>2026-11-12T09:00:00Z</updated></entry>
<entry><title>Council notes</title><link href="/notes.txt"/><id>tag:wire.test,2026:2</id>
<updated>2026-11-11T09:00:00Z</updated></entry>
</feed>
"""
COURIER_ETAG = '"courier-v1"'
COURIER_MODIFIED = "Mon, 09 Nov 2026 10:00:00 GMT"


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "BylineTestServer"

    def log_message(self, *args):
        pass

    def send_body(self, status, body, content_type="text/html; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def redirect(self, location):
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def base(self):
        return "http://%s:%d" % self.server.server_address[:2]

    def do_GET(self):
        path = self.path.split("?", 1)[0]
        article = ARTICLE.replace("{base}", self.base()).encode("utf-8")
        if path == "/article":
            self.send_body(200, article)
        elif path == "/feeds/courier.xml":
            if self.headers.get("If-None-Match") == COURIER_ETAG or self.headers.get("If-Modified-Since") == COURIER_MODIFIED:
                self.send_response(304)
                self.send_header("ETag", COURIER_ETAG)
                self.end_headers()
                return
            feed = COURIER_FEED.replace("{base}", self.base()).replace("{body}", FEED_BODY).encode("utf-8")
            self.send_body(200, feed, "application/rss+xml", [("ETag", COURIER_ETAG), ("Last-Modified", COURIER_MODIFIED)])
        elif path == "/feeds/atom.xml":
            self.send_body(200, ATOM_FEED.replace("{base}", self.base()).encode("utf-8"), "application/atom+xml")
        elif path == "/feeds/moved.xml":
            self.send_response(301)
            self.send_header("Location", "/feeds/atom.xml")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/feeds/busy.xml":
            self.send_body(429, b"slow down", "text/plain", [("Retry-After", "120")])
        elif path == "/feeds/unavailable.xml":
            later = email.utils.formatdate(time.time() + 3600, usegmt=True)
            self.send_body(503, b"maintenance", "text/plain", [("Retry-After", later)])
        elif path == "/feeds/truncated.xml":
            # Announces more than it sends, then closes: a body cut in transit.
            feed = COURIER_FEED.replace("{base}", self.base()).replace("{body}", FEED_BODY).encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(feed)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(feed[: len(feed) // 2])
            self.wfile.flush()
            self.close_connection = True
        elif path == "/greek":
            self.send_body(200, GREEK.encode("iso-8859-7"), "text/html; charset=iso-8859-7")
        elif path == "/waiting":
            self.send_body(200, WAITING.encode("utf-8"))
        elif path == "/second":
            self.send_body(200, SECOND.encode("utf-8"))
        elif path == "/notes.txt":
            self.send_body(200, NOTES.encode("utf-8"), "text/plain; charset=utf-8")
        elif path == "/gzip":
            self.send_body(200, gzip.compress(article), headers=[("Content-Encoding", "gzip")])
        elif path == "/gzip-unlabelled":
            # A saved .html.gz served as is: compressed, without Content-Encoding.
            self.send_body(200, gzip.compress(article))
        elif path == "/deflate":
            self.send_body(200, zlib.compress(article), headers=[("Content-Encoding", "deflate")])
        elif path.startswith("/redirect/"):
            n = int(path.rsplit("/", 1)[1])
            self.redirect("/article" if n <= 0 else "/redirect/%d" % (n - 1))
        elif path == "/loop/a":
            self.redirect("/loop/b")
        elif path == "/loop/b":
            self.redirect("/loop/a")
        elif path.startswith("/status/"):
            status = int(path.rsplit("/", 1)[1])
            self.send_body(status, b"<html><body><p>error page</p></body></html>")
        elif path == "/slow":
            # Never answers within any test's timeout; gives up on its own after 30 s.
            time.sleep(30)
        elif path == "/huge":
            chunk = b"<p>" + b"filler text " * 85 + b"</p>\n"
            count = 5 * 1024 * 1024 // len(chunk) + 1
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(chunk) * count))
            self.end_headers()
            try:
                for _ in range(count):
                    self.wfile.write(chunk)
            except OSError:
                pass
        elif path == "/chunked-huge":
            # No Content-Length: the cap must hold while the bytes arrive.
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Connection", "close")
            self.end_headers()
            try:
                for _ in range(5 * 1024):
                    self.wfile.write(b"x" * 1024)
            except OSError:
                pass
            self.close_connection = True
        elif path == "/image.png":
            self.send_body(200, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "image/png")
        elif path == "/binary-as-html":
            self.send_body(200, b"\x00\x01\x02\x03binary\x00\xff" * 64)
        elif path == "/headers":
            lines = ["%s: %s" % (k, v) for k, v in self.headers.items()]
            self.send_body(200, ("\n".join(lines) + "\n").encode("utf-8"), "text/plain; charset=utf-8")
        else:
            self.send_body(404, b"<html><body>not found</body></html>")


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True


def main():
    server = Server(("127.0.0.1", 0), Handler)
    print("PORT %d" % server.server_address[1], flush=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    # The test keeps our standard input open; when it closes (the test ended, even by a
    # crash) the server stops. A hard limit bounds a forgotten server.
    deadline = time.time() + 600
    watcher = threading.Thread(target=lambda: sys.stdin.read(), daemon=True)
    watcher.start()
    while watcher.is_alive() and time.time() < deadline:
        watcher.join(0.5)
    server.shutdown()


if __name__ == "__main__":
    main()
