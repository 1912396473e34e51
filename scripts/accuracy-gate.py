#!/usr/bin/env python3
"""Accuracy gate: runs the shared scorer on the dev sets and the seed with a built `byline`
and fails when any figure falls below its committed floor (Tests/Accuracy/floors.json).

    python3 scripts/accuracy-gate.py --binary .build/release/byline          # check
    python3 scripts/accuracy-gate.py --binary .build/release/byline --show   # print figures only

Floors only ever go up: raise them in the same commit as the improvement that earns it.
The data stays in ../shared; nothing from it is copied here.
"""
import argparse, json, os, subprocess, sys

CEILINGS = {"offset_errors", "failed"}  # counts that must not rise; every other figure must not fall
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def tasks(shared):
    d = os.path.join(shared, "eval", "data")
    return {
        "seed": ["--data", os.path.join(shared, "corpus", "seed", "caliber-china-ukraine.gold.json")],
        "attributions": ["--data", os.path.join(d, "polnear-dev.jsonl")],
        "entities": ["--data", os.path.join(d, "conllpp-dev.txt")],
        "chains": ["--data", os.path.join(d, "polnear-dev-chains.json"), "--texts", os.path.join(d, "polnear-dev.jsonl")],
        "extraction": ["--data", os.path.join(d, "html-dev")],
    }

def lookup(figures, path):
    value = figures
    for part in path.split("/"):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", required=True)
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"))
    ap.add_argument("--floors", default=os.path.join(ROOT, "Tests", "Accuracy", "floors.json"))
    ap.add_argument("--show", action="store_true", help="print the figures, check nothing")
    args = ap.parse_args()
    floors = json.load(open(args.floors, encoding="utf-8"))
    scorer = os.path.join(args.shared, "eval", "score.py")
    if not os.path.exists(scorer):
        print(f"accuracy gate: no scorer at {scorer}", file=sys.stderr)
        return 2
    failures, lines = [], []
    for task, data in tasks(args.shared).items():
        if task not in floors:
            continue
        cmd = f"'{args.binary}' analyze --format jsonl" + (" --include-text" if task == "extraction" else "")
        run = subprocess.run([sys.executable, scorer, task, *data, "--cmd", cmd, "--json"],
                             capture_output=True, text=True)
        if run.returncode != 0 or not run.stdout.strip():
            failures.append(f"{task}: scorer failed ({run.returncode}): {run.stderr.strip()[-400:]}")
            continue
        figures = json.loads(run.stdout.strip().splitlines()[-1])
        for key, floor in floors[task].items():
            value = lookup(figures, key)
            ok = isinstance(value, (int, float)) and (value <= floor if key in CEILINGS else value >= floor)
            lines.append(f"{'ok  ' if ok else 'DROP'} {task:13} {key:28} {value!s:>8}  floor {floor}")
            if not ok and not args.show:
                failures.append(f"{task}: {key} = {value}, below the floor {floor}")
    print("\n".join(lines))
    if failures:
        print("accuracy gate failed:\n  " + "\n  ".join(failures), file=sys.stderr)
        return 1
    return 0

if __name__ == "__main__":
    sys.exit(main())
