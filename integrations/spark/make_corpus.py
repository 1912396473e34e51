"""Makes the benchmark's articles: N texts taken in turn from a JSON-lines file of records with
a "text" field (cycling when it holds fewer), written both as a folder of .txt files and as
one JSON-lines file of {"id", "text"} records, so that the same articles can be timed in
either form. Nothing it writes belongs in the repository.

    python3 integrations/spark/make_corpus.py ../shared/eval/data/polnear-train.jsonl 2000 /tmp/articles
    # -> /tmp/articles/folder/a0000.txt … and /tmp/articles/articles.jsonl
"""

import json
import os
import sys


def main():
    source, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(source, encoding="utf-8") as f:
        texts = [t for t in (json.loads(line).get("text") for line in f if line.strip()) if isinstance(t, str)]
    if not texts:
        raise SystemExit("make_corpus: no texts in %s" % source)
    folder = os.path.join(out, "folder")
    os.makedirs(folder, exist_ok=True)
    words = 0
    with open(os.path.join(out, "articles.jsonl"), "w", encoding="utf-8") as lines:
        for n in range(count):
            text, name = texts[n % len(texts)], "a%04d.txt" % n
            words += len(text.split())
            with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
                f.write(text)
            lines.write(json.dumps({"id": name, "text": text}) + "\n")
    print("%d articles (%d distinct), %d words -> %s/folder and %s/articles.jsonl" % (
        count, min(count, len(texts)), words, out, out))


if __name__ == "__main__":
    main()
