#!/usr/bin/env python3
"""Writes N text reports for the audit benchmark (docs/benchmarks.md): the text seeds, real and unseen reports of
src/test/resources, each copy given another unit name (and so a distinct unit) and kept otherwise as published.
usage: make_audit_corpus.py OUT_DIR [N]"""
import os, re, sys, glob

out = sys.argv[1]; n = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
os.makedirs(out, exist_ok=True)
here = os.path.join(os.path.dirname(__file__), "..", "resources")
sources = sorted(glob.glob(os.path.join(here, "seeds", "*.txt")) + glob.glob(os.path.join(here, "reports-real", "*.txt"))
                 + glob.glob(os.path.join(here, "reports-unseen", "*.txt")))
texts = [open(p, encoding="utf-8").read() for p in sources]
units = ["苍南县人民政府", "乐清市人民政府", "文成县人民政府", "瑞安市人民政府", "平潭综合实验区公安局", "平潭综合实验区国有资产管理局",
         "宁川市"]
places = "东西南北中上下前后左右青白红黄金银石山水林田湖海江河"
for i in range(n):
    t = texts[i % len(texts)]
    tag = places[i % len(places)] + places[(i // len(places)) % len(places)] + str(i // (len(places) ** 2))
    for u in units:
        t = t.replace(u, u[:2] + tag + u[2:])
    with open(os.path.join(out, f"r{i:04d}.txt"), "w", encoding="utf-8") as f:
        f.write(t)
print(f"{n} reports from {len(sources)} sources in {out}")
