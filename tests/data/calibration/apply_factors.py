#!/usr/bin/env python3
"""Writes the fitted runtime factors into the catalog seed.

Usage: hwplanner accuracy --json --factors > /tmp/f.json; apply_factors.py /tmp/f.json resources/catalog/seed.json
The fit (hw::fitFactors, leave nothing out) decides the values; this only copies them, rounded to 4 digits.
"""
import json, sys

fit = json.load(open(sys.argv[1]))['factors']
path = sys.argv[2]
text = open(path).read()
seed = json.loads(text)
for f in fit:
    for r in seed['runtimes']:
        if r['id'] in f['runtimes']:
            r[f['key']] = round(f['fitted'], 4)
            print(f"{r['id']:14} {f['key']:18} {f['fitted']:.4f}")
open(path, 'w').write(json.dumps(seed, ensure_ascii=False, indent=1) + '\n')
