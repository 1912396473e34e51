#!/usr/bin/env python3
"""Per-page figures of the web-page extraction, worst pages first, to look for general
failures (never to fit a rule to one site).

Usage (from the project root, after a release build):
  python3 scripts/extraction-pages.py --data ../shared/eval/data/html-dev --show 20
  python3 scripts/extraction-pages.py --data ../shared/eval/data/html-dev --page nytimes-1 --diff
Reuses the scorer's own functions (../shared/eval/score.py) and reads the pages from ../shared
at run time, so the figures match the scorer's and no page is copied into the repository.
"""
import argparse, gzip, json, os, sys

ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
ap.add_argument("--data", required=True)
ap.add_argument("--cmd", default=".build/release/byline analyze --format jsonl --include-text")
ap.add_argument("--scorer", default=os.path.join("..", "shared", "eval"))
ap.add_argument("--show", type=int, default=20)
ap.add_argument("--page", help="only this page")
ap.add_argument("--diff", action="store_true", help="print the expected lines missed and the extra lines kept")
args = ap.parse_args()
sys.path.insert(0, args.scorer)
import score  # noqa: E402

gt = json.load(open(os.path.join(args.data, "ground-truth.json"), encoding="utf-8"))
keys = sorted(gt) if not args.page else [args.page]
pages = []
for k in keys:
    with gzip.open(os.path.join(args.data, "html", k + ".html.gz"), "rb") as f:
        pages.append(f.read())
results, _ = score.run_system(args.cmd, pages, suffix=".html")
rows = []
for k, res in zip(keys, results):
    g, doc = gt[k], (res.get("document") or {})
    pred = doc.get("text") or ""
    tp, fp, fn = score._shingle_match(g.get("articleBody", ""), pred)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    title_ok = score._norm_meta(doc.get("title")) == score._norm_meta(g.get("title")) if g.get("title") else None
    b = ", ".join(doc.get("byline") or [])
    gb = score._norm_meta(g.get("byline"))
    byline_ok = (bool(b) and (score._norm_meta(b) in gb or gb in score._norm_meta(b))) if g.get("byline") else None
    rows.append((f1, p, r, k, title_ok, byline_ok, doc, g, pred))
rows.sort(key=lambda x: x[0])
for f1, p, r, k, t, b, doc, g, pred in rows[:args.show]:
    print(f"{f1:.3f}  P {p:.3f}  R {r:.3f}  {k}")
for f1, p, r, k, t, b, doc, g, pred in rows:
    if t is False:
        print(f"title  {k}: got {doc.get('title')!r} want {g.get('title')!r}")
for f1, p, r, k, t, b, doc, g, pred in rows:
    if b is False:
        print(f"byline {k}: got {doc.get('byline')!r} want {g.get('byline')!r}")
if args.diff:
    for f1, p, r, k, t, b, doc, g, pred in rows:
        want = [l.strip() for l in g.get("articleBody", "").splitlines() if l.strip()]
        got = [l.strip() for l in pred.splitlines() if l.strip()]
        ws, gs = set(want), set(got)
        print(f"== {k}: missed")
        for l in want:
            if l not in gs:
                print("  - " + l[:160])
        print(f"== {k}: extra")
        for l in got:
            if l not in ws:
                print("  + " + l[:160])
