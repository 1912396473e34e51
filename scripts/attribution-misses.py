#!/usr/bin/env python3
"""Lists the PolNeAR attributions the analyser misses, finds with the wrong source, or
finds with the wrong cue, with their context, to look for general patterns.

Usage (from the project root, after a release build):
  python3 scripts/attribution-misses.py --data ../shared/eval/data/polnear-train.jsonl --limit 300 \
      --subset quoted --kinds SRC,MISS --show 60
Reuses the scorer's own functions (../shared/eval/score.py), so the verdicts match its figures.
"""
import argparse, json, os, sys

ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
ap.add_argument("--data", required=True)
ap.add_argument("--limit", type=int, default=300)
ap.add_argument("--subset", choices=["all", "quoted"], default="quoted")
ap.add_argument("--kinds", default="SRC,CUE,MISS", help="comma-separated: MISS, SRC, CUE")
ap.add_argument("--show", type=int, default=60)
ap.add_argument("--cmd", default=".build/release/byline analyze --format jsonl")
ap.add_argument("--scorer", default=os.path.join("..", "shared", "eval"))
args = ap.parse_args()
sys.path.insert(0, args.scorer)
import score  # noqa: E402

docs, seen = [], set()
for line in open(args.data, encoding="utf-8"):
    d = json.loads(line)
    if d["doc_id"] not in seen:
        seen.add(d["doc_id"])
        docs.append(d)
docs = docs[:args.limit]
results, _ = score.run_system(args.cmd, [d["text"] for d in docs])
kinds = set(args.kinds.split(","))
lines = []
for d, res in zip(docs, results):
    text = d["text"]
    preds = [q for q in res.get("quotes", []) if q.get("content")]
    for g in d["attributions"]:
        if args.subset == "quoted" and not any(score.has_quote_marks(sp["text"]) for sp in g["content"]):
            continue
        gc = score.chars(g["content"])
        if not gc:
            continue
        overl = [(len(gc & score.chars([p["content"]])), p) for p in preds]
        covered = set()
        for n, p in overl:
            if n:
                covered |= gc & score.chars([p["content"]])
        kind, best = None, None
        if len(covered) / len(gc) < 0.5:
            kind = "MISS"
        else:
            best = max(overl, key=lambda x: x[0])[1]
            if g["source"] and not score.source_ok(best, g):
                kind = "SRC"
            elif g["cue"] and not (best.get("cue") and score.chars([best["cue"]]) & score.chars(g["cue"])):
                kind = "CUE"
        if kind not in kinds:
            continue
        spans = g["content"] + g["cue"] + g["source"]
        s, e = min(x["start"] for x in spans), max(x["end"] for x in spans)
        row = f"[{kind}] source={[x['text'] for x in g['source']]} cue={[x['text'] for x in g['cue']]}"
        if best:
            sp = best.get("speaker") or {}
            row += (f" | predicted name={sp.get('name')!r} mention={(sp.get('mention') or {}).get('text')!r}"
                    f" cue={(best.get('cue') or {}).get('text')!r}")
        row += "\n   content=" + repr(" ".join(x["text"] for x in g["content"])[:200])
        row += "\n   context=" + text[max(0, s - 150):e + 80].replace("\n", " / ")[:500]
        lines.append(row)
print(len(lines), "attributions")
for row in lines[:args.show]:
    print(row)
