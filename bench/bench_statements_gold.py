"""Precision and recall of mechanism statements against the hand-written gold set.

Usage: ``python bench/bench_statements_gold.py [--corpus DIR] [--errors] [--rules]``

Reads the bundled papers (or ``--corpus``) with the entity layer and the relation rules, and
scores the claims whose evidence lies in the sections the gold set annotates
(``tests/extractors/gold/statements_scope.jsonl``) against
``tests/extractors/gold/statements.jsonl``. Matching (see :mod:`extractors.relations.evaluation`):
same document, subject CURIE, object CURIE, predicate family (increases / decreases /
regulates / targets are one family) and polarity. ``--errors`` lists false positives and
negatives; ``--rules`` prints the precision of each rule family (the figures behind
``kg.assemble.RULE_RELIABILITY``).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.relations.evaluation import family, load_gold, score  # noqa: E402

GOLD = ROOT / "tests" / "extractors" / "gold"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "data" / "corpus")
    parser.add_argument("--errors", action="store_true", help="list false positives and false negatives")
    parser.add_argument("--rules", action="store_true", help="precision per rule family")
    args = parser.parse_args(argv)

    from extractors.corpus import read_corpus
    from extractors.entities import Annotator
    from extractors.relations import extract_statements
    from kg.assemble import RULE_RELIABILITY

    gold = load_gold(GOLD / "statements.jsonl", GOLD / "statements_scope.jsonl")
    t0 = time.perf_counter()
    annotator = Annotator()
    statements = []
    labels: dict[str, str] = {}
    for document in read_corpus(args.corpus):
        for st in extract_statements(annotator.annotate(document)):
            statements.append(st)
            labels[st.subject.curie] = st.subject.label
            labels[st.object.curie] = st.object.label
    seconds = time.perf_counter() - t0
    result = score(gold, statements)
    print(f"gold: {gold.lines} statements ({gold.lines - gold.unscored} scored, {gold.unscored} name an entity "
          f"the lexicon lacks); scope: {sum(len(s) for s in gold.scope.values())} sections of "
          f"{len(gold.scope)} papers")
    print(f"extracted {len(statements)} statements in {seconds:.1f} s")
    print(f"precision {result.precision:.3f}  recall {result.recall:.3f}  F1 {result.f1:.3f}  "
          f"(tp {result.tp}, fp {result.fp}, fn {result.fn})")

    def show(key: tuple[str, str, str, str]) -> str:
        s, fam, o, pol = key
        return f"{labels.get(s, s)} ({s}) -{fam}[{pol}]-> {labels.get(o, o)} ({o})"

    if args.errors:
        for doc, key in result.false_positives:
            print(f"FP {doc}: {show(key)}")
        for doc, key in result.false_negatives:
            print(f"FN {doc}: {show(key)}")
    if args.rules:
        prefixes = sorted(RULE_RELIABILITY, key=len, reverse=True)
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for st in statements:
            key = (st.subject.curie, family(st.predicate), st.object.curie, st.polarity.value)
            for ev in st.evidence:
                if ev.negated or ev.section not in gold.scope.get(ev.document_id, set()):
                    continue
                name = ev.rule.split(";", 1)[0]
                fam = next((p for p in prefixes if name == p or name.startswith(p + ":")), "frame")
                counts[fam][1] += 1
                counts[fam][0] += key in gold.keys.get(ev.document_id, set())
        print("precision per rule family (evidence level, in-sample):")
        for fam, (good, total) in sorted(counts.items()):
            print(f"  {fam:<24} {good:4d}/{total:<4d} {good / total:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
