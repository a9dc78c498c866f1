"""Gene/protein mentions against the SCAI miRNA corpus: the lexicon alone, and with the HGNC symbols.

Usage: ``python bench/bench_genes_scai.py PATH/miRNA-Train-Corpus.xml [--errors N] [--misses N]``

The corpus (Bagewadi et al., J Integr Bioinform 2014; 201 PubMed abstracts, cancer and neurology,
not spinal cord injury) annotates ``Genes/Proteins`` spans per sentence (``charOffset="start-end"``,
end inclusive). Each abstract is read whole (its sentences joined by a space, so abbreviations
defined in one sentence hold in the next) by the entity layer's recognizer, and its mentions of
category ``biolink:Gene`` are scored against the gold spans, exactly and by overlap (the corpus
often takes in a neighbouring word: "mutant HTT", "the REST complex"). Two readers are compared:
the lexicon alone (the genes this field writes about) and the lexicon with the second gene
dictionary of HGNC symbols (:mod:`extractors.genes`). Gene families ("cytokines") and full names
that only the gold marks ("tyrosine hydroxylase") count against recall in both.
The corpus is not shipped with exokg; pass its path.
"""

from __future__ import annotations

import argparse
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extractors.entities import Recognizer
from extractors.genes import GeneSymbols, load_genes
from extractors.lexicon import load_lexicon
from extractors.tokens import tokenize

GENE = "biolink:Gene"


def documents(path: Path) -> list[tuple[str, set[tuple[int, int]]]]:
    """(abstract text, gold gene spans in it) per document."""
    out = []
    for document in ET.parse(path).iter("document"):
        parts: list[str] = []
        gold: set[tuple[int, int]] = set()
        offset = 0
        for sentence in document.iter("sentence"):
            text = sentence.get("text") or ""
            for entity in sentence.iter("entity"):
                if entity.get("type") != "Genes/Proteins":
                    continue
                for part in (entity.get("charOffset") or "").split(","):
                    a, _, b = part.partition("-")
                    gold.add((offset + int(a), offset + int(b) + 1))
            parts.append(text)
            offset += len(text) + 1
        out.append((" ".join(parts), gold))
    return out


def score(recognizer: Recognizer, docs: list[tuple[str, set[tuple[int, int]]]]) -> dict[str, object]:
    tp = fp = fn = overlap_tp = overlap_fp = covered = 0
    errors: list[str] = []
    misses: list[str] = []
    t0 = time.perf_counter()
    for text, gold in docs:
        found, _ = recognizer.recognize(text, tokenize(text))
        spans = {(c.start, c.end) for c in found if c.ref is not None and c.ref.category == GENE}
        tp += len(spans & gold)
        fp += len(spans - gold)
        fn += len(gold - spans)
        for s, e in spans:
            if any(s < ge and gs < e for gs, ge in gold):
                overlap_tp += 1
            else:
                overlap_fp += 1
                errors.append(f"FP {text[s:e]!r} in: {text[max(0, s - 50):e + 40]!r}")
        for gs, ge in sorted(gold):
            if any(s < ge and gs < e for s, e in spans):
                covered += 1
            else:
                misses.append(f"FN {text[gs:ge]!r} in: {text[max(0, gs - 50):ge + 40]!r}")
    n_gold = sum(len(g) for _, g in docs)
    return {"tp": tp, "fp": fp, "fn": fn, "overlap_tp": overlap_tp, "overlap_fp": overlap_fp, "covered": covered,
            "gold": n_gold, "seconds": time.perf_counter() - t0, "errors": errors,
            "misses": misses}


def _prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f1:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--errors", type=int, default=0, help="print up to N overlap false positives (with HGNC)")
    parser.add_argument("--misses", type=int, default=0, help="print up to N gold spans nothing overlaps (with HGNC)")
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        parser.error(f"{args.corpus}: no such file")
    docs = documents(args.corpus)
    lexicon = load_lexicon()
    print(f"SCAI miRNA corpus: {len(docs)} abstracts, {sum(len(g) for _, g in docs)} gold Genes/Proteins spans")
    for name, genes in (("lexicon alone", GeneSymbols([])), ("lexicon + HGNC symbols", load_genes())):
        r = score(Recognizer(lexicon, genes), docs)
        print(f"{name:<24} exact: {_prf(r['tp'], r['fp'], r['fn'])} (tp {r['tp']}, fp {r['fp']}, fn {r['fn']});"
              f"  overlap: P {r['overlap_tp'] / max(1, r['overlap_tp'] + r['overlap_fp']):.3f}, "
              f"gold spans found {r['covered']}/{r['gold']} ({r['covered'] / max(1, r['gold']):.3f})"
              f"  ({r['seconds']:.2f} s)")
    for line in r["errors"][: args.errors]:
        print(line)
    for line in r["misses"][: args.misses]:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
