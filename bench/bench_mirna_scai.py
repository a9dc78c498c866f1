"""Exact-span precision/recall/F1 of specific-miRNA mentions against the SCAI miRNA corpus.

Usage: ``python bench/bench_mirna_scai.py PATH/miRNA-Train-Corpus.xml [--errors N]``

The corpus (Bagewadi et al., J Integr Bioinform 2014) annotates ``Specific_miRNAs`` per
sentence with ``charOffset="start-end"`` (end inclusive, relative to the sentence). A written
list such as ``miR-21 and 221`` is one annotated span, so the score uses exokg's miRNA
*groups* (:func:`extractors.mirna.find_mirnas`); exokg's mentions split groups into members.
The corpus is not shipped with exokg; pass its path.
"""

from __future__ import annotations

import argparse
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extractors.mirna import find_mirnas


def gold_spans(path: Path) -> list[tuple[str, set[tuple[int, int]]]]:
    """(sentence text, set of (start, end-exclusive)) for every sentence of the corpus."""
    out = []
    for sentence in ET.parse(path).iter("sentence"):
        text = sentence.get("text") or ""
        spans: set[tuple[int, int]] = set()
        for entity in sentence.iter("entity"):
            if entity.get("type") != "Specific_miRNAs":
                continue
            for part in (entity.get("charOffset") or "").split(","):
                a, _, b = part.partition("-")
                spans.add((int(a), int(b) + 1))
        out.append((text, spans))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--errors", type=int, default=0, help="print up to N false positives/negatives")
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        parser.error(f"{args.corpus}: no such file")
    sentences = gold_spans(args.corpus)
    tp = fp = fn = 0
    fps: list[str] = []
    fns: list[str] = []
    t0 = time.perf_counter()
    for text, gold in sentences:
        found = {(g.start, g.end) for g in find_mirnas(text)}
        tp += len(found & gold)
        for s, e in sorted(found - gold):
            fp += 1
            fps.append(f"FP {text[s:e]!r} in: {text[max(0, s - 60):e + 60]!r}")
        for s, e in sorted(gold - found):
            fn += 1
            fns.append(f"FN {text[s:e]!r} in: {text[max(0, s - 60):e + 60]!r}")
    dt = time.perf_counter() - t0
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"SCAI miRNA corpus: {len(sentences)} sentences, {tp + fn} gold Specific_miRNAs spans")
    print(f"exact span: TP={tp} FP={fp} FN={fn}  P={p:.3f} R={r:.3f} F1={f1:.3f}  ({dt:.2f} s)")
    for line in (fps + fns)[: args.errors]:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
