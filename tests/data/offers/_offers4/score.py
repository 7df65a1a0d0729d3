#!/usr/bin/env python3
"""Score hwplanner's claim checker on an offer corpus (NNN.txt + expected.json).

usage: score.py HWPLANNER_BINARY [--dir DIR] [--half odd|even|all] [--show-misses]

Runs `HWPLANNER check --catalog <fresh temp file> --text NNN.txt --json` for every row and compares
the verdict with expected_verdict. Prints right/total, honest offers called impossible, and the
confusion table (expected -> got). A fresh catalog file is seeded for each run so a stale user
catalog cannot change the answer."""
import argparse, collections, json, os, subprocess, sys, tempfile

VERDICTS = ["plausible", "optimistic", "unverifiable", "impossible"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--dir", default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--half", choices=["odd", "even", "all"], default="all")
    ap.add_argument("--show-misses", action="store_true")
    a = ap.parse_args()

    rows = json.load(open(os.path.join(a.dir, "expected.json"), encoding="utf-8"))
    if a.half != "all":
        want = 1 if a.half == "odd" else 0
        rows = [r for r in rows if int(r["id"]) % 2 == want]

    tmp = tempfile.mkdtemp(prefix="offers4-score-")
    catalog = os.path.join(tmp, "catalog.sqlite")
    right = 0
    honest_impossible = []
    confusion = collections.Counter()
    misses = []
    for r in rows:
        p = subprocess.run([a.binary, "check", "--catalog", catalog, "--text", os.path.join(a.dir, r["file"]), "--json"],
                           capture_output=True, text=True, timeout=60)
        try:
            got = json.loads(p.stdout).get("verdict", "?")
        except json.JSONDecodeError:
            got = "refused(rc=%d)" % p.returncode
        confusion[(r["expected_verdict"], got)] += 1
        if got == r["expected_verdict"]:
            right += 1
        else:
            misses.append((r["id"], r["expected_verdict"], got, r.get("key", "")))
        if r["honest"] and got == "impossible":
            honest_impossible.append(r["id"])

    n = len(rows)
    print(f"corpus: {a.dir}  half: {a.half}  binary: {a.binary}")
    print(f"right: {right}/{n} ({100.0 * right / n:.1f}%)")
    print(f"honest offers: {sum(r['honest'] for r in rows)}; honest called impossible: {len(honest_impossible)} {honest_impossible}")
    got_cols = VERDICTS + sorted({g for (_, g) in confusion if g not in VERDICTS})
    print("confusion (rows expected, columns got):")
    print("%-14s" % "" + "".join("%-14s" % c for c in got_cols))
    for e in VERDICTS:
        print("%-14s" % e + "".join("%-14d" % confusion[(e, g)] for g in got_cols))
    if a.show_misses:
        print("misses:")
        for m in misses:
            print("  %s expected %s got %s (%s)" % m)


if __name__ == "__main__":
    main()
