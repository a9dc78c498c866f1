"""Speed of the meta-analysis engine and of reading reported effects (prints figures).

    .venv/bin/python bench/bench_meta.py [--repeat N]

Synthetic study sets (seeded) of k = 10 ... 1000 studies; timings are medians over N runs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from metaanalysis.analyses import egger_test, leave_one_out, trim_and_fill
from metaanalysis.core import rma


def timed(fn, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs)


def row_for(y: np.ndarray, v: np.ndarray, k: int, repeat: int) -> list[float]:
    row = [timed(lambda m=m: rma(y, v, method=m), repeat) for m in ("FE", "DL", "REML", "PM")]
    row.append(timed(lambda: rma(y, v, method="REML", test="knha"), repeat))
    row.append(timed(lambda: trim_and_fill(y, v, method="REML"), max(1, repeat // 2)))
    row.append(timed(lambda: egger_test(y, v), repeat))
    row.append(timed(lambda: leave_one_out(y, v, method="REML"), 1) if k <= 300 else float("nan"))
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rng = np.random.default_rng(20240807)
    print(f"{'k':>6} {'FE':>9} {'DL':>9} {'REML':>9} {'PM':>9} {'REML+HK':>9} {'trimfill':>9} {'egger':>9} {'loo':>9}  (ms)")
    for k in (10, 30, 100, 300, 1000):
        v = rng.uniform(0.02, 0.5, k)
        y = rng.normal(0.4, np.sqrt(v + 0.1))
        print(f"{k:>6} " + " ".join(f"{1000 * t:9.2f}" for t in row_for(y, v, k, args.repeat)))

    from dataclasses import dataclass

    from extractors.readers.text import read_text
    from extractors.reported_effects import extract_effects
    from kg.model import Document

    @dataclass
    class Annotated:
        document: Document

    doc = read_text(Path(__file__).resolve().parents[1] / "data" / "corpus" / "ye2024_bmsc_exo_meta.txt", doc_id="ye2024")
    t = timed(lambda: extract_effects(Annotated(doc)), args.repeat)
    n = len(extract_effects(Annotated(doc)))
    print(f"reported effects: {n} read from ye2024 ({len(doc.text)} characters) in {1000 * t:.1f} ms "
          f"(text only, no entity layer)")


if __name__ == "__main__":
    main()
