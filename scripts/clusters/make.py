#!/usr/bin/env python3
"""Builds distributional word classes for the entity recogniser.

  python3 scripts/clusters/make.py ../shared/eval/data/polnear-train.jsonl ../shared/eval/data/conllpp-train.txt

Reads unlabelled text only (PolNeAR training articles' text and the CoNLL training tokens;
never development data), and writes Sources/BylineCore/Resources/NER/clusters.tsv:
"word<TAB>coarse<TAB>middle<TAB>fine" for frequent lowercased words.

Method (deterministic, numpy + scipy): each word of count >= MIN_COUNT gets a context
vector of its left and right neighbours among the CONTEXTS most frequent words, weighted
by positive PMI; a truncated SVD reduces it to DIMS dimensions; rows are normalised and
k-means (fixed seed) clusters them into FINE classes, whose centroids are clustered again
into MIDDLE and COARSE classes, giving a three-level hierarchy like Brown cluster prefixes.
"""
import json, os, re, sys
from collections import Counter

import numpy as np
from scipy.cluster.vq import kmeans2
from scipy.sparse import coo_matrix
from scipy.sparse.linalg import svds

MIN_COUNT, CONTEXTS, DIMS = 5, 3000, 80
FINE, MIDDLE, COARSE = 640, 160, 40
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "Sources", "BylineCore", "Resources", "NER", "clusters.tsv")
TOKEN = re.compile(r"[A-Za-z0-9]+(?:[.'’\-][A-Za-z0-9]+)*\.?|'s|’s|[^\sA-Za-z0-9]")


def sentences(paths):
    for p in paths:
        if p.endswith(".jsonl"):
            for line in open(p, encoding="utf-8"):
                text = json.loads(line)["text"]
                for para in text.split("\n"):
                    toks = TOKEN.findall(para)
                    if toks:
                        yield [t.lower() for t in toks]
        else:
            sent = []
            for line in open(p, encoding="utf-8"):
                if line.startswith("-DOCSTART-") or not line.strip():
                    if sent:
                        yield sent
                    sent = []
                    continue
                sent.append(line.split()[0].lower())
            if sent:
                yield sent


def main(paths):
    sents = list(sentences(paths))
    counts = Counter(w for s in sents for w in s)
    vocab = sorted([w for w, c in counts.items() if c >= MIN_COUNT], key=lambda w: (-counts[w], w))
    index = {w: i for i, w in enumerate(vocab)}
    contexts = {w: i for i, w in enumerate(vocab[:CONTEXTS])}
    rows, cols = [], []
    for s in sents:
        padded = ["<s>"] + s + ["</s>"]
        for k in range(1, len(padded) - 1):
            i = index.get(padded[k])
            if i is None:
                continue
            left, right = contexts.get(padded[k - 1]), contexts.get(padded[k + 1])
            if left is not None:
                rows.append(i); cols.append(left)
            if right is not None:
                rows.append(i); cols.append(CONTEXTS + right)
    m = coo_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)), shape=(len(vocab), 2 * CONTEXTS)).tocsr()
    m.sum_duplicates()
    total = m.sum()
    row = np.asarray(m.sum(axis=1)).ravel() + 1e-9
    col = np.asarray(m.sum(axis=0)).ravel() + 1e-9
    coo = m.tocoo()
    pmi = np.log(coo.data * total / (row[coo.row] * col[coo.col]))
    keep = pmi > 0
    ppmi = coo_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=m.shape).tocsr()
    rng = np.random.RandomState(7)
    u, s, _ = svds(ppmi, k=DIMS, v0=rng.rand(min(ppmi.shape)))
    x = u * np.sqrt(s)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
    np.random.seed(11)
    fine_c, fine = kmeans2(x, FINE, iter=25, minit="++", seed=11)
    mid_c, mid_of_fine = kmeans2(fine_c, MIDDLE, iter=25, minit="++", seed=12)
    _, coarse_of_mid = kmeans2(mid_c, COARSE, iter=25, minit="++", seed=13)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, w in enumerate(vocab):
            if "\t" in w:
                continue
            mid = mid_of_fine[fine[i]]
            f.write(f"{w}\t{coarse_of_mid[mid]}\t{mid}\t{fine[i]}\n")
    print(f"{len(vocab)} words from {len(sents)} sentences -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
