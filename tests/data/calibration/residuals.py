#!/usr/bin/env python3
"""Residuals of the engine on the calibration corpus, one line a point, grouped by class.

Usage: hwplanner accuracy --json --points > /tmp/acc.json; residuals.py /tmp/acc.json [corpus.json]
Prints measured, predicted, predicted/measured, runtime, GPU x count, CPU, model, quant, users.
"""
import json, sys, os, math, collections

acc = json.load(open(sys.argv[1]))
corpus_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), 'corpus.json')
corpus = {p['id']: p for p in json.load(open(corpus_path))['points']}
rows = collections.defaultdict(list)
for r in acc['results']:
    rows[r['class']].append(r)
for cls in sorted(rows):
    print(f'== {cls}')
    for r in sorted(rows[cls], key=lambda r: (r['metric'], r['id'])):
        p = corpus[r['id']]
        b = p['build']
        gpu = b.get('gpu', {})
        g = f"{gpu.get('id', gpu.get('name', '-'))}x{gpu.get('count', '')}" if gpu else '-'
        if b.get('nodes'):
            g += f" n{b['nodes']}"
        cpu = b.get('cpu', {})
        c = f"{cpu.get('id', cpu.get('name', '-'))}{'x'+str(cpu['sockets']) if cpu.get('sockets', 1) > 1 else ''}" if cpu else '-'
        ratio = r['predicted'] / r['measured'] if r['measured'] else 0
        print(f"  {r['id']:5} {r['source_id']:4} {'H' if r['held_out'] else 'f'} {r['metric'][:12]:12} {r['measured']:9.2f} {r['predicted']:9.2f} "
              f"x{ratio:5.2f}  {b.get('runtime', '?'):13} {g:18} {c:16} {b.get('model', '?')}/{b.get('quant', '?')} u{b.get('workload', {}).get('users', 1)}")
